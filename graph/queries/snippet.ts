import * as OpenCC from 'opencc-js';
import type { Snippet } from '../../contract/api/payloads.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Characters shown on each side of the first hit. */
export const SNIPPET_RADIUS = 40;

/**
 * Where a full-text query occurs in an article: the text around the first occurrence of the whole query
 * (else of its first word found), with every occurrence of the query's words in that piece marked. The
 * query is matched in simplified characters, so a traditional-character article shows its own text.
 */
export function snippetOf(text: string, normalizedQuery: string, radius = SNIPPET_RADIUS): Snippet {
  const simplified = toSimplified(text);
  // OpenCC maps one character to one character for almost all text; when it did not, match the original.
  const haystack = (simplified.length === text.length ? simplified : text).toLowerCase();
  const words = normalizedQuery.toLowerCase().split(/\s+/).filter(Boolean);
  const phrase = words.join(' ');
  const anchor = [phrase, ...words].map((w) => ({ w, at: haystack.indexOf(w) })).find((x) => x.at >= 0);
  if (!anchor) {
    const end = Math.min(text.length, 2 * radius);
    return { text: text.slice(0, end), marks: [], before: false, after: end < text.length };
  }
  const start = Math.max(0, anchor.at - radius);
  const end = Math.min(text.length, anchor.at + anchor.w.length + radius);
  const marks: [number, number][] = [];
  for (const w of new Set([phrase, ...words])) {
    for (
      let at = haystack.indexOf(w, start);
      at >= 0 && at + w.length <= end;
      at = haystack.indexOf(w, at + 1)
    ) {
      marks.push([at - start, at - start + w.length]);
    }
  }
  return {
    text: text.slice(start, end),
    marks: mergeMarks(marks),
    before: start > 0,
    after: end < text.length,
  };
}

/** Sorted, overlapping marks joined. */
function mergeMarks(marks: [number, number][]): [number, number][] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
