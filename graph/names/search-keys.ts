import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { nameCuts } from './name-words.ts';

const HAN = /\p{Script=Han}/u;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Traditional → simplified: one form for what either script may write (書記, 书记). */
export function simplifiedForm(text: string): string {
  // OpenCC walks its tables for every character, Latin ones too (half a millisecond for an English name).
  return HAN.test(text) ? toSimplified(text) : text;
}

/** What a person may type for a Chinese name: simplified or traditional, with or without full-width forms. */
export function normalizeQueryText(text: string): string {
  return simplifiedForm(text.normalize('NFKC')).trim();
}

export interface SearchKeys {
  /**
   * Readings of the name without tones: by syllable, joined, and by word (the words of nameCuts, each
   * joined): ['li hong zhen', 'lihongzhen', 'li hongzhen'], ['shang hai shi …', 'shanghaishi…',
   * 'shanghaishi putuo quwei zuzhibu', 'shanghai shi putuo quwei zuzhi bu']. Every one is the whole name.
   */
  pinyin: string[];
  /** Initials: ['lhz']. */
  pinyinInitials: string[];
  /** Traditional forms of the name and aliases that differ from them. */
  variants: string[];
}

/** What divides a name into pieces (brackets, dots, spaces): everything but Chinese, Latin letters and digits. */
const BETWEEN_PIECES = /[^\p{Script=Han}A-Za-z0-9]+/u;

/**
 * Keys that let search find an entity typed in pinyin (the whole name or any of its words, joined or spaced),
 * initials or traditional characters. Surname mode reads the first character of a person's name as a surname
 * (曾乐 → zeng le).
 */
export function searchKeys(names: string[], options: { person?: boolean } = {}): SearchKeys {
  const keys = { pinyin: new Set<string>(), pinyinInitials: new Set<string>(), variants: new Set<string>() };
  const person = options.person ?? false;
  for (const name of names) {
    if (!HAN.test(name)) continue;
    const pieces = name.split(BETWEEN_PIECES).filter(Boolean);
    const characters = Array.from(pieces.join(''));
    // One reading per character (a Latin letter or digit is its own), so a word's reading is a slice of it.
    const readings = pinyin(characters.join(''), {
      toneType: 'none',
      type: 'array',
      surname: person ? 'head' : 'off',
      nonZh: 'spaced',
    }).map((s) => s.toLowerCase());
    if (readings.length !== characters.length) continue;
    const syllables = joinLatinRuns(characters, readings);
    keys.pinyin.add(syllables.join(' '));
    keys.pinyin.add(syllables.join(''));
    for (const cut of nameCuts(simplifiedPieces(name, pieces), person))
      keys.pinyin.add(readCut(cut, readings));
    keys.pinyinInitials.add(syllables.map((s) => s[0] ?? '').join(''));
    const traditional = toTraditional(name);
    if (traditional !== name) keys.variants.add(traditional);
  }
  // Keyboards type ü as v (吕 lv).
  for (const reading of [...keys.pinyin])
    if (reading.includes('ü')) keys.pinyin.add(reading.replace(/ü/g, 'v'));
  return {
    pinyin: [...keys.pinyin],
    pinyinInitials: [...keys.pinyinInitials],
    variants: [...keys.variants].filter((v) => !names.includes(v)),
  };
}

/** The pieces in simplified characters where conversion kept each one's length, as jieba's dictionary has them. */
function simplifiedPieces(name: string, pieces: string[]): string[] {
  const simplified = simplifiedForm(name).split(BETWEEN_PIECES).filter(Boolean);
  return pieces.map((piece, i) => {
    const form = simplified[i] ?? piece;
    return Array.from(form).length === Array.from(piece).length ? form : piece;
  });
}

/** Letters and digits in a row are one syllable (ABC中国 → abc zhong guo), as a person types them. */
function joinLatinRuns(characters: string[], readings: string[]): string[] {
  const syllables: string[] = [];
  characters.forEach((c, i) => {
    const latin = !HAN.test(c);
    if (latin && i > 0 && !HAN.test(characters[i - 1] ?? ''))
      syllables[syllables.length - 1] += readings[i] ?? '';
    else syllables.push(readings[i] ?? '');
  });
  return syllables;
}

/** A cut's words, each as its characters' readings joined: ['上海', '市'] → 'shanghai shi'. */
function readCut(words: string[], readings: string[]): string {
  let at = 0;
  return words
    .map((word) => {
      const end = at + Array.from(word).length;
      const reading = readings.slice(at, end).join('');
      at = end;
      return reading;
    })
    .join(' ');
}
