import type { DivisionHit } from './division-hits.ts';

/**
 * A division's own bodies: its party committee and departments (普陀区委, 区委组织部, 区社会工作党委, 镇党委),
 * its government and commissions (区政府, 区科委, 市场监管局). They are written as a division name or a bare
 * level character (区, 镇, 市 …) followed by the body; the resolver decides which division a bare 区 means.
 */

export interface BodySpan {
  start: number;
  end: number;
  /** The division written in front (普陀区委), or undefined for a bare level character (区委). */
  division: DivisionHit | undefined;
  /** The bare level written in front: 区, 市, 县, 省, 镇, 乡, 街道 (only when `division` is undefined). */
  level: string | undefined;
  /** What follows the division or level: 委, 委组织部, 政府, 科委, 社会工作党委. */
  body: string;
  kind: 'party' | 'government' | 'media' | 'association';
  /** For a department of the committee or government (委组织部, 政府办公室): 委 or 政府. */
  parent: string | undefined;
  /** Divisions written in front of `division` (武侯区 in 武侯区玉林街道党工委), outermost first. */
  outer?: DivisionHit[];
  /** How long the body is as written, when it differs from `body` (十七届人大常委会). */
  written?: number;
  /** Written the way only Taiwan's pages write it (县府): a body of a Taiwan division only. */
  taiwan?: boolean;
  /** Written bare in a list after another body of the division (区政府办、发改局): read as that one's. */
  listed?: boolean;
  /**
   * A Taiwan township's body written after its county (<county><township>公所): named by the township alone, so the
   * divisions written in front are places of their own (the body is in the township, the township in the county).
   */
  ownPlace?: boolean;
  /**
   * The democratic party written in front (民盟 in 民盟<city>委, 九三学社 in 九三学社市委会), by its short form: the body is
   * that party's committee of the division (its 委 or 委会 as the page first writes it), not the Communist Party's.
   */
  party?: string;
}
