import { entityId } from '../../../contract/annotation/ids.ts';
import { type Anchor, bodyRef } from './anchors.ts';
import type { Doc } from './doc.ts';
import { simplifiedName } from './script.ts';

/**
 * The committees of China's eight democratic parties: `农工党开封市委会主委X`, `致公党青川市委会副主委X`,
 * `民建邢台市委副主委X`, `民进省委专职副主委X`, `民进黑龙江省第六届委员会` (its term no part of the name), `农工党中央主席X`.
 * Written as the party's name before a division's committee (委, 委会, 委员会), they are the party's committee of that
 * division, not the division's Communist Party committee (开封市委) the words after the party's name read as alone; and
 * `委会` is the committee's name, not the start of a title (会主委). Identified as written with the division's own
 * name, as bodies.ts names them (农工党 + 开封市 + 委会; `民进省委` on a Liaoning page is 民进辽宁省委), one entity whichever
 * of 委, 委会 or 委员会 the page writes (the longest it writes names it).
 */

const PARTIES =
  '中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会|中国农工民主党|中国致公党|台湾民主自治同盟|九三学社|' +
  '民革|民盟|民建|民进|农工党|致公党|台盟';
const PARTY_BEFORE = new RegExp(`(?:${PARTIES})$`);
/** A division's committee as a body reads it: 委, or 委员会 with its term (第六届委员会). */
const COMMITTEE = /^(?:第[一二三四五六七八九十]{1,3}届)?委(?:员会)?$/;
/**
 * The people's political consultative conference written before its division's committee (政协X市第十四届委员会,
 * 政协第十二届X省委员会).
 */
const CPPCC_BEFORE = /(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十]{1,3}届)?$/;
/** The party's central committee (民进中央副主席X, 农工党中央主席X). */
const CENTRAL = new RegExp(`(?:${PARTIES})中央(?:委员会)?`, 'g');

/** The committee as written after the division: 委, 委会 (not 委会议), 委员会 (its term, 第六届, left out). */
function committeeWritten(doc: Doc, a: Anchor): string {
  // (中共X市委员会 is read as the 市委: the body is 委, written 委员会.)
  if (doc.text.slice(a.start, a.end).endsWith('委员会')) return '委员会';
  const body = (a.body ?? '').replace(/^第.+届/, '');
  if (body === '委' && doc.text[a.end] === '会' && doc.text[a.end + 1] !== '议') return '委会';
  return body;
}

export function democraticPartyBodies(doc: Doc, anchors: Anchor[]): Anchor[] {
  const { text } = doc;
  const found: { anchor: Anchor; party: string; committee: string }[] = [];
  const conferences = new Map<Anchor, Anchor>();
  for (const a of anchors) {
    if (a.source !== 'body' || !a.division || !a.body || !COMMITTEE.test(a.body)) continue;
    // 政协邢台市第二十届委员会, 中国人民政治协商会议辽宁省第二十届委员会: the division's 政协 (its term no part of the name).
    const cppcc = CPPCC_BEFORE.exec(text.slice(Math.max(0, a.start - 10), a.start))?.[0];
    if (cppcc && text.slice(a.start, a.end).endsWith('委员会')) {
      const ref = bodyRef(a.division, '政协', 'government');
      conferences.set(a, { ...a, ...ref, start: a.start - cppcc.length, body: '政协', parent: undefined });
      continue;
    }
    const party = PARTY_BEFORE.exec(text.slice(Math.max(0, a.start - 10), a.start))?.[0];
    if (party) found.push({ anchor: a, party, committee: committeeWritten(doc, a) });
  }
  // One entity per party and division: the longest committee the page writes names it (委员会 > 委会 > 委).
  const longest = new Map<string, string>();
  for (const f of found) {
    const key = `${f.party}|${f.anchor.division?.code}`;
    const known = longest.get(key);
    if (!known || f.committee.length > known.length) longest.set(key, f.committee);
  }
  const replaced = new Set<Anchor>();
  const added: Anchor[] = [];
  for (const f of found) {
    const division = f.anchor.division;
    if (!division) continue;
    const committee = longest.get(`${f.party}|${division.code}`) ?? f.committee;
    const party = simplifiedName(f.party);
    replaced.add(f.anchor);
    added.push(
      partyAnchor(
        entityId('Organization', party + division.name + committee),
        party + division.name + committee,
        f.anchor.start - f.party.length,
        f.anchor.end + (f.committee === '委会' ? 1 : 0),
      ),
    );
  }
  for (const m of text.matchAll(CENTRAL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (anchors.some((a) => a.start < end && start < a.end && !replaced.has(a))) continue;
    const name = simplifiedName(m[0].replace(/委员会$/, ''));
    added.push(partyAnchor(entityId('Organization', name), name, start, end));
  }
  if (added.length === 0 && conferences.size === 0) return anchors;
  const kept = anchors
    .filter((a) => !replaced.has(a) && !added.some((n) => n.start <= a.start && a.end <= n.end))
    .map((a) => conferences.get(a) ?? a);
  const spans = [...conferences.values()];
  return [
    ...kept.filter((a) => !spans.some((c) => c !== a && c.start <= a.start && a.end <= c.end)),
    ...added,
  ].sort((a, b) => a.start - b.start);
}

function partyAnchor(id: string, name: string, start: number, end: number): Anchor {
  return {
    id,
    type: 'Organization',
    kind: 'party',
    name,
    start,
    end,
    headEnd: end,
    source: 'named',
    rule: 'named:democratic-party',
    introduces: true,
    short: false,
    body: undefined,
    base: undefined,
    parent: undefined,
    division: undefined,
  };
}
