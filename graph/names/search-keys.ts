import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

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
  /** Full pinyin without tones, spaced and joined: ['li hong zhen', 'lihongzhen']. */
  pinyin: string[];
  /** Initials: ['lhz']. */
  pinyinInitials: string[];
  /** Traditional forms of the name and aliases that differ from them. */
  variants: string[];
}

/**
 * Keys that let search find an entity typed in pinyin, initials or traditional characters.
 * Surname mode reads the first character of a person's name as a surname (曾乐 → zeng le).
 */
export function searchKeys(names: string[], options: { person?: boolean } = {}): SearchKeys {
  const keys = { pinyin: new Set<string>(), pinyinInitials: new Set<string>(), variants: new Set<string>() };
  for (const name of names) {
    if (!HAN.test(name)) continue;
    const han = name.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
    const syllables = pinyin(han, {
      toneType: 'none',
      type: 'array',
      surname: options.person ? 'head' : 'off',
      nonZh: 'consecutive',
    }).map((s) => s.toLowerCase());
    keys.pinyin.add(syllables.join(' '));
    keys.pinyin.add(syllables.join(''));
    keys.pinyinInitials.add(syllables.map((s) => s[0] ?? '').join(''));
    const traditional = toTraditional(name);
    if (traditional !== name) keys.variants.add(traditional);
  }
  return {
    pinyin: [...keys.pinyin],
    pinyinInitials: [...keys.pinyinInitials],
    variants: [...keys.variants].filter((v) => !names.includes(v)),
  };
}
