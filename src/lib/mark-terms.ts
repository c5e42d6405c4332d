export interface Segment {
  text: string;
  /** Index of the term this segment matched, or -1. */
  term: number;
}

/**
 * Splits text into plain and matched segments (longest term first, no overlaps), so a sentence can
 * show the names it connects without ever building HTML.
 */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const order = terms
    .map((term, index) => ({ term, index }))
    .filter((x) => x.term.length > 0)
    .sort((a, b) => b.term.length - a.term.length);
  const taken: { start: number; end: number; term: number }[] = [];
  for (const { term, index } of order) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(term, from);
      if (at < 0) break;
      const end = at + term.length;
      if (!taken.some((s) => at < s.end && end > s.start)) taken.push({ start: at, end, term: index });
      from = at + 1;
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of taken) {
    if (s.start > pos) out.push({ text: text.slice(pos, s.start), term: -1 });
    out.push({ text: text.slice(s.start, s.end), term: s.term });
    pos = s.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), term: -1 });
  return out;
}
