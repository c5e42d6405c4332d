import type { Doc } from './doc.ts';
import { ANY_SINGLE_SURNAME, isCompoundSurname, surnameAt } from './lexicon/surnames.ts';
import { FIRM_HEAD_TITLES, TITLE_PATTERN, titleSuffix } from './lexicon/titles.ts';
import { captionOrderBefore } from './lexicon/words.ts';
import {
  boundaryStrength,
  CJK,
  marriedName,
  type NameRead,
  NOT_IN_GIVEN,
  rareSurnameName,
  readName,
  sarPage,
  TITLE_INSIDE,
  TITLE_START,
  type TitledName,
  titlesIn,
} from './names.ts';

/**
 * Names read after titles (`副区长肖立`), the names listed after the first (`副主任周文、林涛`), and the titles that only
 * address a person named before (在童县长周全的规划下). The reading of one name is in `names.ts`.
 */

/**
 * The name after a title or in a list after it, where a page may write married names (twoSurnames: Taiwan's, Hong
 * Kong's and Macau's, all traditional): the reading of `readName`, or two surnames and a given name where no shorter
 * reading closes as strongly (立委甲乙丙丁, 議員戊、己庚辛壬).
 */
function nameOrMarried(
  text: string,
  at: number,
  afterTitle: boolean,
  twoSurnames: boolean,
): NameRead | undefined {
  const read = readName(text, at, afterTitle);
  if (!twoSurnames) return read;
  const start = text[at] === ' ' ? at + 1 : at;
  if (read && read.start !== start) return read;
  return marriedName(text, start, read ? boundaryStrength(text, read.end, afterTitle) : undefined) ?? read;
}

export function findTitledNames(doc: Doc): TitledName[] {
  const { text } = doc;
  const found: TitledName[] = [];
  const twoSurnames = doc.traditional || sarPage(text);
  for (const m of titlesIn(text)) {
    const titleEnd = m.index + m.title.length;
    // (后排左起：某社社长甲、…: the people of a photo caption are pictured, not people of the story.)
    if (captionOrderBefore(text, m.index)) continue;
    // 现任梁溪区委副书记、区长的柏文涛: the current posts written before 的 and the name.
    const current =
      text[titleEnd] === '的' &&
      /现任[^，,。；;：:]{0,30}$/.test(text.slice(Math.max(0, m.index - 32), m.index));
    // 副会长包括袁立武、林树青: the names listed after 包括 hold the title.
    const including = /^(?:包括|分别是|分别为)/.exec(text.slice(titleEnd, titleEnd + 3))?.[0].length ?? 0;
    // 学院教授、博士张三: a degree written between the title and the name is no title and no part of the name.
    const degree = /^、?(?:博士|硕士)(?!生)/.exec(text.slice(titleEnd, titleEnd + 3))?.[0].length ?? 0;
    const at = titleEnd + (current ? 1 : including || degree);
    const name = nameOrMarried(text, at, true, twoSurnames) ?? rareSurnameName(text, at);
    if (!name) continue;
    // 總幹事於會員大會上: on a traditional page 於 is the preposition (the surname is written 于).
    if (doc.traditional && doc.article.text[name.start] === '於') continue;
    found.push({
      titleStart: m.index,
      titleEnd,
      start: name.start,
      end: name.end,
      name: name.canonical ?? text.slice(name.start, name.end),
      ...(name.surfaces ? { surfaces: name.surfaces } : {}),
    });
    // 副主任周文、林涛、马欣、何静: the names listed after the first share its title.
    for (const item of namesListedAfter(text, name.end, twoSurnames)) {
      found.push({ titleStart: m.index, titleEnd, start: item.start, end: item.end, name: item.name });
    }
  }
  return withKnownHeads(withoutAddressingTitles(text, found));
}

/**
 * 乡长甲乙丙…新任乡长甲乙丙能倾听: a four-character reading whose first three characters the page names after a title
 * elsewhere is that person and the word after the name (a single surname; 欧阳 names read as before).
 */
function withKnownHeads(found: TitledName[]): TitledName[] {
  const threes = new Set(found.filter((t) => t.name.length === 3).map((t) => t.name));
  return found.map((t) =>
    t.name.length === 4 && surnameAt(t.name, 0) === 1 && threes.has(t.name.slice(0, 3))
      ? { ...t, end: t.end - 1, name: t.name.slice(0, 3) }
      : t,
  );
}

/** The rest of a body's name and a title (代表会主席, 农会总干事). */
const BODY_THEN_TITLE = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?[会处局委部所院厅办](?:${TITLE_PATTERN})`);

/** What may stand before a surname that, with the title after it, addresses a person (在童县长…, 由柯议长…). */
const BEFORE_ADDRESS = /[在由和与及向对请为让被同，,。、；;：:！!？?\s“"「（(]/;

/**
 * 在童县长周全的规划下, 预祝柯善言市长连选连任: a title right after a person the page names with a title elsewhere (by
 * the full name, or by the surname alone after a clause word) addresses that person; the words after it (周全, 连选连)
 * are no name, unless the page writes them after a title of their own too. Not a firm's posts (董事长张三总经理李四 lists two people).
 */
function withoutAddressingTitles(text: string, found: TitledName[]): TitledName[] {
  const names = new Set(found.map((t) => t.name));
  const surnames = new Set(
    found.flatMap((t) => {
      const n = surnameAt(t.name, 0);
      return n > 0 && t.name.length > n + 1 ? [t.name.slice(0, n)] : [];
    }),
  );
  const addressing = new Set<number>();
  for (const t of found) {
    const title = text.slice(t.titleStart, t.titleEnd);
    if (FIRM_HEAD_TITLES.includes(title)) continue;
    // (副主席甲、李春和秘书长丙: a listed name whose given name ends in 和 closes the list; the title opens a new chain.)
    if (found.some((o) => o.end === t.titleStart && text[o.start - 1] === '、' && /和$/.test(o.name)))
      continue;
    const before = text.slice(Math.max(0, t.titleStart - 4), t.titleStart);
    const full = [...names].some((n) => n !== t.name && n.length >= 2 && before.endsWith(n));
    const surname = [...surnames].find((sn) => before.endsWith(sn));
    const opener = surname ? text[t.titleStart - surname.length - 1] : undefined;
    const lone = surname !== undefined && (opener === undefined || BEFORE_ADDRESS.test(opener));
    if (full || lone) addressing.add(t.titleStart);
  }
  // (A name the page also writes after a title of its own is a person all the same.)
  const elsewhere = new Set(found.filter((t) => !addressing.has(t.titleStart)).map((t) => t.name));
  return found.filter((t) => !addressing.has(t.titleStart) || elsewhere.has(t.name));
}

/**
 * An item of a list of names that the strict reading refuses (计红: 计 is mostly a word; 巴山 is a place too): any
 * 百家姓 surname and one or two characters, closed by 、 or by what closes a list (出席, 等, punctuation).
 */
export function looseListItem(text: string, at: number): NameRead | undefined {
  const compound = isCompoundSurname(text.slice(at, at + 2)) ? 2 : 0;
  const surname = compound || (ANY_SINGLE_SURNAME.has(text[at] ?? '') ? 1 : 0);
  if (!surname) return undefined;
  for (const given of [2, 1]) {
    const end = at + surname + given;
    const name = text.slice(at, end);
    // (副主任甲、邵年华、乙: 年 may open a two-character given name in a list, where no date is read.)
    const notGiven = (ch: string, i: number) =>
      NOT_IN_GIVEN.has(ch) && !(ch === '年' && i === 0 && given === 2);
    if (!CJK.test(name) || [...name.slice(surname)].some(notGiven)) continue;
    if (
      /^(?:[、,，。；;]|等|出席|参加|陪同|同志|列席|[一二三四五六七八九十两]位)/.test(
        text.slice(end, end + 2),
      )
    )
      return { start: at, end };
  }
  return undefined;
}

/** `name` written elsewhere in `text` than at `at`, closed as a name is (为, 当选, 同志, 出席 or punctuation after it). */
function wholeElsewhere(text: string, name: string, at: number): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (
      i !== at &&
      /^(?:[为、，,。；;]|当选|同志|出席|任)/.test(text.slice(i + name.length, i + name.length + 2))
    )
      return true;
  return false;
}

/** `、林涛、马欣` after a titled name: names (not titles) separated by 、, up to the end of the list. */
function namesListedAfter(
  text: string,
  end: number,
  twoSurnames: boolean,
): { start: number; end: number; name: string }[] {
  const items: { start: number; end: number; name: string }[] = [];
  let at = end;
  // (議員甲及乙、丙: 及 may bring in the second name too, as 、 does.)
  while (text[at] === '、' || ((items.length > 0 || text[at] === '及') && /[和及]/.test(text[at] ?? ''))) {
    // 委员甲、乙、丙和丁，以及…: 和 or 及 brings in the list's last name, closed by punctuation or a word of two
    // characters that follows names (出席).
    const last = text[at] !== '、';
    // (副理事長甲、乙、 丙: a space a page leaves after a mark is no end of the list.)
    const from = at + 1 + (/^[ \u3000]+/.exec(text.slice(at + 1, at + 4))?.[0].length ?? 0);
    const next =
      nameOrMarried(text, from, false, twoSurnames) ?? (last ? undefined : looseListItem(text, from));
    if (!next || next.start !== from || next.canonical) break;
    // (議員甲及乙的提案: 的 closes the last name too.)
    if (last && boundaryStrength(text, next.end) < 2 && text[next.end] !== '的') break;
    const name = text.slice(next.start, next.end);
    // 副主任甲、乙和秘书长丙: 和 or 及 before a title closes the list on the name before it; the title opens a chain of
    // its own (its first characters are no title of the name's: 秘书 of 秘书长).
    if (/[和及]/.test(text[next.end] ?? '') && TITLE_START.test(text.slice(next.end + 1, next.end + 9))) {
      // (…、李春和秘书长丙 on a page that writes 李春和 whole elsewhere: 和 ends the given name.)
      const whole = name + text[next.end];
      const end = wholeElsewhere(text, whole, next.start) ? next.end + 1 : next.end;
      if (!TITLE_INSIDE.test(name)) items.push({ start: next.start, end, name: text.slice(next.start, end) });
      break;
    }
    // 区委书记王强、区长李明: a title after 、 starts a chain of its own, not a listed name.
    // 郜宇，秘书长柴慕白: a title after the list's closing comma is not the name's.
    // 会长甲、乙、副会长丙 / 书记甲、党委副书记、镇长乙: nor is one after the next 、 or right after the item.
    // (副理事长甲、乙、丙等理监事出席: what follows 等 names the others, not a post of the last item's own.)
    const tail = text.slice(next.start, next.end + 4).replace(/[、，,。；;：:等].*$/su, '');
    if (TITLE_INSIDE.test(name) || titleSuffix(tail) !== undefined) break;
    if (TITLE_START.test(text.slice(next.end, next.end + 8))) break;
    // (市长甲、馬公市代表會主席乙: an item that opens a body's name before a title is no name.)
    if (BODY_THEN_TITLE.test(text.slice(next.end, next.end + 14))) break;
    items.push({ start: next.start, end: next.end, name });
    if (last && text[next.end] !== '、') break;
    at = next.end;
  }
  // (秘書長甲及乙、丙等議員: a list brought in by 及 and closed by 等 and a title of its own holds that title.)
  // (The item right before 等 and the title is no item: 、丙等議員 stops the list above.)
  const close = items.at(-1)?.end ?? end;
  const etc = /^(?:、[\u4e00-\u9fff]{2,4}?)?等/.exec(text.slice(close, close + 7))?.[0].length;
  if (text[end] === '及' && etc && TITLE_START.test(text.slice(close + etc, close + etc + 8))) return [];
  return items;
}
