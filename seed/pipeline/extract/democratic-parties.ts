import { entityId } from '../../../contract/annotation/ids.ts';
import { type Anchor, bodyRef, spanAnchor } from './anchors.ts';
import type { Doc } from './doc.ts';
import { DEMOCRATIC_PARTIES } from './lexicon/bodies.ts';
import { simplifiedName } from './script.ts';

/**
 * Committees read once the page's anchors are known. A committee written after a democratic party's name and a
 * division (农工党开封市委会, 民建邢台市委, 民进省委) is read before, as a body span (party-committees.ts); here:
 * - a democratic party's central committee (`民进中央副主席X`, `农工党中央主席X`), named as written;
 * - the people's political consultative conference before its division's numbered committee (`政协X市第十四届委员会`,
 *   `政协第十二届X省委员会`): the division's 政协, its term no part of the name, not the division's 市委.
 */

/** Every written form of a democratic party, longest first. */
const PARTY_NAMES = DEMOCRATIC_PARTIES.flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
/** The party's central committee (民进中央副主席X, 农工党中央主席X). */
const CENTRAL = new RegExp(`(?:${PARTY_NAMES})中央(?:委员会)?`, 'g');
/** A division's committee as a body reads it: 委, or 委员会 with its term (第六届委员会). */
const COMMITTEE = /^(?:第[一二三四五六七八九十]{1,3}届)?委(?:员会)?$/;
/** 政协 (its term, if written first) before a division's committee. */
const CPPCC_BEFORE = /(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十]{1,3}届)?$/;

export function democraticPartyBodies(doc: Doc, anchors: Anchor[]): Anchor[] {
  const centrals = centralCommittees(doc, anchors);
  const conferences = conferenceCommittees(doc, anchors);
  if (centrals.length === 0 && conferences.size === 0) return anchors;
  const spans = [...conferences.values()];
  const kept = anchors
    .map((a) => conferences.get(a) ?? a)
    .filter((a) => !spans.some((c) => c !== a && c.start <= a.start && a.end <= c.end));
  return [...kept, ...centrals].sort((a, b) => a.start - b.start);
}

/** 民进中央, 中国致公党中央委员会: the party's central committee, where no other anchor is read. */
function centralCommittees(doc: Doc, anchors: Anchor[]): Anchor[] {
  const found: Anchor[] = [];
  for (const m of doc.text.matchAll(CENTRAL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (anchors.some((a) => a.start < end && start < a.end)) continue;
    const name = simplifiedName(m[0].replace(/委员会$/, ''));
    const ref = { id: entityId('Organization', name), type: 'Organization', kind: 'party', name } as const;
    found.push(spanAnchor(ref, start, end, 'named', 'named:democratic-party'));
  }
  return found;
}

/** 政协邢台市第二十届委员会, 中国人民政治协商会议辽宁省第二十届委员会: the division's 政协 in place of its committee. */
function conferenceCommittees(doc: Doc, anchors: Anchor[]): Map<Anchor, Anchor> {
  const { text } = doc;
  const conferences = new Map<Anchor, Anchor>();
  for (const a of anchors) {
    if (a.source !== 'body' || !a.division || !a.body || !COMMITTEE.test(a.body)) continue;
    if (!text.slice(a.start, a.end).endsWith('委员会')) continue;
    const cppcc = CPPCC_BEFORE.exec(text.slice(Math.max(0, a.start - 10), a.start))?.[0];
    if (!cppcc) continue;
    const ref = bodyRef(a.division, '政协', 'government');
    conferences.set(a, { ...a, ...ref, start: a.start - cppcc.length, body: '政协', parent: undefined });
  }
  return conferences;
}
