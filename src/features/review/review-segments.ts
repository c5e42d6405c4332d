import type { ReviewEntity, TextSpan } from '../../../contract/api/corrections.ts';

export interface ReviewSegment {
  start: number;
  end: number;
  text: string;
  entity: ReviewEntity | null;
  selected: boolean;
}

/**
 * The article's text cut at every mention (the first of overlapping mentions wins) and at the current
 * selection, so the whole text is rendered once and offsets stay the article's own.
 */
export function reviewSegments(
  text: string,
  entities: readonly ReviewEntity[],
  selection: TextSpan | null,
): ReviewSegment[] {
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ ...m, entity })))
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof mentions = [];
  for (const m of mentions) if (!kept.length || m.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(m);
  const cuts = new Set([0, text.length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  if (selection) cuts.add(selection.start).add(selection.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const segments: ReviewSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const entity = kept.find((m) => m.start <= start && end <= m.end)?.entity ?? null;
    const selected = !!selection && selection.start <= start && end <= selection.end;
    segments.push({ start, end, text: text.slice(start, end), entity, selected });
  }
  return segments;
}

/** Offsets of the DOM selection inside a container whose text content is the article's text. */
export function selectionOffsets(container: HTMLElement, selection: Selection | null): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}
