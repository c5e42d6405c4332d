import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { TO_COME_WORDS } from '../lexicon/words.ts';
import { ACT_ENDING } from './found-event.ts';

/** Where the words naming a happening start and what they name: shared by every event family. */

/** 论坛上, 会议期间, 仪式上: what follows happened during the happening named before. */
export const DURING =
  /^(?:[^,，。\n]{0,6}(?:论坛|会议|大会|仪式|活动|峰会|会)(?:上|期间|现场)|会上|仪式上|活动现场)/;

export function isOrg(a: Anchor): boolean {
  return a.type === 'Organization' && a.source !== 'reference';
}

/**
 * Where the chain of divisions written right before `at` starts, from `from` on (`<city><county><town>` before the
 * town's verb or its body): the holder as the page writes it, the whole chain (the guide's who holds it).
 */
export function chainStart(text: string, anchors: Anchor[], at: number, from = 0): number {
  for (;;) {
    // 我县“X协会”成立: the page's own division told by 我 or 本 is no name written.
    const before = anchors.find(
      (a) =>
        a.source === 'division' && a.end === at && a.start >= from && !/[我本]/.test(text[a.start] ?? ''),
    );
    if (!before) return at;
    at = before.start;
  }
}

/**
 * Where the phrase naming an event starts: at its last group of organisations (A与B; a division may lead the group:
 * 观山湖区与…公司工作会谈) with the chain of divisions written before it, else its leading chain of divisions.
 */
export function phraseStart(doc: Doc, anchors: Anchor[], start: number, end: number): number {
  const inside = anchors.filter((a) => a.start >= start && a.end <= end);
  const orgs = inside.filter(isOrg);
  const last = orgs[orgs.length - 1];
  if (last) {
    const group = inside.filter((a) => isOrg(a) || a.source === 'division');
    let first = last;
    for (let i = group.indexOf(last) - 1; i >= 0; i--) {
      const o = group[i];
      if (!o || !/^(?:与|和|及|、)$/.test(doc.text.slice(o.end, first.start))) break;
      first = o;
    }
    return chainStart(doc.text, anchors, first.start, start);
  }
  let at = start;
  for (const a of inside.filter((x) => x.source === 'division')) {
    if (a.start !== at) break;
    const next = inside.find((x) => x.source === 'division' && x.start === a.end);
    if (!next) {
      // 涪城区“云谷园”数字经济产业园开园, 齐贤街道羊山工业社区启用: the place opened names it, not where it is.
      const place = inside.find(
        (x) => x.type === 'Place' && x.source === 'named' && (x.start === a.end || x.start === a.end + 1),
      );
      const opening = ACT_ENDING.test(doc.text.slice(start, end));
      return opening && place && /^“?$/.test(doc.text.slice(a.end, place.start)) ? place.start : start;
    }
    at = a.end;
  }
  return start;
}

/** The organisations joined by 与/和/、 at `start` (A与B in A与B联合实验室揭牌), in order. */
export function leadingParties(text: string, anchors: Anchor[], start: number, end: number): Anchor[] {
  const group: Anchor[] = [];
  let at = start;
  for (;;) {
    const next = anchors.find((a) => isOrg(a) && a.start === at && a.end <= end);
    if (!next) break;
    group.push(next);
    const joiner = /^(?:与|和|及|、)/.exec(text.slice(next.end, next.end + 1));
    if (!joiner) break;
    at = next.end + 1;
  }
  return group;
}

export function placeIn(anchors: Anchor[], start: number, end: number): Anchor | undefined {
  const places = anchors.filter((a) => a.type === 'Place' && a.start >= start && a.end <= end);
  return places[places.length - 1];
}

/** Where a happening was held: the innermost place, else the zone or park whose administration it was held at (在…合作区管理局举行). */
export function venueIn(anchors: Anchor[], start: number, end: number): Anchor | undefined {
  const place = placeIn(anchors, start, end);
  if (place) return place;
  const body = anchors
    .filter((a) => isOrg(a) && a.start >= start && a.end <= end)
    .find(
      (a) => a.baseAnchor?.type === 'Place' && (a.baseAnchor.kind === 'zone' || a.baseAnchor.kind === 'park'),
    );
  return body?.baseAnchor;
}

export function clauseStart(text: string, sentence: Span, at: number): number {
  let s = at;
  while (s > sentence.start && !/[,，;；:：。]/.test(text[s - 1] ?? '')) s--;
  return s;
}

/** Told as to come (将出席, 拟参加, 后日举行的, 明天上午与…会面): no happening the article reports. */
const TO_COME = new RegExp(`${TO_COME_WORDS}|后日|明日|明天`, 'g');
/**
 * A word telling it is still to come between `from` and `to`, as a word of its own (将于 too): the 将 of a county
 * named 将乐 or the 计划 of a 计划局 is no such word.
 */
export function toCome(doc: Doc, from: number, to: number): boolean {
  const { text, tokens } = doc;
  for (const m of text.slice(from, to).matchAll(TO_COME)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!tokens.isBoundary(start)) continue;
    if (tokens.isBoundary(end) || (text[end] === '于' && tokens.isBoundary(end + 1))) return true;
  }
  return false;
}

/**
 * <district>政协召开区政协主席会议: words that open on the holder written again short (a level and what follows it in
 * the holder's name) name it once; the length of that repeat.
 */
export function repeatsHolder(holder: string, words: string): number {
  for (let k = Math.min(holder.length - 1, 10); k >= 2; k--) {
    const tail = holder.slice(-k);
    if (/^[省市区县镇乡州旗]/.test(tail) && words.startsWith(tail)) return k;
  }
  return 0;
}

/** Hong Kong and Macau are named in events by their own names, as their ids are (香港到访, 澳门…会见). */
export function regionShort(name: string): string {
  return /^(?:香港|澳门|澳門)(?:特别行政区|特別行政區)$/.test(name) ? name.slice(0, 2) : name;
}

/**
 * An organisation opening its clause: nothing before it but an outlet's credit or dateline (本报讯, <outlet>9月22日电), a
 * byline in brackets
 * ((记者X/Y报导)) or the divisions it is in, written short or in full (<county short><town>农会).
 */
export function opensItsClause(doc: Doc, anchors: Anchor[], holder: Anchor): boolean {
  const { text } = doc;
  let at = holder.start;
  for (;;) {
    const before = anchors.find((a) => a.source === 'division' && a.end === at && a.start < at);
    if (!before) break;
    at = before.start;
  }
  const from = clauseStart(text, sentenceAt(doc, at), at);
  // (电 only after a day: 致电, 供电 end no credit.)
  return /^(?:[^，,。\s]{0,8}讯\s*|[^，,。\s]{0,10}?(?:\d{1,2}月)?\d{1,2}日[讯电]\s*)?(?:[(（【][^)）】]{0,30}[)）】])?\s*$/.test(
    text.slice(from, at),
  );
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
];

/** A name cut out of a quoted phrase (`<body>优化营商环境”专题协商会`) drops the quote mark left without its partner. */
export function withPairedQuotes(name: string): string {
  let out = name;
  for (const [open, close] of PAIRS) {
    const opens = out.split(open).length - 1;
    const closes = out.split(close).length - 1;
    if (opens !== closes) out = out.replaceAll(open, '').replaceAll(close, '');
  }
  return out;
}
