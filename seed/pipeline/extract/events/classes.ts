import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { type Candidate, make } from './found-event.ts';
import { placeIn, toCome } from './phrase.ts';

/**
 * Training classes opened: `<class>(在<venue>)(正式)开班` (named `<class>开班`), `<class>(在<venue>)举行(了)(隆重的)开班仪式`
 * (`<class>开班仪式`), and a bare `举行了隆重的开班仪式` after the class was named (`<class>开班仪式`; one attended, 出席开班仪式,
 * names the opening told before); held at the venue.
 */

/** A class's noun, the words before it read back to a clause break, 的 or a dash. */
const CLASS_NOUN = /(?:培训班|研修班|进修班|专题班|轮训班|示范班|训练营)/g;
/** What stops the class's name on its left: a break, 的 (由A主办的…班), a dash, a bracket or a quote. */
const NAME_STOP = /[，,。；;、：:的—\s“”「」()（）]/;
/** A verb that introduces the class (<body>在<venue>举办…班): it and the clause before it are no part of the name. */
const INTRODUCED = /^.*(?:举办|举行|开设|开展|启动)了?/;
/** A day or time opening the words read back (6月4日上午…班): when, no part of the name. */
const WHEN_FIRST = /^(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上)?/;
/** What the class did right after its name: opened (开班, 开学), or held its opening or closing ceremony. */
const OPENED_AFTER =
  /^(?:(?:在|于)([^。，,；;]{2,30}?))?(?:正式|隆重|顺利)?(?:(开班|开学)(?![仪典式])|举行了?(?:一场|一次)?(?:隆重|简短|简朴|热烈|庄重|庄严)?的?(开班|开学|结业)(仪式|典礼|式))/;
/** A ceremony of a class told bare (举行了隆重的开班仪式, 出席开班仪式), the class named before. */
const BARE_CEREMONY =
  /(举行|出席|参加)了?(?:一场|一次)?(?:隆重|简短|简朴|热烈|庄重|庄严)?的?(开班|开学|结业)(仪式|典礼|式)/g;

/** The class named right before `end`: its words back to a stop, or undefined when too short. */
function classBefore(text: string, end: number): string | undefined {
  let start = end;
  while (start > 0 && end - start < 40 && !NAME_STOP.test(text[start - 1] ?? '')) start--;
  const name = text.slice(start, end).replace(INTRODUCED, '').replace(WHEN_FIRST, '');
  return name.length >= 5 ? name : undefined;
}

export function classesOpened(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  const named: { name: string; end: number }[] = [];
  // Classes told as opened with no ceremony named (…班在X开班): a ceremony told after is that opening.
  const bare = new Map<string, Candidate>();
  for (const m of text.matchAll(CLASS_NOUN)) {
    const end = m.index + m[0].length;
    const name = classBefore(text, end);
    if (!name) continue;
    named.push({ name, end });
    const after = OPENED_AFTER.exec(text.slice(end));
    if (!after || notOpened(doc, end, end + after[0].length)) continue;
    const act = after[2] ?? after[3] ?? '';
    const noun = after[4] ?? '';
    const nounEnd = end + after[0].length;
    const trigger = { start: nounEnd - act.length - noun.length, end: nounEnd };
    const venueAt = after[1] ? end + after[0].indexOf(after[1]) : -1;
    const place = after[1] ? placeIn(anchors, venueAt, venueAt + after[1].length) : undefined;
    const opened = make(doc, 'event:class-opened', `${name}${act}${noun}`, noun || act, trigger, { place });
    found.push(opened);
    if (!noun) bare.set(name, opened);
  }
  for (const m of text.matchAll(BARE_CEREMONY)) {
    const end = m.index + m[0].length;
    if (found.some((c) => c.trigger.end === end)) continue;
    // The class named before, in this sentence or the one before it.
    const from = sentenceAt(doc, Math.max(0, sentenceAt(doc, m.index).start - 1)).start;
    const last = named.filter((c) => c.end >= from && c.end <= m.index).pop();
    if (!last || notOpened(doc, m.index, end)) continue;
    const clause = text.slice(last.end, m.index);
    const venue = /(?:在|于)([^。，,；;]{2,30}?)$/.exec(clause);
    const place = venue ? placeIn(anchors, m.index - venue[0].length, m.index) : undefined;
    const act = m[2] ?? '';
    const noun = m[3] ?? '';
    const trigger = { start: end - act.length - noun.length, end };
    const opened = bare.get(last.name);
    if (opened && opened.name === `${last.name}${act}`) {
      opened.name += noun;
      opened.noun = noun;
      opened.place = place ?? opened.place;
      continue;
    }
    // 出席开班仪式 with no opening told: the class's ceremony is named where it is held, not where it is attended.
    if (m[1] !== '举行') continue;
    found.push(make(doc, 'event:class-opened', `${last.name}${act}${noun}`, noun, trigger, { place }));
  }
}

/**
 * Not opened then: still to come between the class and its verb (将于…开班), or arranged in the sentence (定于, 决定).
 * (A programme's own name may hold 计划 — “国培计划” — so only the words after the class are read for what is to come.)
 */
function notOpened(doc: Doc, from: number, to: number): boolean {
  const sentence = sentenceAt(doc, from);
  return toCome(doc, from, to) || /定于|决定|拟于/.test(doc.text.slice(sentence.start, to));
}
