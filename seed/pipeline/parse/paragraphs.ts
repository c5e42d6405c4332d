/**
 * The `text` convention shared by every format: paragraphs trimmed at both ends (JavaScript `trim`, which also
 * removes NBSP and the ideographic space U+3000 used for indents), empty ones dropped, joined with a single `\n`.
 * Characters inside a paragraph are kept exactly (no NFKC), because later stages keep offsets into `text`.
 */

export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/);
}

export function splitParagraphs(text: string): string[] {
  return splitLines(text)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.join('\n');
}
