import type { Anchor } from './anchors.ts';
import { type Chain, readSegments } from './chains.ts';
import type { Doc } from './doc.ts';
import { titleSuffix } from './lexicon/titles.ts';
import { readName } from './names.ts';

/**
 * Posts given with the name first: `宁致远任山东泉城数字产业集团有限公司党委书记、董事长;` and
 * `任命周以宁为克劳森传动技术(太仓)有限公司新任总经理`. The chain after 任 / 为 is read like a title chain; `曾任`,
 * `原任`, `历任` are former posts and are skipped.
 */

const APPOINTMENT = /(?<![曾原历兼])任(?!命|务|期|职)|任命|为/g;
const CHAIN_END = /[;；。,，]|等职|$/;

function nameEndingAt(doc: Doc, end: number): { start: number; end: number; name: string } | undefined {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0) continue;
    const read = readName(doc.text, start);
    const before = doc.text[start - 1] ?? '';
    if (read?.end === end && (start === 0 || /[\s,;:：；，、。]/.test(before)))
      return { ...read, name: doc.text.slice(start, end) };
  }
  return undefined;
}

export function findAppointments(doc: Doc, anchorsByEnd: Map<number, Anchor>): Chain[] {
  const chains: Chain[] = [];
  const { text } = doc;
  for (const m of text.matchAll(APPOINTMENT)) {
    let person: { start: number; end: number; name: string } | undefined;
    let chainStart: number;
    if (m[0] === '任') {
      person = nameEndingAt(doc, m.index);
      chainStart = m.index + 1;
    } else if (m[0] === '任命') {
      const read = readName(text, m.index + 2);
      if (!read || text[read.end] !== '为') continue;
      person = { ...read, name: text.slice(read.start, read.end) };
      chainStart = read.end + 1;
    } else continue;
    if (!person) continue;
    const rest = text.slice(chainStart, chainStart + 60);
    const endMatch = CHAIN_END.exec(rest);
    const chainEnd = chainStart + (endMatch?.index ?? rest.length);
    if (!titleSuffix(text.slice(chainStart, chainEnd))) continue;
    const segments = readSegments(doc, chainEnd, anchorsByEnd);
    if (segments.length === 0 || (segments[0]?.start ?? 0) < chainStart) continue;
    chains.push({
      person: {
        titleStart: chainStart,
        titleEnd: chainEnd,
        start: person.start,
        end: person.end,
        name: person.name,
      },
      segments,
      start: chainStart,
    });
  }
  return chains;
}
