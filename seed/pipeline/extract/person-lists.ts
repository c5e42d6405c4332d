import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Doc } from './doc.ts';
import { surnameAt } from './lexicon/surnames.ts';
import { captionOrderBefore } from './lexicon/words.ts';
import { listedName, type TitledName } from './names.ts';

/** Person names written in lists without titles of their own (after a role word, before 等N名同志, 出席 …). */

/** Names listed one after another from `at`, each followed by one separator (、), with no title of their own. */
function listedNames(items: readonly string[], at: number): TitledName[] {
  const names: TitledName[] = [];
  let start = at;
  for (const item of items) {
    names.push({ titleStart: start, titleEnd: start, start, end: start + item.length, name: item });
    start += item.length + 1;
  }
  return names;
}

/** Words for people by their part, after which names are listed (嘉宾甲、乙, 县领导甲、乙). */
const ROLE_WORD = '领导|嘉宾|专家组?|获奖者|代表';
const LISTED = new RegExp(
  String.raw`(?<=^|[：:，,。；;\s（(]|(?:[区市县镇省]?(?:${ROLE_WORD})|包括|分别是|分别为|以及))(?!组)((?:[\u4e00-\u9fff]{2,4}、)(?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,4}?)(?=[。，,；;：\s）)]|$|等|以及|及|和|出席|参加|陪同|分别|先后|共同|一同|全程|受聘|作为|获|为(?=[^。，,]{0,12}?(?:颁发|颁奖|授牌|颁授)))`,
  'gmu',
);
/**
 * After a role word two names are a list already: 区领导甲、乙出席, 县领导甲、乙, 县文旅局领导甲、乙到访 (the 领导 of
 * a body).
 */
const ROLE_LISTED =
  /(?<=(?:(?:[区市县镇省办局委厅部联]|主要)领导|嘉宾|会员))((?:[\u4e00-\u9fff]{2,4}、)[\u4e00-\u9fff]{2,4}?)(?=[。，,；;：\s）)]|$|等|以及|及|和|出席|参加|陪同|分别|先后|共同|一同|全程|作为|到访|来访|莅临|到会)/gmu;
/** A guest named bare before 一行 after a host's verb: 陪同乙一行参观, 接待乙一行. */
const GUEST =
  /(?<=(?:对|向|欢迎|陪同|会见|接待))([\u4e00-\u9fff]{2,3}?)(?=一行(?:的到来)?(?:表示|[，,。]|调研|考察|参观))/gmu;
/** One name after a role word, before what only people do: 县领导甲一同参加植树活动. */
const SOLE_LISTED =
  /(?<=(?:[区市县镇省]|主要)领导)([\u4e00-\u9fff]{2,4}?)(?=(?:一同|一起|全程)?(?:出席|参加|陪同)|列席|致辞|致欢迎辞|讲话|主持|[，,](?=[^。]{0,40}?(?:参加|出席|陪同)))/gmu;

/** A count of people: `3名`, `五位`. */
const COUNT = '[0-9一二三四五六七八九十两]+(?:名|位)';
/** People counted by what they are (程立等3名同志, 甲、乙等5位党员). */
const KIND_OF_PEOPLE = '同志|党员|干部|职工|员工|个人';
/** Words for people of a kind, after a count or 等 (委员, 县领导, 企业家代表, 议员). */
const PEOPLE_WORD = `(?:${KIND_OF_PEOPLE}|[\\u4e00-\\u9fff]{0,4}?(?:${ROLE_WORD}|委员|议员|企业家|乡贤))`;
/**
 * `程立等3名同志`, `甲、乙等5位党员`: names before 等 and a count of people; `甲、乙、丙3位委员` (two names or more
 * counted with no 等) and `甲、乙等县领导` (two or more before 等 and a word for people) too.
 */
const COUNTED = new RegExp(
  `(?<=^|[：:，,。；;\\s（(]|(?:包括|其中|授予|表彰了?|及))(?![了的])((?:[\\u4e00-\\u9fff]{2,4}、)*[\\u4e00-\\u9fff]{2,4}?)(?:(等${COUNT})(?:${KIND_OF_PEOPLE}|代表)|(等|${COUNT})${PEOPLE_WORD})`,
  'gmu',
);

/** Names counted as people right after them (`程立等3名同志获评…`): every item reads as a name. */
export function findCountedNames(doc: Doc): TitledName[] {
  const found: TitledName[] = [];
  for (const m of doc.text.matchAll(COUNTED)) {
    const items = (m[1] ?? '').split('、');
    // (Without 等 and a count both, a list of two or more: 程立3名 is rare, 青禾等代表 may be a place's.)
    if (m[3] !== undefined && items.length < 2) continue;
    // (高新区等5名代表: a body or place counts its people; names never end like one.)
    if (!items.every((item) => listedName(item) && !/[区县市省镇乡村办局委部处厅会院所司]$/.test(item)))
      continue;
    found.push(...listedNames(items, m.index));
  }
  return found;
}

/** What only people do, right after a list of names (…、汪洋出席). */
const PEOPLE_ACT = /^(?:出席|参加|陪同|列席)/;

/**
 * Names listed without titles (`获评…的10名职工是：刘建军、周海燕、吴志鹏…`): three or more items separated by 、,
 * each a surname and a one- or two-character given name, none a place or a dictionary word. A list with one
 * item that is not a name is not a list of people.
 */
export function findListedNames(doc: Doc): TitledName[] {
  const found: TitledName[] = [];
  const guests = new Set([...doc.text.matchAll(GUEST)].map((m) => m.index));
  for (const m of [
    ...doc.text.matchAll(LISTED),
    ...doc.text.matchAll(ROLE_LISTED),
    ...doc.text.matchAll(SOLE_LISTED),
    ...doc.text.matchAll(GUEST),
  ]) {
    if (found.some((f) => f.start === m.index)) continue;
    // (后排左起：甲、乙、丙: a photo caption names who is in the picture, not people of the story.)
    if (captionOrderBefore(doc.text, m.index)) continue;
    const items = (m[1] ?? '').split('、');
    // (A bare guest must read as a name without the allowance for words: 对<brand>一行 names a company's people.)
    // A two-character guest (甲乙一行) must also speak somewhere as a person does (甲乙说, 甲乙表示).
    if (
      guests.has(m.index) &&
      !items.every(
        (item) =>
          listedName(item) &&
          (item.length > 2 || new RegExp(`${item}(?:说|表示|指出|强调|介绍)`).test(doc.text)),
      )
    )
      continue;
    // (A guest before 一行 is a person as a name after a role word is.)
    const role =
      guests.has(m.index) ||
      new RegExp(`(?:${ROLE_WORD}|会员)$`).test(doc.text.slice(Math.max(0, m.index - 3), m.index));
    // Every item reads as surname + given name; a third at most may be a word too (毛子). After a role word
    // (县领导祝云帆、杨柳) or before an act of people (…、汪洋出席) the items are people: half of them may be words
    // that are names too (杨柳, 汪洋).
    const people = role || PEOPLE_ACT.test(doc.text.slice(m.index + (m[1] ?? '').length));
    // 市领导A、B、能强、C…: after a role word, one item among three or more names is a name whatever its surname.
    const odd = items.filter((item) => !listedName(item, true, people));
    const oddName =
      role &&
      odd.length === 1 &&
      items.length >= 4 &&
      /^[\u4e00-\u9fff]{2,3}$/.test(odd[0] ?? '') &&
      gazetteer().byName(odd[0] ?? '').length === 0;
    if (odd.length > 0 && !oddName) continue;
    const strict = items.filter((item) => listedName(item)).length;
    if (people ? strict * 2 < items.length : strict * 3 < items.length * 2) continue;
    // Brands and places listed (华为、小米、腾讯) are two characters long; lists of people are mostly three, unless
    // a role word says they are people (区领导周敏、吴涛、郑华).
    if (!role && items.filter((item) => item.length - surnameAt(item, 0) === 2).length * 2 < items.length)
      continue;
    found.push(...listedNames(items, m.index));
  }
  return found;
}
