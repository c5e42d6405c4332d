import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { gazetteer, shortForm } from '../gazetteer/gazetteer.ts';

/**
 * Word boundaries from @node-rs/jieba. The segmenter does not recognise the names these articles are about
 * (李红珍 comes back as 李/红/珍), so the rules do not trust its tags; they use its cuts to keep a name from
 * starting inside a word (与同济大学 → 与/同济大学, not 济大学) and its dictionary to reject common words offered
 * as names.
 */

let jieba: Jieba | undefined;
let entries: Map<string, { freq: number; tag: string; place?: true }> | undefined;
/** The dictionary words' first and last characters and lengths, hashed to bits: most names asked about are no word. */
const SHAPE_BITS = 1 << 22;
let shapes: Uint32Array | undefined;

function shapeBit(word: string): number {
  return (
    ((word.charCodeAt(0) * 7919 + word.charCodeAt(word.length - 1)) * 31 + word.length) & (SHAPE_BITS - 1)
  );
}

/** False when `word` is surely no dictionary word (a bit its shape hashes to is clear). */
function mayBeWord(word: string): boolean {
  if (!shapes) dictionary();
  const bit = shapeBit(word);
  return ((shapes?.[bit >>> 5] ?? 1) & (1 << (bit & 31))) !== 0;
}

/** The gazetteer's names and short forms, as dictionary lines for jieba (tag ns). */
function placeWords(): string[] {
  const lines: string[] = [];
  for (const division of gazetteer().byCode.values()) {
    lines.push(`${division.name} 300 ns`);
    const short = shortForm(division.name);
    if (short && short.length >= 2) lines.push(`${short} 100 ns`);
  }
  return lines;
}

/** jieba with the gazetteer's names and short forms added, so 张江, 桃浦, 六横 are cut as words. */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(placeWords().join('\n'), 'utf8'));
  }
  return jieba;
}

/** Every dictionary word with its frequency and tag (jieba's own dictionary, then the place words). */
function dictionary(): Map<string, { freq: number; tag: string; place?: true }> {
  if (!entries) {
    const map = new Map<string, { freq: number; tag: string; place?: true }>();
    const own = Buffer.from(dict).toString('utf8').split('\n');
    const tags = new Map<string, string>();
    for (const [i, line] of [...own, ...placeWords()].entries()) {
      const first = line.indexOf(' ');
      if (first < 1) continue;
      const second = line.indexOf(' ', first + 1);
      const raw = line.slice(second + 1).trim();
      const tag = tags.get(raw) ?? raw;
      tags.set(raw, tag);
      const word = line.slice(0, first);
      if (map.has(word)) continue;
      const freq = Number(line.slice(first + 1, second));
      map.set(word, i < own.length ? { freq, tag } : { freq, tag, place: true });
    }
    const table = new Uint32Array(SHAPE_BITS / 32);
    for (const word of map.keys()) {
      const bit = shapeBit(word);
      table[bit >>> 5] = (table[bit >>> 5] ?? 0) | (1 << (bit & 31));
    }
    shapes = table;
    entries = map;
  }
  return entries;
}

/** jieba's tags of function words (prepositions, conjunctions, modal and structural particles): never in a name. */
export const FUNCTION_WORD_TAGS: readonly string[] = ['p', 'c', 'y', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv'];

export interface Tokens {
  /** The start of the token that contains `end - 1` (so text[start..end) is that token or its first part). */
  startOfTokenEndingAt(end: number): number;
  isBoundary(offset: number): boolean;
  /** The part-of-speech tag jieba's dictionary gives the token that contains `offset` (v, n, ns, p, c …; x unknown). */
  tagAt(offset: number): string;
}

function tagOf(word: string): string {
  const entry = mayBeWord(word) ? dictionary().get(word) : undefined;
  if (entry) return entry.tag;
  if (/^[0-9.]+$/.test(word)) return 'm';
  return /^[A-Za-z]+$/.test(word) ? 'eng' : 'x';
}

/**
 * Cut `text` into words (offsets are running sums: the words joined give the text back). Tags are looked up in
 * the dictionary when a rule asks, which is what jieba's tagger does without its HMM, at a quarter of the cost.
 */
export function tokenize(text: string): Tokens {
  const words = segmenter().cut(text, false);
  const starts = new Int32Array(text.length + 1).fill(-1);
  const boundary = new Uint8Array(text.length + 1);
  let at = 0;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) starts[at + i + 1] = at;
    boundary[at] = 1;
    at += word.length;
  }
  boundary[at] = 1;
  const tokenStart = (offset: number) => {
    let s = offset;
    while (s > 0 && boundary[s] !== 1) s--;
    return s;
  };
  const tokenEnd = (offset: number) => {
    let e = offset + 1;
    while (e < text.length && boundary[e] !== 1) e++;
    return e;
  };
  // Each token's tag, looked up once (readers ask at many offsets of the same words).
  const tags = new Map<number, string>();
  return {
    startOfTokenEndingAt: (end) => (end <= 0 ? 0 : (starts[end] ?? end - 1)),
    isBoundary: (offset) => boundary[offset] === 1,
    tagAt: (offset) => {
      const start = tokenStart(offset);
      const end = tokenEnd(offset);
      const key = start * (text.length + 2) + end;
      let tag = tags.get(key);
      if (tag === undefined) {
        tag = tagOf(text.slice(start, end));
        tags.set(key, tag);
      }
      return tag;
    },
  };
}

/** jieba's own dictionary entry for a word (not the place words added to it), if it has one. */
export function dictionaryEntry(word: string): { freq: number; tag: string } | undefined {
  if (!mayBeWord(word)) return undefined;
  const entry = dictionary().get(word);
  return entry && !entry.place ? entry : undefined;
}
