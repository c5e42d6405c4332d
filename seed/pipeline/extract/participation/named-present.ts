import type { Doc } from '../doc.ts';
import type { FoundEvent } from '../events.ts';
import { BYLINE_WORDS, CITED_WORDS } from '../lexicon/words.ts';
import type { Registry } from '../registry.ts';
import { type Occurrence, relate } from './relate.ts';

/**
 * The opening of the body, in sentences: the lead that tells the happening and who came. Further down, a page tells
 * other happenings and what was said (on the training pages a person first named there and linked to nothing took
 * part in the main happening one time in five; in the opening, six times in seven).
 */
const OPENING_SENTENCES = 4;

/**
 * Words of a sentence that names someone who need not be there: who is cited or quoted (学习贯彻…讲话精神, 响应…号召),
 * who sends a letter (发来贺信), who steps down, retires or is remembered (辞去, 退休, 生前), who is appointed or
 * elected (宣读决定：A任…, 任命A为, 选举A为, 当选, 由A担任: the gold sets split on whether they attend), and bylines
 * (记者A, 通讯员B).
 */
const NOT_THERE = new RegExp(
  `贺信|贺电|贺词|贺辞|致信|致函|发来|${CITED_WORDS}|思想|生前|逝世|去世|辞去|退休|免去|不再|决定|任命|聘任|聘请|选举|当选|担任|公布|${BYLINE_WORDS}|摄影|来源`,
);

/**
 * What readers linked so far, in one pass: the page's main happening (the one with the most participants, the first
 * found on a tie) and who takes part in any happening.
 */
function linkedSoFar(registry: Registry, events: FoundEvent[]): { main?: FoundEvent; linked: Set<string> } {
  const count = new Map<string, number>();
  const linked = new Set<string>();
  for (const r of registry.allRelations()) {
    if (r.type !== 'PARTICIPATED_IN') continue;
    count.set(r.to, (count.get(r.to) ?? 0) + 1);
    linked.add(r.from);
  }
  let main: FoundEvent | undefined;
  for (const e of events) if (!main || (count.get(e.id) ?? 0) > (count.get(main.id) ?? 0)) main = e;
  return { main, linked };
}

/**
 * A news page's opening names the people of its happening: a person named there (not cited, quoted, sending a
 * letter, or in a byline) whom no reader linked to any happening took part in the main one as an attendee.
 */
export function namedPresent(doc: Doc, registry: Registry, events: FoundEvent[], people: Occurrence[]): void {
  const { main, linked } = linkedSoFar(registry, events);
  if (!main) return;
  for (const sentence of doc.sentences.slice(0, OPENING_SENTENCES)) {
    if (NOT_THERE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    for (const p of people)
      if (p.start >= sentence.start && p.end <= sentence.end && !linked.has(p.id)) {
        relate(registry, p.id, main, 'attendee', sentence.start, 'role:named-present');
        linked.add(p.id);
      }
  }
}
