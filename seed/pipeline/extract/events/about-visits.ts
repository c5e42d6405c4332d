import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, VISIT_VERBS } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { isOrg, toCome } from './phrase.ts';
import { GUIDES } from './visits.ts';

/**
 * Visits told with what they were about first, after 就: `就<matter>到<places>调研`, `赴A和B，就<matter>开展调研`,
 * `深入<places>就<matter>进行调研督导`. Named after the matter as written (情况, 工作, 等 inside kept; quote and book marks
 * dropped), how it was done as written, then the verb (the guide's visits: what it was about, then the verb).
 */

const VERBS = alternation(VISIT_VERBS);
/** The matter: words, or a title in quotes or book marks (a comma inside a title is no clause break). */
const MATTER = String.raw`(?:[^。,，;；:：\n《“「]|《[^》\n]{1,60}》|“[^”\n]{1,40}”|「[^」\n]{1,40}」){2,90}?`;
const GOING = String.raw`(?:赴|到|前往|来到|深入到?|走进)[^。,，;；:：\n]{2,40}?`;
const ABOUT = new RegExp(
  `(?<![成造])就(${MATTER})(?:${GOING})?[,，]?(?:(?:开展|进行)了?([\\u4e00-\\u9fff]{0,4}?))?((?:${VERBS})${GUIDES}?)(?![团组队])(?:活动)?(?=[,，。;；]|并|$)`,
  'dg',
);
/** A matter that refers back (此, 这一问题, 上述情况) or opens on a verb of its own (就调研中发现的问题): none. */
const NOT_A_MATTER = new RegExp(`^(?:这|此|该|其|上述|有关|相关|${VERBS})`);
/** How it was done, written between 开展 and the verb, that is a word of its own only when it is one of these. */
const HOW = /^(?:实地|专题|联合|集中|深入|专项|现场|蹲点|)$/;
/**
 * Before 就 in the sentence: reported speech or a task set (X强调，要就…开展调研; X说，委员们要就…), an arrangement, a habit,
 * background (去年): no visit the page reports.
 */
const NOT_TOLD_DONE =
  /表示|强调|指出|要求|提出|希望|认为|建议|必须|[说讲称][,，:：]|谈到|[,，][^,，]{0,8}(?:要|应|需|将)|定于|决定|安排|曾(?:于|经|在|到|赴)|以来|去年|每月|每年|定期|经常|多次/;

/**
 * `<titled leader or body>…就<matter>(到<places>)(开展|进行)<verb>`: a visit the sentence's leader (a titled name ending
 * before 就) or a body opening the sentence makes.
 */
export function aboutVisits(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(ABOUT)) {
    const matter = m[1] ?? '';
    const how = m[2] ?? '';
    const verb = m[3] ?? '';
    const verbAt = m.indices?.[3]?.[0] ?? m.index;
    const sentence = sentenceAt(doc, m.index);
    const before = text.slice(sentence.start, m.index);
    if (NOT_A_MATTER.test(matter) || !HOW.test(how) || NOT_TOLD_DONE.test(before)) continue;
    if (toCome(doc, sentence.start, verbAt) || notMade(doc, verbAt)) continue;
    // Who makes it: a titled leader named before 就 in the sentence, or a body opening it (after its day; a party's
    // short name may stand before the body: <party><city>市委).
    const led = [...leaders].some((end) => end > sentence.start && end <= m.index);
    const body = anchors.find(
      (a) =>
        isOrg(a) &&
        a.start >= sentence.start &&
        a.end <= m.index &&
        /^(?:[\d月日至—\-－年上午下]*[,，])?[\u4e00-\u9fff]{0,4}$/.test(text.slice(sentence.start, a.start)),
    );
    if (!led && !body) continue;
    const trigger = { start: verbAt, end: verbAt + verb.length };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    const name = `${matter.replace(/[《》“”「」]/g, '')}${how}${verb}`;
    found.push(make(doc, 'event:about-visit', name, verb, trigger, {}));
  }
}
