import { relate, type SentenceAbout } from './relate.ts';

/**
 * 嘉宾云集，包括A、B、C等: people listed after 包括, in a sentence about the happening that says who was there before the
 * list, attend it, with or without an attending verb (the training gold: 32 of 32 such people, on seven sites).
 */
const INCLUDES = /包括(?:有)?[:：]?/;

/** Words before the list that say who was there (嘉宾, 出席, 云集, 满座); a list of office-bearers (副会长包括) is none. */
const PRESENT = /嘉宾|来宾|贵宾|宾客|出席|参加|与会|到场|莅临|云集|满座|满堂|人士/;

/** Who is listed after 包括 attends the happening the sentence is about. */
export function listedGuests({ registry, event, sentence, words, people }: SentenceAbout): void {
  const at = INCLUDES.exec(words);
  if (!at || !PRESENT.test(words.slice(0, at.index))) return;
  const from = sentence.start + at.index + at[0].length;
  for (const p of people)
    if (p.start >= from) relate(registry, p.id, event, 'attendee', sentence.start, 'role:listed-guests');
}
