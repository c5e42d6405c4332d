import { gazetteer } from '../gazetteer/gazetteer.ts';
import { MONGOLIAN_NAME_PARTS } from './lexicon/mongolian-names.ts';
import { ANY_SINGLE_SURNAME, SINGLE_SURNAMES, surnameAt } from './lexicon/surnames.ts';
import { TIBETAN_NAME_PARTS } from './lexicon/tibetan-names.ts';
import { TITLE_PATTERN, TITLES, titleSuffix } from './lexicon/titles.ts';
import {
  AFTER_NAME,
  HARD_BOUNDARY,
  NOT_NAMES,
  TITLE_CLOSING_CHARACTERS,
  YU_AT_EVENT,
  YU_BEFORE_DATE,
} from './lexicon/words.ts';
import { SAR_PAGE } from './sar-bodies.ts';
import { dictionaryEntry } from './tokens.ts';
import { wordsAt } from './words-at.ts';

/**
 * Person names anchored on a title (`副区长肖立`, `董事长钱世嵘介绍`, `记者 江跃中`, `CEO Jean-Pascal Tricoire`):
 * a surname from the 百家姓 list and a one- or two-character given name, or a run of capitalised Latin words,
 * followed by a boundary (punctuation, 在, 表示, 和, 等 …). The longer reading wins when both end at a boundary.
 */

export interface TitledName {
  titleStart: number;
  titleEnd: number;
  start: number;
  end: number;
  /** The canonical name: as written, or the Latin original given in brackets after a transliteration. */
  name: string;
  /** Other ways the text writes this person (朱利安·莫罗, 莫罗, Krüger). */
  surfaces?: string[];
}

export const TITLE_RE = new RegExp(TITLE_PATTERN, 'g');

/** Where a title is written: the offset and the title (as TITLE_RE finds them, left to right, longest first). */
export interface TitleMatch {
  index: number;
  title: string;
}

let lastTitles: { text: string; found: readonly TitleMatch[] } | undefined;

/** Every title TITLE_RE finds in `text`, read once per text (two readers scan the story for titles). */
export function titlesIn(text: string): readonly TitleMatch[] {
  if (lastTitles?.text !== text)
    lastTitles = { text, found: [...text.matchAll(TITLE_RE)].map((m) => ({ index: m.index, title: m[0] })) };
  return lastTitles.found;
}
export const TITLE_INSIDE = new RegExp(`(?:${TITLE_PATTERN})`);
const TITLE_AFTER = new RegExp(
  `^(?:${TITLE_PATTERN})(?:[${TITLE_CLOSING_CHARACTERS},，、。]|表示|介绍|强调|指出|说|致辞|致词|讲话|主持|出席|陪同|接待|接见|会见|热情|欢迎|感谢|赞扬|带领|率领|偕同|${YU_BEFORE_DATE}|${YU_AT_EVENT}|$)`,
);
export const CJK = /^[\u4e00-\u9fff]+$/;
/** Characters that are never part of a given name (particles, pronouns, measure words, dates). */
export const NOT_IN_GIVEN = new Set(
  '的了是在和与及等对将从到也都还就又再而但却并这那之我你他她它们个些每各某本该此总年日时分秒号届次第位于向'.split(
    '',
  ),
);
const LATIN_NAME =
  /^\p{Lu}[\p{Script=Latin}'’-]+(?:[ .·]\p{Lu}[\p{Script=Latin}'’.-]*){0,3}(?!\p{Script=Latin})/u;
/** A transliterated foreign name (朱利安·莫罗), optionally followed by its original in brackets. */
const TRANSLITERATED =
  /^([\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})+)(?:\((\p{Lu}[\p{Script=Latin}'’. -]+)\))?/u;
const AFTER = wordsAt([...AFTER_NAME].sort((a, b) => b.length - a.length));

/** Whether a name may end at `end`: end of text, punctuation, a word that follows names, or a title. */
export function endsAtBoundary(text: string, end: number): boolean {
  return boundaryStrength(text, end) > 0;
}

/**
 * 3: punctuation or the end; 2: a word of two or more characters that follows names (表示, 陪同); 1: one (在, 同);
 * 0.5: after a title, a frequent word; 0: none.
 */
export function boundaryStrength(text: string, end: number, afterTitle = false): number {
  if (end >= text.length) return 3;
  const next = text[end] ?? '';
  if (HARD_BOUNDARY.test(next) || /[0-9A-Za-z]/.test(next)) return 3;
  // 议长程立今(21)日率团: the day in brackets (Taiwan's and Hong Kong's news write today so) opens the clause.
  if (DAY_IN_BRACKETS.test(text.slice(end, end + 8))) return 3;
  const word = AFTER.find(text, end);
  if (word) return word.length > 1 ? 2 : 1;
  // 欧阳宏董事长首先介绍, 麦家豪书记在致辞中: a title after a name (its second mention) ends it.
  if (TITLE_AFTER.test(text.slice(end, end + 24))) return 2;
  if (!afterTitle) return 0;
  // 县长韩青禾宣告…: right after a title, a frequent two-character word of the dictionary (not a name's part nor a
  // title, 乡长) after the name ends it, weaker than the words above.
  if (TITLE_START.test(text.slice(end, end + 8))) return 0;
  const next2 = text.slice(end, end + 2);
  const word2 = next2.length === 2 && CJK.test(next2) ? dictionaryEntry(next2) : undefined;
  // (Half a point: 邱岚为社区…, 邱岚和有关…: a one-character word closing the shorter reading wins.)
  return word2 && word2.freq >= WORD_FREQ && !/^(?:nr|x|m|q)/.test(word2.tag) ? 0.5 : 0;
}

export const TITLE_START = new RegExp(`^(?:${TITLE_PATTERN})`);
/** `今(21)日`, `今（17）日`, `昨(20)日`, `今(十八日)`: a day written in brackets after 今 or 昨. */
const DAY_IN_BRACKETS = /^[今昨][(（](?:[0-9]{1,2}[)）]日|[一二三]?十?[一二三四五六七八九十]日?[)）])/;
/** How frequent a word must be to close a name (宣告 is; rarer words are more often a given name and what follows). */
const WORD_FREQ = 300;

/** A common word offered as a name (高度, 应邀, 黄河): in NOT_NAMES, or frequent in jieba's dictionary and not a name there. */
function isCommonWord(word: string): boolean {
  if (NOT_NAMES.has(word)) return true;
  const entry = dictionaryEntry(word);
  if (!entry) return false;
  if (entry.tag.startsWith('nr')) return entry.freq >= 1000;
  return entry.freq >= 30;
}

export function validChineseName(text: string, start: number, surname: number, given: number): boolean {
  const name = text.slice(start, start + surname + given);
  if (name.length !== surname + given || !CJK.test(name)) return false;
  const givenName = name.slice(surname);
  // 袁清和: 和 ends a given name (the reader then asks for a strong boundary after it, see readName).
  // 殷向杰: 向 opens a two-character given name (向东, 向阳); as its last character it is the preposition (李明向记者).
  for (const [i, ch] of [...givenName].entries())
    if (
      NOT_IN_GIVEN.has(ch) &&
      !(/[和之]/.test(ch) && i === givenName.length - 1 && i > 0) &&
      !(ch === '向' && i === 0 && givenName.length === 2) &&
      // 韦时雨, 邬时安: 时 opens a two-character given name; as its last character it is the clause's 时 (邬川时).
      !(ch === '时' && i === 0 && givenName.length === 2) &&
      // 滕永年, 周鹤年: 年 may end a two-character given name that is no word of time (明年, 多年, 青年).
      !(ch === '年' && i === 1 && !YEAR_WORD.test(givenName))
    )
      return false;
  // <body>副书记<surname>一行: a surname and 一行 is a leader and the party with them, not a given name; nor is a title
  // (副議長暨秘書: 暨 opens no name there).
  if (givenName === '一行' || TITLE_WORDS.has(givenName)) return false;
  // 委员常态化: a word and 化 (常态化, 规范化) is a word too, never a name.
  if (name.length === 3 && name.endsWith('化') && isCommonWord(name.slice(0, 2))) return false;
  if (!isCommonWord(name)) return true;
  // 总经理白洋, / 教授白海等: a noun that is also a name, closed by punctuation or 等 right after a title.
  const entry = dictionaryEntry(name);
  const next = text[start + name.length] ?? '';
  if (NOT_NAMES.has(name) || entry === undefined) return false;
  const titled = titleSuffix(text.slice(Math.max(0, start - 8), start)) !== undefined;
  if (/^n[rsz]?$/.test(entry.tag) && (HARD_BOUNDARY.test(next) || next === '等' || next === '') && titled)
    return true;
  // 副区长高远见证签约: a rarer word (not one that follows names, 简要) after a title and before an act of attending.
  return (
    titled &&
    (entry.tag.startsWith('nr') || entry.freq < 500) &&
    !AFTER_NAME.includes(name) &&
    (ATTENDING_AFTER.test(text.slice(start + name.length, start + name.length + 2)) ||
      SPEECH_ACT.test(text.slice(start + name.length, start + name.length + 9)))
  );
}

/** A verb of saying right before a comma or colon (林立说，…, 周海称：…). */
const SPEECH_BEFORE_COMMA = /^[说讲称][,，:：]$/;

const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES);

/** Words of time or age ending in 年, never a given name (明年, 多年, 青年). */
const YEAR_WORD = /^[今明去前后全当多近新周往每同次本历常长早晚少青中老成半一二三两几数十百千万某逐连]年$/;

/** 作 or 做 and a speech or report (作表态发言, 做主题报告, 作了讲话). */
const SPEECH_ACT = /^[作做]了?[\u4e00-\u9fff]{0,4}?(?:发言|报告|讲话|演讲|致辞|汇报|总结|点评)/;

/** Acts of attending that close a name that is a word too (高远见证, 汪洋出席). */
const ATTENDING_AFTER = /^(?:见证|出席|陪同|参加|列席|致辞|致词|主持)/;

/**
 * 副市长那晓峰出席: after a title, a surname that is mostly a function word (那, 和 are left out of the surnames)
 * starts a name when the two characters after it are a given name only: neither they nor the surname and the first
 * of them are a word (那些, 明天), and a strong boundary closes the name.
 */
export function rareSurnameName(text: string, at: number): NameRead | undefined {
  const surname = text[at] ?? '';
  if (!ANY_SINGLE_SURNAME.has(surname) || surnameAt(text, at) > 0) return undefined;
  const name = text.slice(at, at + 3);
  if (!CJK.test(name) || name.length !== 3 || [...name.slice(1)].some((ch) => NOT_IN_GIVEN.has(ch)))
    return undefined;
  // A given name may be a rare word (英华); the surname and the next character may be no word at all.
  const word = (w: string, rare: number) => {
    const entry = dictionaryEntry(w);
    return entry !== undefined && !entry.tag.startsWith('nr') && entry.freq >= rare;
  };
  if (
    word(name, 0) ||
    word(name.slice(0, 2), 0) ||
    word(name.slice(1), 300) ||
    NOT_NAMES.has(name.slice(0, 2))
  )
    return undefined;
  return boundaryStrength(text, at + 3) >= 2 ? { start: at, end: at + 3 } : undefined;
}

let sarText: string | undefined;
let sarAnswer = false;
/** Whether the text is a Hong Kong or Macau page (asked once per text). */
export function sarPage(text: string): boolean {
  if (text !== sarText) {
    sarText = text;
    sarAnswer = SAR_PAGE.test(text);
  }
  return sarAnswer;
}

export interface NameRead {
  start: number;
  end: number;
  /** For 朱利安·莫罗(Julien Moreau): the original, used as the canonical name. */
  canonical?: string;
  surfaces?: string[];
}

/** Last name of a Latin or transliterated name (Krüger, 莫罗), when it may be written alone. */
function familyName(name: string): string | undefined {
  const parts = name.split(/[ ·]/).filter(Boolean);
  const last = parts[parts.length - 1];
  return parts.length > 1 && last && last.length >= 2 ? last : undefined;
}

const PARTS = wordsAt([...MONGOLIAN_NAME_PARTS, ...TIBETAN_NAME_PARTS].sort((a, b) => b.length - a.length));

/** 乌兰其其格致辞, 次仁多吉: two or more Mongolian or Tibetan name parts, three to six characters, closed by a boundary. */
function mongolianName(text: string, start: number): NameRead | undefined {
  let end = start;
  let parts = 0;
  for (;;) {
    const part = PARTS.find(text, end);
    if (!part || end + part.length - start > 6) break;
    end += part.length;
    parts++;
  }
  if (parts < 2 || end - start < 3 || boundaryStrength(text, end) === 0) return undefined;
  return { start, end };
}

/**
 * 帕尔哈·依明深入禾川, 阿依·木合塔尔出席。: the last part of a transliterated name read to the run's end may hold the
 * word after the name (深入, 出席, 表示), even when punctuation closes the run; the name ends where that word starts.
 */
function transliterationEnd(text: string, start: number, run: string): string {
  const dot = run.lastIndexOf('·');
  for (let end = run.length - 1; end > dot + 1; end--)
    if (boundaryStrength(text, start + end) >= 2) return run.slice(0, end);
  return run;
}

/**
 * The person name starting at `at` (one space allowed before it), if the text has one there. `afterTitle`: the name
 * follows a title, so a frequent word after it may close it (县长韩青禾宣告).
 */
export function readName(text: string, at: number, afterTitle = false): NameRead | undefined {
  const start = text[at] === ' ' ? at + 1 : at;
  const window = text.slice(start, start + 60);
  const latin = LATIN_NAME.exec(window);
  if (latin) {
    const name = latin[0].trimEnd();
    const family = familyName(name);
    return { start, end: start + name.length, ...(family ? { surfaces: [family] } : {}) };
  }
  const foreign = TRANSLITERATED.exec(window);
  // 董事会主席汉斯·穆勒: the rest of a title is no part of the transliteration.
  if (foreign?.[1] && !TITLE_INSIDE.test(foreign[1].split('·')[0] ?? '')) {
    const original = foreign[2]?.trim();
    const written = original ? foreign[1] : transliterationEnd(text, start, foreign[1]);
    const surfaces = [written, familyName(written), original ? familyName(original) : undefined].filter(
      (x): x is string => Boolean(x),
    );
    return { start, end: start + written.length, ...(original ? { canonical: original } : {}), surfaces };
  }
  const mongolian = mongolianName(text, start);
  if (mongolian) return mongolian;
  const surname = surnameAt(text, start);
  if (surname === 0) return undefined;
  // 时雨陪同: the reading followed by the stronger boundary wins (陪同 over 同); on a tie the longer one.
  let best: { end: number; strength: number } | undefined;
  for (const given of [2, 1]) {
    if (!validChineseName(text, start, surname, given)) continue;
    // 程立今(21)日: 今 before a day in brackets is no part of the given name.
    if (given === 2 && DAY_IN_BRACKETS.test(text.slice(start + surname + 1, start + surname + 9))) continue;
    const end = start + surname + given;
    // 经信委韩立副主任: 副 opens the title after the name, it ends no given name.
    if (text[end - 1] === '副' && TITLE_START.test(text.slice(end - 1, end + 7))) continue;
    // 县委书记林立说，…: 说, 讲 or 称 before a comma or colon is what a complete name (林立) did, not its last character.
    if (
      given === 2 &&
      SPEECH_BEFORE_COMMA.test(text.slice(end - 1, end + 1)) &&
      validChineseName(text, start, surname, 1)
    )
      continue;
    // 副主席X作交流发言: 作 or 做 before a speech or report is the act of a complete name (a given name that is also a
    // word, 常新), not its last character.
    if (
      given === 2 &&
      SPEECH_ACT.test(text.slice(end - 1, end + 8)) &&
      validChineseName(text, start, surname, 1)
    )
      continue;
    const strength = SPEECH_BEFORE_COMMA.test(text.slice(end, end + 2))
      ? Math.max(2, boundaryStrength(text, end, afterTitle))
      : boundaryStrength(text, end, afterTitle);
    // 张伟和李明, 张伟和区长李明: a name ending in 和 is closed by a word that follows names, not by a name or title.
    if (/[和之]/.test(text[end - 1] ?? '') && (strength === 0 || TITLE_AFTER.test(text.slice(end, end + 24))))
      continue;
    if (strength > 0 && (!best || strength > best.strength)) best = { end, strength };
  }
  // 陈李慧芬出席: a Hong Kong name with two single surnames (the husband's, then her own) and a two-character given
  // name, read right after a title on a Hong Kong or Macau page (Taiwan's pages write them so too: see twoSurnames).
  if (afterTitle && sarPage(text)) {
    const married = marriedName(text, start, best?.strength);
    if (married) return married;
  }
  return best ? { start, end: best.end } : undefined;
}

/**
 * 陈李慧芬: two single surnames (the husband's, then her own) and a two-character given name that is no word of the
 * dictionary, closed by a boundary as strong as a word that follows names, when no shorter reading (closing as
 * `shorter`) closes as strongly. (A shorter reading closed by a one-character word that follows names wins: 执行委员
 * 甲乙丙作介绍; with no shorter reading at all, a one-character word closes it too: …局局长甲乙丙丁和….)
 */
export function marriedName(text: string, start: number, shorter: number | undefined): NameRead | undefined {
  if (surnameAt(text, start) !== 1 || !SINGLE_SURNAMES.has(text[start + 1] ?? '')) return undefined;
  if (shorter !== undefined && shorter >= 1) return undefined;
  const four = text.slice(start, start + 4);
  const given = four.slice(2);
  const word = dictionaryEntry(given);
  if (
    CJK.test(four) &&
    four.length === 4 &&
    ![...given].some((ch) => NOT_IN_GIVEN.has(ch)) &&
    // (記者甲乙丙攝: a photographer's credit, 摄, closes a three-character name.)
    !given.endsWith('摄') &&
    (!word || (word.tag.startsWith('nr') && word.freq < 1000)) &&
    boundaryStrength(text, start + 4, true) >= (shorter !== undefined ? 2 : 1)
  )
    return { start, end: start + 4 };
  return undefined;
}

/** Whether a list item reads as a person's name: surname + one or two characters, no place, no common word. */
export function listedName(item: string, loose = false, role = false): boolean {
  // 巴图满都呼: a Mongolian name of two or more parts, whole.
  if (item.length >= 3 && mongolianName(item, 0)?.end === item.length) return true;
  // Loosely, any 百家姓 surname (计, 那) may start an item, as in looseListItem.
  const surname = surnameAt(item, 0) || (loose && ANY_SINGLE_SURNAME.has(item[0] ?? '') ? 1 : 0);
  const given = item.length - surname;
  if (surname === 0 || given < 1 || given > 2) return false;
  if (loose) return gazetteer().byName(item).length === 0 && (role || !NOT_NAMES.has(item));
  if (!validChineseName(item, 0, surname, given)) return false;
  const entry = dictionaryEntry(item);
  if (entry && !entry.tag.startsWith('nr')) return false;
  const gaz = gazetteer();
  return gaz.byName(item).length === 0 && gaz.byShortName(item).length === 0;
}
