import { alternation, CALL_VERBS, VISIT_VERBS } from '../lexicon/events.ts';

/**
 * Visits: `(带队|率队)调研/走访/考察 <object>` named after their subject (历城区重点产业项目建设情况调研,
 * ./subject-visits.ts); a group going to a place (率队赴…调研, ./group-visits.ts); a titled person's visit to places
 * written before the verb (到明珠工业园调研，…, ./visits-at.ts); visits with their verb last (./verb-last-visits.ts);
 * visits told as activities (./activity-visits.ts). The meetings of a visit are in ./visit-meetings.ts. This file
 * holds the words they share.
 */

/** Visit verbs, compounds first: the name keeps the verb as written (走访调研 → …走访调研). */
export const VERBS = alternation(VISIT_VERBS);
/** Guiding, checking or comforting written right after a visit verb is part of it (视察指导, 走访慰问), not what it was about. */
export const GUIDES = '(?:指导|检查|督导|慰问)';
/** Verbs of a call on a body (not an inspection of it): the body called on takes part. */
export const CALL_ON_VERB = new RegExp(`^(?:${alternation(CALL_VERBS)})$`);
/** A subject that opens on another visit verb (调研 + 考察…) or on guiding (视察 + 指导): none. */
export const OPENS_ON_VERB = new RegExp(`^(?:${VERBS}|${GUIDES})`);
/**
 * What a visit was about, between where it went and 进行/开展 (到<county>就<matter>进行调研, 深入<district>，对<firms>进行调研,
 * 围绕<theme>开展调研), no clause break inside. A matter after 就 or 对 names the visit (<matter>调研, as the real-page
 * gold names it); a theme after 围绕 does not (the visit keeps the name of where it went).
 */
export const ABOUT = String.raw`(?:[,，]?(?:就|对|围绕)[^。；;,，:：\n]{2,80}?(?=进行|开展))`;

/** Names a visit with a subject (调研重点项目建设工作 → 重点项目建设调研), or undefined when it has none. */
export type VisitName = (at: number, verb: string, object: string, text: string) => string | undefined;
/** A subject that says nothing once the page's own division is left out (工作, 各项工作, 有关情况). */
export const GENERIC = /^(?:各项|全面|日常|有关|相关)?(?:工作|情况|问题|事项|工作情况)$/;
