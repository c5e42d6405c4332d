import type { Span } from '../../../../contract/annotation/types.ts';
import { CITED_WORDS } from '../lexicon/words.ts';
import type { Occurrence } from './relate.ts';

/** What is heard, watched or cited is no speech of the clause's subject (听取…汇报, 学习…讲话精神). */
const NOT_SPOKEN = new RegExp(`听取|听了|观看|聆听|收看|学习|贯彻|${CITED_WORDS}`);

/** A verb of speech (one of `verbs`, a regex source) that is not the head of a noun (推介会, 说明会). */
export function speechInClause(verbs: string): RegExp {
  return new RegExp(`(?:${verbs})(?![\u4e00-\u9fff]?[会厅室]|中心)`);
}

/**
 * The people a clause opens on who speak in it (会上，会长A首先对…表示感谢; A对…给予高度肯定; A作了…介绍): at most a
 * short lead and the titles before the name, no other name in the clause, and a verb of speech
 * later in it (`verb`, from speechInClause). Who is spoken to (向A汇报, 对A表示感谢) is not the subject.
 */
export function clauseSpeakers(
  text: string,
  sentence: Span,
  people: Occurrence[],
  verb: RegExp,
): Occurrence[] {
  return people.filter((p) => {
    let start = p.start;
    while (start > sentence.start && !/[,，;；:：。]/.test(text[start - 1] ?? '')) start--;
    const lead = text.slice(start, p.start);
    if (lead.length > 24 || /[向给对与和及、]/.test(lead) || NOT_SPOKEN.test(lead)) return false;
    const rest = /^[^,，;；。]*/.exec(text.slice(p.end, sentence.end))?.[0] ?? '';
    const end = p.end + rest.length;
    if (people.some((q) => q !== p && q.start >= start && q.start < end)) return false;
    return verb.test(rest) && !NOT_SPOKEN.test(rest);
  });
}
