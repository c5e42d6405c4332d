/**
 * Which pairs of neighbouring characters a text holds, read once per text: the readers that look for each word of a
 * long list (foreign places, ministries, Taiwan's townships) ask here first and search the text only for the words
 * whose first two characters it holds. Same hits, without a search of the whole text per word.
 */

/** One bit per hashed pair (pairs sharing a bit only make a word look possible: the search then decides). */
const BITS = 1 << 16;
const table = new Uint32Array(BITS / 32);
let lastText: string | undefined;

function pairBit(first: number, second: number): number {
  return (first * 31 + second) & (BITS - 1);
}

function read(text: string): void {
  if (lastText === text) return;
  table.fill(0);
  for (let i = 0; i + 1 < text.length; i++) {
    const bit = pairBit(text.charCodeAt(i), text.charCodeAt(i + 1));
    table[bit >>> 5] = (table[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  lastText = text;
}

/** False when `word` is surely not in `text` (its first two characters never stand together there). */
export function mayOccur(text: string, word: string): boolean {
  if (word.length < 2) return word.length === 0 || text.includes(word);
  read(text);
  const bit = pairBit(word.charCodeAt(0), word.charCodeAt(1));
  return ((table[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}
