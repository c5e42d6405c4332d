import type { Doc } from '../doc.ts';
import type { Candidate } from './found-event.ts';

/** A quotation this long, with a clause break inside, is someone's words, not a name (“…12个项目的集中签约，标志着…”). */
const REMARK_LENGTH = 30;

/**
 * Whether `at` lies inside a quoted remark: a “…” of more than REMARK_LENGTH characters holding a comma or a full
 * stop. What a speaker says happened (12个项目的集中签约) is the happening the page reports, told in their words; read
 * there, it would be a second happening beside the one the story names.
 */
export function insideRemark(doc: Doc, at: number): boolean {
  const { text } = doc;
  const open = text.lastIndexOf('“', at);
  if (open < 0 || text.lastIndexOf('”', at) > open) return false;
  const close = text.indexOf('”', at);
  if (close < 0) return false;
  const words = text.slice(open + 1, close);
  return words.length > REMARK_LENGTH && /[，,。；;]/.test(words);
}

/** The candidates read outside quoted remarks. */
export function outsideRemarks(doc: Doc, found: Candidate[]): Candidate[] {
  return found.filter((c) => !insideRemark(doc, c.trigger.start));
}
