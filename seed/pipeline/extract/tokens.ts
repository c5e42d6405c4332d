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

/** jieba with the gazetteer's names and short forms added, so 张江, 桃浦, 六横 are cut as words. */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    const lines: string[] = [];
    for (const division of gazetteer().byCode.values()) {
      lines.push(`${division.name} 300 ns`);
      const short = shortForm(division.name);
      if (short && short.length >= 2) lines.push(`${short} 100 ns`);
    }
    jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
  }
  return jieba;
}

export interface Tokens {
  /** The start of the token that contains `end - 1` (so text[start..end) is that token or its first part). */
  startOfTokenEndingAt(end: number): number;
  isBoundary(offset: number): boolean;
  /** jieba's part-of-speech tag of the token that contains `offset` (v, n, ns, p, c …). */
  tagAt(offset: number): string;
}

/** Cut and tag `text`; offsets are running sums (the words joined give the text back). */
export function tokenize(text: string): Tokens {
  const words = segmenter().tag(text, false);
  const starts = new Int32Array(text.length + 1).fill(-1);
  const tagIndex = new Int32Array(text.length + 1);
  const boundary = new Uint8Array(text.length + 1);
  const tags: string[] = [];
  let at = 0;
  for (const { word, tag } of words) {
    for (let i = 0; i < word.length; i++) {
      starts[at + i + 1] = at;
      tagIndex[at + i] = tags.length;
    }
    tags.push(tag);
    boundary[at] = 1;
    at += word.length;
  }
  boundary[at] = 1;
  return {
    startOfTokenEndingAt: (end) => (end <= 0 ? 0 : (starts[end] ?? end - 1)),
    isBoundary: (offset) => boundary[offset] === 1,
    tagAt: (offset) => tags[tagIndex[offset] ?? -1] ?? 'x',
  };
}

let words: Map<string, { freq: number; tag: string }> | undefined;

/** jieba's dictionary entry for a 2–4 character word, if it has one. */
export function dictionaryEntry(word: string): { freq: number; tag: string } | undefined {
  if (!words) {
    words = new Map();
    const text = Buffer.from(dict).toString('utf8');
    for (const line of text.split('\n')) {
      const first = line.indexOf(' ');
      if (first < 2 || first > 4) continue;
      const second = line.indexOf(' ', first + 1);
      words.set(line.slice(0, first), {
        freq: Number(line.slice(first + 1, second)),
        tag: line.slice(second + 1).trim(),
      });
    }
  }
  return words.get(word);
}
