import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, FORUM_NOUNS, MEETING_NOUNS } from '../lexicon/events.ts';
import type { RuleId } from '../rules/index.ts';

export interface FoundEvent {
  id: string;
  name: string;
  kind: string;
  date: string | undefined;
  partOfDay: string | undefined;
  /** The words that name it in the text (签约仪式, 宣告成立): its mention. */
  trigger: Span;
  /** The noun or verb that names its kind in the text (座谈会, 论坛, 签约, 调研): later sentences refer to it by it. */
  noun: string;
  sentence: Span;
  /** The organisation it founded or the place it opened. */
  subject: Anchor | undefined;
  /** Organisations named in a signing (the parties). */
  parties: Anchor[];
  /** Who partners with whom in the agreements signed (else the first party with each other one). */
  partners?: [Anchor, Anchor][];
  /** Bodies that form what is founded together (A、B和C结成…联盟): members of it. */
  members?: Anchor[];
  /** Organisations that hold talks (A与B工作会谈) or pay a call (A拜会B): they attend. */
  guests?: Anchor[];
  /** A congress whose opening holds another happening told in the same words (第N届X大会开幕式举行…仪式). */
  holdsAnother?: boolean;
  /** People met at another meeting told in the same words (A分别与B及C会面: C at A与B会面): they do not attend this one. */
  metElsewhere?: string[];
  /** Where it is told again by fewer of its own words (文旅推介会 after 临渭文旅招商推介会): its later triggers. */
  retold?: Span[];
  /** Who went there to hold it: the people written in this span attend (袁某、吴某等一行到…开展…座谈会). */
  goers?: Span;
  /** Where it was held: the innermost place after 在. */
  place: Anchor | undefined;
  /** For a place opened 在 another (产业园在…开发区正式开园): the enclosing place. */
  within?: Anchor | undefined;
  /** Happenings of one ceremony (揭牌暨签约仪式) share this number: what is said of the ceremony is said of each. */
  combined?: number;
  /** Other names it goes by (the guide's earlier form: 签约 for the verb, no 仪式), for search. */
  aliases?: string[];
  /** The pattern that read it (for --explain). */
  rule: RuleId;
}

/** A happening as a rule reads it, before its date and id are known. */
export type Candidate = Omit<FoundEvent, 'id' | 'date' | 'partOfDay'>;

/** Nouns kept in the name after what was done (…推进会, …论坛); a ceremony is named by its act alone. */
export const KEEP_NOUN = new RegExp(
  alternation([...MEETING_NOUNS.filter((n) => n !== '成立大会'), ...FORUM_NOUNS, '活动']),
);
export const ACT_ENDING =
  /(成立|签约|签署|签订|投产|开园|开业|揭牌|启用|开工|落成|授牌|颁奖|竣工|开馆|开幕|推介)$/;

function kindOf(name: string, noun: string): string {
  if (/成立(?:授牌|揭牌)?$/.test(name)) return 'founding';
  if (/签约|签署|签订|续签/.test(name)) return 'signing';
  if (FORUM_NOUNS.some((n) => noun.includes(n))) return 'forum';
  if (/调研|走访|考察|督导|视察|督查|参访|到访|访问|慰问|参观|^观摩$|^指导工作$/.test(noun)) return 'visit';
  if (/仪式|典礼|开幕式|庆典/.test(noun) || ACT_ENDING.test(name)) return 'ceremony';
  return 'meeting';
}

export function make(
  doc: Doc,
  rule: RuleId,
  name: string,
  noun: string,
  trigger: Span,
  extra: Partial<FoundEvent>,
): Candidate {
  return {
    name,
    kind: kindOf(name, noun),
    trigger,
    noun,
    sentence: sentenceAt(doc, trigger.start),
    subject: undefined,
    parties: [],
    place: undefined,
    rule,
    ...extra,
  };
}
