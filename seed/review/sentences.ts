import type { Span } from '../../contract/annotation/types.ts';

const SENTENCE_END = /[。！？!?]+[”’」』)]*|\n/g;

/** Sentence spans of a text: split after 。！？ (keeping closing quotes) and at line breaks, trimmed. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match[0] === '\n' ? match.index : match.index + match[0].length;
    pushTrimmed(text, start, end, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** The sentence that contains the whole span, or undefined when the span crosses a sentence end. */
export function sentenceAround(spans: Span[], start: number, end: number): Span | undefined {
  return spans.find((sentence) => sentence.start <= start && end <= sentence.end);
}
