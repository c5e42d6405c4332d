import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | undefined;

/** jieba with its own dictionary, loaded on first use (a third of a second, once per process). */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const length = (text: string) => Array.from(text).length;
const ALL_HAN = /^\p{Script=Han}+$/u;

/**
 * The ways a name divides into the words a person may type, each a list of words that together are the name
 * (its pieces between brackets, dots and spaces, joined). Pieces come in simplified characters, as jieba's
 * dictionary has them, so a name in traditional characters is cut where its simplified form is.
 * A person: the surname (one character, or two when the name has four or more) and the given name
 * (李红珍 → 李 红珍; 欧阳明华 → also 欧阳 明华); a name written in pieces (约翰·史密斯) by its pieces.
 * Anything else as jieba cuts it (上海市 普陀 区委 组织部) and, where that differs, finer: each long word as
 * the shorter dictionary words that cover it (上海 市 普陀 区委 组织 部).
 */
export function nameCuts(pieces: string[], person: boolean): string[][] {
  if (person) {
    const [only, ...more] = pieces;
    if (!only || more.length > 0) return pieces.length > 1 ? [pieces] : [];
    const characters = Array.from(only);
    const surnames = characters.length >= 4 ? [1, 2] : characters.length >= 2 ? [1] : [];
    return surnames.map((n) => [characters.slice(0, n).join(''), characters.slice(n).join('')]);
  }
  // With jieba's guesses at words its dictionary lacks (禾润, 华晟 in a company's name).
  const words = pieces.flatMap((piece) => segmenter().cut(piece, true));
  const finer = words.flatMap(innerWords);
  return finer.length === words.length ? [words] : [words, finer];
}

/**
 * A word as the fewest single characters, then the fewest pieces, of the dictionary words jieba finds inside it
 * (中国人民政治协商会议 → 中国 人民 政治 协商 会议, not …协商会 议); on a tie the longer piece first (上海 市).
 */
function innerWords(word: string): string[] {
  const characters = Array.from(word);
  const n = characters.length;
  if (n <= 2 || !ALL_HAN.test(word)) return [word];
  const inside = new Set(
    segmenter()
      .cutForSearch(word, false)
      .filter((w) => w !== word && length(w) > 1),
  );
  // best[i]: the best cover of characters i…n, as [single characters, pieces, the pieces].
  const best: [number, number, string[]][] = [];
  best[n] = [0, 0, []];
  for (let i = n - 1; i >= 0; i--) {
    let chosen: [number, number, string[]] | undefined;
    for (let end = n; end > i; end--) {
      const piece = characters.slice(i, end).join('');
      const single = end - i === 1;
      if (!single && !inside.has(piece)) continue;
      const [singles, pieces, rest] = best[end] ?? [0, 0, []];
      const candidate: [number, number, string[]] = [
        singles + (single ? 1 : 0),
        pieces + 1,
        [piece, ...rest],
      ];
      if (!chosen || candidate[0] < chosen[0] || (candidate[0] === chosen[0] && candidate[1] < chosen[1]))
        chosen = candidate;
    }
    best[i] = chosen ?? [n, n, characters.slice(i)];
  }
  return best[0]?.[2] ?? [word];
}
