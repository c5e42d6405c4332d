import type { ArticleMention } from '../../../contract/api/payloads.ts';

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  mention: ArticleMention | null;
  /** Inside the evidence span the reader was opened at. */
  evidence: boolean;
}

export interface Paragraph {
  start: number;
  segments: TextSegment[];
}

/** Non-overlapping mentions: earlier first, then longer (a nested shorter mention loses). */
export function pickMentions(mentions: readonly ArticleMention[], length: number): ArticleMention[] {
  const sorted = [...mentions]
    .filter((m) => m.start >= 0 && m.end <= length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ArticleMention[] = [];
  let reach = 0;
  for (const m of sorted) {
    if (m.start < reach) continue;
    out.push(m);
    reach = m.end;
  }
  return out;
}

/**
 * Pure: the article text as paragraphs of segments, cut at every mention and at the evidence span,
 * so each can be drawn as its own element (text only, never HTML).
 */
export function articleParagraphs(
  text: string,
  mentions: readonly ArticleMention[],
  evidence: { start: number; end: number } | null,
): Paragraph[] {
  const chosen = pickMentions(mentions, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of chosen) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const span =
    evidence && evidence.start >= 0 && evidence.end <= text.length && evidence.end > evidence.start
      ? evidence
      : null;
  if (span) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    cuts.add(i);
    cuts.add(i + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: Paragraph[] = [];
  let current: Paragraph = { start: 0, segments: [] };
  let m = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const piece = text.slice(start, end);
    if (piece === '\n') {
      paragraphs.push(current);
      current = { start: end, segments: [] };
      continue;
    }
    while (m < chosen.length && (chosen[m] as ArticleMention).end <= start) m++;
    const mention =
      chosen[m] && (chosen[m] as ArticleMention).start <= start ? (chosen[m] as ArticleMention) : null;
    current.segments.push({
      start,
      end,
      text: piece,
      mention,
      evidence: span !== null && start >= span.start && end <= span.end,
    });
  }
  paragraphs.push(current);
  return paragraphs.filter((p) => p.segments.some((s) => s.text.trim().length > 0));
}
