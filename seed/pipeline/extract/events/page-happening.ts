import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, CEREMONY_NOUNS, FORUM_NOUNS, MEETING_NOUNS, VISIT_VERBS } from '../lexicon/events.ts';
import { TO_COME_WORDS } from '../lexicon/words.ts';
import { analysisText } from '../script.ts';
import { SEVERAL, SLOGAN, THEMED } from './activities.ts';
import { type Candidate, make } from './found-event.ts';
import { ACTS, GOING as LEAD_GOING, leadSentences, NOT_TOLD_DONE, NOTICE_TITLE } from './lead-event.ts';
import { notMade } from './not-made.ts';
import { chainStart, clauseStart, isOrg, regionShort, toCome } from './phrase.ts';

/**
 * The page's happening when no reader found any (events.ts asks last): every news page of this kind reports one, and
 * its lead tells it by structure whoever does it (a group, a body, no titled leader): where it went and the verb
 * (`来到/赴<place or body>(开展)<verb>`), the verb and what it saw (`<verb>了<place or body>(<matter>)`), what a body held
 * (`<body>(组织)开展/举行/举办/召开<words><noun>`); else the headline's act (`<thing>(正式)开工/揭牌/成立…`).
 */

const VERBS = alternation([...VISIT_VERBS, '参观学习', '参观']);
/** The lead's going words, and a bare 来 (来我县调研). */
const GOING = `${LEAD_GOING.source}|来`;
/** `<going><where>(，)(开展|进行)(了)<verb>(活动)` closing its clause: named after where it went. */
const WENT = new RegExp(
  `(?:${GOING})([^。,，;；、和及与\\n]{2,24}?)[,，]?(?:开展|进行)?了?(${VERBS})(?![团组队])(?:活动)?(?=[,，。;；]|并|及|$)`,
  'dg',
);
/** `<verb>(了)<where>(<matter>)` closing its clause: named after what it saw, then the verb. */
const SAW = new RegExp(`(${VERBS})(?![团组队])了?([^。,，;；、“”\\n]{2,40}?)(?=[,，。;；]|并|$)`, 'dg');
/** `(组织)开展/举行/举办/召开(了)<words><noun>`: what a body held, up to its noun. */
const HELD = new RegExp(
  `(?:组织)?(?:开展|举行|举办|召开)了?(?!的)((?:“[^”。\\n]{1,30}”|「[^」。\\n]{1,30}」|[^。,，;；、“”「」\\n]){1,30}?)(${alternation([...MEETING_NOUNS, ...CEREMONY_NOUNS])})(?![\\u4e00-\\u9fff]{0,2}(?:上|中|后|前|期间|以来|方案|计划))`,
  'dg',
);
/** `出席/参加/协办(了)<name><noun>`: a meeting, forum or ceremony attended or co-hosted, named by its own words. */
const ATTENDED = new RegExp(
  `(?:出席|参加|列席|主办|承办|协办)了?((?:“[^”。\\n]{1,30}”|[^。,，;；、“”\\n]){2,40}?)(${alternation([...MEETING_NOUNS, ...CEREMONY_NOUNS.filter((n) => n !== '活动'), ...FORUM_NOUNS])})(?![\\u4e00-\\u9fff]{0,2}(?:上|中|后|前|期间|精神))`,
  'dg',
);
/** Before the holder in its clause: nothing, or when and an outlet's credit. */
const BEFORE_HOLDER =
  /^(?:[^，,。\s]{0,8}讯\s*)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:近日|日前|今天|今日|昨天|昨日)?(?:上午|下午|晚上)?[,，]?$/;
/** The headline's act done to a thing: the thing as written, the act, 仪式 when written. */
const HEADLINE_ACT = new RegExp(
  `^([\\u4e00-\\u9fff“”「」()（）]{4,30}?)(?:正式|顺利|隆重|全面)?(${ACTS})(仪式)?$`,
);
/** Words of a plan inside what the headline says is done. */
const TO_COME_IN_NAME = new RegExp(`${TO_COME_WORDS}|明年|下月|年内|力争|有望`);
/** A place or body spanning exactly [start, end), or ending there after the chain of divisions it is in (<county><town>). */
function namedAt(anchors: Anchor[], text: string, start: number, end: number): Anchor | undefined {
  return anchors.find(
    (a) =>
      (a.type === 'Place' || isOrg(a)) &&
      a.source !== 'reference' &&
      a.end === end &&
      (a.start === start || (a.start > start && chainStart(text, anchors, a.start, start) === start)),
  );
}

/** How a place or body is named in an event: a division written short (or as 我县) in full, else as written. */
function written(doc: Doc, a: Anchor): string {
  if (a.type === 'Place' && a.source === 'division' && (a.short || doc.text[a.start] === '我'))
    return regionShort(a.name);
  return doc.text.slice(a.start, a.end);
}

function told(doc: Doc, sentence: Span, at: number): boolean {
  return (
    doc.text[at - 1] !== '的' &&
    !NOT_TOLD_DONE.test(doc.text.slice(sentence.start, at)) &&
    !toCome(doc, clauseStart(doc.text, sentence, at), at) &&
    !notMade(doc, at)
  );
}

function visit(doc: Doc, name: string, verb: string, at: number, place: Anchor | undefined): Candidate {
  return make(
    doc,
    'event:page-visit',
    name,
    verb,
    { start: at, end: at + verb.length },
    {
      kind: 'visit',
      place: place?.type === 'Place' ? place : undefined,
    },
  );
}

function tries(doc: Doc, anchors: Anchor[], sentence: Span): Candidate[] {
  const { text } = doc;
  const s = text.slice(sentence.start, sentence.end);
  const at = (m: RegExpExecArray, group: number) => sentence.start + (m.indices?.[group]?.[0] ?? m.index);
  const out: Candidate[] = [];
  for (const m of s.matchAll(WENT)) {
    const where = m[1] ?? '';
    const whereAt = at(m, 1);
    const verbAt = at(m, 2);
    // (来我县调研: 我县 is the page's own county when division-ours.ts has read it so, an anchor like any other.)
    const place = namedAt(anchors, text, whereAt, whereAt + where.length);
    // (A chain, <county><town>, as written; one division written short in full.)
    const name = place?.start === whereAt ? written(doc, place) : place ? where : undefined;
    if (name && told(doc, sentence, verbAt))
      out.push(visit(doc, `${name}${m[2]}`, m[2] ?? '', verbAt, place));
  }
  for (const m of s.matchAll(SAW)) {
    const verbAt = at(m, 1);
    let from = at(m, 2);
    const to = from + (m[2]?.length ?? 0);
    // 考察我市<park>…: the page's own division before what it saw is where, not what.
    const ours = anchors.find((a) => a.start === from && text[from] === '我' && a.end < to);
    if (ours) from = ours.end;
    else if (/^我[区县市镇乡旗]/.test(text.slice(from, to))) from += 2;
    const first = widest(
      anchors.filter((a) => (a.type === 'Place' || isOrg(a)) && a.start === from && a.end <= to),
    );
    if (!first || !told(doc, sentence, verbAt)) continue;
    const what = `${written(doc, first)}${text.slice(first.end, to)}`;
    out.push(visit(doc, `${what}${m[1]}`, m[1] ?? '', verbAt, first.end === to ? first : undefined));
  }
  for (const m of s.matchAll(HELD)) {
    const verbAt = sentence.start + m.index;
    const clause = clauseStart(text, sentence, verbAt);
    // The holder with the whole chain of divisions written before it (<county><town>, the guide's holder).
    const holder = widest(
      anchors.filter(
        (a) =>
          (isOrg(a) || a.type === 'Place') &&
          a.start >= clause &&
          a.end <= verbAt &&
          BEFORE_HOLDER.test(text.slice(clause, chainStart(text, anchors, a.start, clause))),
      ),
    );
    if (!holder || text.slice(holder.end, verbAt).length > 12 || !told(doc, sentence, verbAt)) continue;
    const words = (m[1] ?? '').replace(/^了/, '').replace(THEMED, '').replace(SLOGAN, '');
    const noun = m[2] ?? '';
    if (SEVERAL.test(words) || (words.length < 2 && noun.length < 3)) continue;
    const nounAt = at(m, 2);
    const opensOnDivision = anchors.some((a) => a.source === 'division' && a.start === at(m, 1));
    const from = chainStart(text, anchors, holder.start, clause);
    const held = from < holder.start ? text.slice(from, holder.end) : written(doc, holder);
    const name = `${opensOnDivision ? '' : held}${words}${noun}`;
    out.push(
      make(
        doc,
        'event:page-held',
        name,
        noun,
        { start: nounAt - words.length, end: nounAt + noun.length },
        {},
      ),
    );
  }
  for (const m of s.matchAll(ATTENDED)) {
    const wordsAt = at(m, 1);
    const words = m[1] ?? '';
    // The name opens on a body or division the page names, a year or an ordinal (第N届): its own name, not a kind.
    const opens =
      anchors.some((a) => (isOrg(a) || a.source === 'division') && a.start === wordsAt) ||
      /^(?:(?:19|20)\d{2}年|第[一二三四五六七八九十\d]+[届次])/.test(words);
    if (!opens || !told(doc, sentence, wordsAt)) continue;
    const noun = m[2] ?? '';
    const nounAt = at(m, 2);
    out.push(
      make(
        doc,
        'event:page-held',
        `${words.replace(/[“”]/g, '')}${noun}`,
        noun,
        { start: wordsAt, end: nounAt + noun.length },
        {},
      ),
    );
  }
  return out;
}

/** `<thing>(正式)开工` as the headline: the thing as the text writes it, the act, held there when a place. */
function headlineAct(doc: Doc, anchors: Anchor[], lead: Span[]): Candidate | undefined {
  const title = analysisText(doc.article.title).text.trim();
  const m = HEADLINE_ACT.exec(title);
  if (!m) return undefined;
  const thing = m[1] ?? '';
  const act = m[2] ?? '';
  const end = lead[lead.length - 1]?.end ?? doc.text.length;
  const thingAt = doc.text.indexOf(thing);
  if (thingAt < 0 || thingAt >= end) return undefined;
  const actAt = doc.text.indexOf(act, thingAt + thing.length);
  // (<thing>计划明年开工: a plan, no act done.)
  if (actAt < 0 || !told(doc, sentenceAt(doc, actAt), actAt) || TO_COME_IN_NAME.test(thing)) return undefined;
  const place = anchors.find(
    (a) => a.type === 'Place' && a.start === thingAt && a.end === thingAt + thing.length,
  );
  return make(
    doc,
    'event:page-headline',
    `${thing}${act}${m[3] ?? ''}`,
    act,
    { start: actAt, end: actAt + act.length },
    {
      kind: 'ceremony',
      place,
    },
  );
}

/**
 * The page's happening, made when no reader found one in its lead (at most one; true when made): from the first lead
 * sentence that tells one by structure, else from the headline's act.
 */
export function pageHappening(doc: Doc, anchors: Anchor[], found: Candidate[]): boolean {
  if (NOTICE_TITLE.test(analysisText(doc.article.title).text.trim())) return false;
  const lead = leadSentences(doc);
  const leadEnd = lead[lead.length - 1]?.end ?? 0;
  if (found.some((c) => c.trigger.start < leadEnd)) return false;
  for (const sentence of lead) {
    const first = tries(doc, anchors, sentence).sort((a, b) => a.trigger.start - b.trigger.start)[0];
    if (first) {
      found.push(first);
      return true;
    }
  }
  const act = headlineAct(doc, anchors, lead);
  if (act) found.push(act);
  return act !== undefined;
}
