import type { Span } from '../../../contract/annotation/types.ts';
import { mayOccur } from './text-pairs.ts';

/**
 * Mentions as maximal spans: every occurrence of every surface of every entity, longest first, and an
 * occurrence inside an accepted longer one is not a mention of its own (普陀区 inside 普陀区委组织部).
 * The same rule the gold set's spec tool applies.
 */
export function maximalMentions(text: string, surfaces: Map<string, Set<string>>): Map<string, Span[]> {
  const candidates: { id: string; start: number; end: number }[] = [];
  for (const [id, set] of surfaces) {
    for (const surface of set) {
      if (!surface || !mayOccur(text, surface)) continue;
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        candidates.push({ id, start: at, end: at + surface.length });
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const result = new Map<string, Span[]>();
  for (const id of surfaces.keys()) result.set(id, []);
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    result.get(c.id)?.push({ start: c.start, end: c.end });
  }
  for (const spans of result.values()) spans.sort((a, b) => a.start - b.start);
  return result;
}
