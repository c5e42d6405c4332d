import type { Anchor } from '../anchors.ts';
import { alternation, CALL_ON_WHOM_VERBS, CALL_VERBS, GOING_VERBS } from '../lexicon/events.ts';
import { relate, type SentenceAbout } from './relate.ts';

/**
 * A call's verb, then the bodies called on (拜会A, 到访A、B, 走访调研了A): in the training gold 19 of 22 such bodies
 * attend. 参访A is a tour's as often as a call's (2 of 4), and a tour's stops (来到A、B等企业, 先后深入A公司, 先后走访A、B)
 * are no bodies called on (31 of 37 do not attend).
 */
const CALLS = alternation([...CALL_VERBS.filter((v) => v !== '参访' && v !== '访问'), '走访']);
const CALL_THEN = new RegExp(`(?<!先后|分别|依次)(?:${CALLS})(?:调研)?了?\\s?$`);

/** 前往A进行拜会: the body between the going and the call. */
const GOES_TO = new RegExp(`(?:${alternation(GOING_VERBS)})$`);
const THEN_CALL = new RegExp(`^(?:进行)?(?:${alternation(CALL_ON_WHOM_VERBS)})`);

/** Between two bodies called on together: 、, 和, 及, a space. */
const JOINS = /^(?:[、和及与]|以及|\s)$/;

/**
 * The bodies a sentence that tells a call lists after the call's verb (or the body gone to for the call) attend it.
 */
export function calledOn({ doc, registry, event, sentence, input }: SentenceAbout): void {
  const { text } = doc;
  // The call told in this sentence: the bodies it lists are of it, not of a meeting the sentence goes on about.
  if (event.kind !== 'visit' || event.trigger.start < sentence.start || event.trigger.end > sentence.end)
    return;
  const bodies = input.organisations
    .filter((o) => o.source !== 'reference' && o.start >= sentence.start && o.end <= sentence.end)
    .sort((a, b) => a.start - b.start);
  let listed: Anchor | undefined;
  for (const o of bodies) {
    const before = text.slice(Math.max(sentence.start, o.start - 8), o.start);
    const called =
      CALL_THEN.test(before) ||
      (listed !== undefined && JOINS.test(text.slice(listed.end, o.start))) ||
      (GOES_TO.test(before) && THEN_CALL.test(text.slice(o.end, o.end + 4)));
    listed = called ? o : undefined;
    if (called) relate(registry, o.id, event, 'attendee', sentence.start, 'role:called-on');
  }
}
