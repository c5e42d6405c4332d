import { gazetteer } from '../gazetteer/gazetteer.ts';
import { GOAL_VERBS, GOAL_VERBS_IN_NAMES } from './lexicon/name-scan.ts';
import { GENERIC_HEAD_WORDS } from './lexicon/words.ts';
import { wordsAt } from './words-at.ts';

/** What the words in front of a name's ending say about it: a role noun, generic words only, a goal. */

/** Quotation marks that open a quoted part of a name (“炬”未来服务联盟). */
export const OPEN_QUOTE = new Set(['“', '"', '「', '『', '‘']);

/** A goal verb right before an ending (把基地建成公司…) makes a phrase; those that occur in names do not. */
export const HEAD_GOAL_END = new RegExp(
  `(?:${GOAL_VERBS.filter((v) => !GOAL_VERBS_IN_NAMES.has(v)).join('|')})$`,
);

/** 园区运营方济南华岳…公司: a role noun (运营方, 投资方) in front of a place-led company name is not part of it. */
export function dropRolePrefix(text: string, start: number, s: number): number {
  const gaz = gazetteer();
  for (let i = start + 1; i < s - 2; i++) {
    if (text[i - 1] !== '方') continue;
    for (const len of [4, 3, 2]) {
      const word = text.slice(i, i + len);
      if (
        gaz.byName(word).length > 0 ||
        gaz.byShortName(word).some((d) => gaz.isStandaloneShortForm(word, d))
      )
        return i;
    }
  }
  return start;
}

const GENERIC = wordsAt([...GENERIC_HEAD_WORDS].sort((a, b) => b.length - a.length));

/** Whether a head is made only of generic words (特色党建, 线下党群, 产业). */
export function isGenericHead(head: string): boolean {
  let rest = head.replace(/[“”"‘’「」『』()]/g, '');
  if (rest.length === 0) return true;
  while (rest.length > 0) {
    const word = GENERIC.find(rest, 0);
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/** Whether a longer place ending in `kind` (芝罘中韩产业合作区 for 合作区) is written before `at`. */
export function zoneNamedBefore(text: string, kind: string, at: number): boolean {
  for (let i = text.lastIndexOf(kind, at - 1); i > 0; i = text.lastIndexOf(kind, i - 1)) {
    if (/[\u4e00-\u9fff]/.test(text[i - 1] ?? '')) return true;
  }
  return false;
}

export function isGoal(text: string, start: number): boolean {
  // 武汉是全国重要的汽车产业基地: a description after 是…的, not a name.
  if (text[start - 1] === '的') {
    let s = start - 1;
    while (s > 0 && !/[,，;；:：。\n]/.test(text[s - 1] ?? '')) s--;
    if (/是/.test(text.slice(s, start))) return true;
  }
  let before = start;
  if (OPEN_QUOTE.has(text[start] ?? '') || OPEN_QUOTE.has(text[start - 1] ?? '')) {
    before = OPEN_QUOTE.has(text[start] ?? '') ? start : start - 1;
  }
  const left = text.slice(Math.max(0, before - 4), before);
  return GOAL_VERBS.some((v) => left.endsWith(v));
}
