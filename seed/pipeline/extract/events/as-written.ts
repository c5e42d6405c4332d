import type { Doc } from '../doc.ts';
import type { Candidate } from './found-event.ts';

/** Nouns a page writes right after a ceremony's act (揭牌仪式, 颁奖典礼, 集中签约活动): kept in the name as written. */
const CEREMONY_NOUN = /^(?:仪式|典礼|庆典|活动)$/;
/** A closing quote between the act and the noun (“开工一批”活动). */
const CLOSING = /[”"」』]$/;

/**
 * The name of a happening in the page's own words (the guide: `…签约仪式`, `…揭牌仪式`, `…集中签约活动`): the rules name
 * a ceremony by its act, and the noun written right after that act is put back. The name without it is the guide's
 * earlier form, returned as an alias so search finds the happening under either wording.
 */
export function asWritten(doc: Doc, c: Candidate): { name: string; aliases: string[] } {
  const aliases = c.aliases ?? [];
  if (!CEREMONY_NOUN.test(c.noun)) return { name: c.name, aliases };
  // The trigger ends with the noun (签约仪式) or with the act right before it (开业 of 举行开业仪式).
  const nounAt = [c.trigger.end - c.noun.length, c.trigger.end].find(
    (at) => doc.text.slice(at, at + c.noun.length) === c.noun,
  );
  if (nounAt === undefined) return { name: c.name, aliases };
  // Only where the name ends with the words written right before the noun (its act), not a name given elsewhere
  // (a quoted name before 活动 is kept whole with it already).
  const act = doc.text.slice(Math.max(0, nounAt - 2), nounAt);
  if (act.length < 2 || CLOSING.test(act) || !c.name.endsWith(act)) return { name: c.name, aliases };
  return { name: `${c.name}${c.noun}`, aliases: [...aliases, c.name] };
}
