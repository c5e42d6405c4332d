/**
 * Reporter names from a byline: `新民晚报讯 (记者 江跃中)`, `（记者 A B）`, `本报讯 记者 A 通讯员 B`, `(记者A、B)`,
 * `【记者 A】`, `文/A`, `作者：A`. Every named contributor counts (记者, 通讯员, 实习生, 特约记者, …), in the order
 * written; editors (编辑, 责任编辑) do not. Names are runs of 2–4 Han characters, or Han parts joined by `·`.
 */
import { COMPOUND_SURNAMES, surnameAt } from '../extract/lexicon/surnames.ts';
import { simplifiedName } from '../extract/script.ts';
import { agencyDateline } from './agency-dateline.ts';
import { isInterfaceWord } from './scrape-lines.ts';
import { zh } from './zh-variants.ts';

const HAN = '\\p{Script=Han}';
/** Role words, longest first so that `见习记者` wins over `记者`. */
const ROLES = [
  '本报全媒体记者',
  '本报融媒体记者',
  '见习全媒体记者',
  '全媒体记者',
  '融媒体记者',
  '本报全媒记者',
  '本报融媒记者',
  '全媒记者',
  '融媒记者',
  '本报特约记者',
  '本报见习记者',
  '本报实习记者',
  '本报记者',
  '本报通讯员',
  '特约记者',
  '见习记者',
  '实习记者',
  '首席记者',
  '主任记者',
  '高级记者',
  '特派记者',
  '驻站记者',
  '摄影记者',
  '特约通讯员',
  '通讯员',
  '实习生',
  '小记者',
  '指导老师',
  '指导教师',
  '记者',
  '撰文',
  '撰稿人',
  '撰稿',
  '摄像',
  '作者',
  '采写',
];
/** A role may carry its outlet: `钱江晚报记者 吕思源`, `新华社记者 孟繁星`. */
const OUTLET = `[${HAN}]{2,8}?(?:报|社|台|网)`;
const ROLE_RE = zh(new RegExp(`^(?:${OUTLET})?(?:${ROLES.join('|')})`, 'u'));
/** What separates a credit's role from its names: `文/A`, `记者：A`, `编辑丨A` (WeChat's bar is the character 丨). */
export const CREDIT_MARKS = '/／|｜丨:：';
const ROLE_ANYWHERE_RE = zh(new RegExp(`${ROLES.join('|')}|[文图]\\s*[${CREDIT_MARKS}]`, 'u'));
/** `文` and `图` count as roles only with a separator: `文/A`, `文｜A`, `图文：A`. */
const SHORT_ROLE_RE = zh(new RegExp(`^(?:图文|文图|文|图)\\s*[${CREDIT_MARKS}]`, 'u'));
const SEPARATOR_RE = new RegExp(`^[\\s\\u3000、,，${CREDIT_MARKS};；和及]+`, 'u');
/** Right after a role word, 和 and 及 start a name (记者 和晓燕), they join nothing. */
const AFTER_ROLE_SEPARATOR_RE = new RegExp(`^[\\s\\u3000、,，${CREDIT_MARKS};；]+`, 'u');
const NAME_RE = new RegExp(`^[${HAN}]{1,8}(?:[·•・][${HAN}]{1,8})+|^[${HAN}]+`, 'u');
const SPACED_SECOND_RE = new RegExp(`^[ \\u3000\\u00a0]+([${HAN}])(?![${HAN}])`, 'u');
const TRAILING_WORDS_RE = zh(/(?:摄影报道|报道|报导|摄影|摄|采写|整理|供稿)$/u);
const NOT_A_NAME_RE = zh(
  /^(?:今天|昨天|前天|日前|近日|近期|目前|获悉|消息|报道|报导|摄影|摄像|发自|综合|编辑|责编|图片|来源)|(?:报|网|社|台|刊|站|频道|客户端|新闻|中心|编辑部|局|厅|委|办|集团|公司|政府|部)$/u,
);
/** The unit a credit names before its people: `作者：青禾四局 林晓川`, `作者：区融媒体中心 林晓川`. */
const UNIT_RE = zh(/(?:报|网|社|台|站|频道|客户端|中心|局|厅|委|办|集团|公司|政府|部)$/u);
/** `记者 A 北京报道`: the place before 报道 is not a reporter. */
const NAME_END_RE = zh(/^(?:[\s\d(（【、]|报道|摄)/u);
const DATELINE_CITY_RE =
  /^(?:北京|上海|天津|重庆|广州|深圳|南京|杭州|武汉|成都|西安|香港|澳门|台北|济南|郑州|长沙)$/u;
const OPEN = '(（【[〔［';

function isName(token: string): boolean {
  const plain = token.replace(/[·•・]/gu, '');
  if (plain.length < 2) return false;
  if (token.length === plain.length && plain.length > 4) return false;
  return !NOT_A_NAME_RE.test(token);
}

/** Splits a Han run such as `张三通讯员李四` at role words inside it. */
function splitAtRoles(run: string): string[] {
  for (let i = 2; i < run.length - 1; i++) {
    if (ROLE_RE.test(run.slice(i))) return [run.slice(0, i), run.slice(i)];
  }
  return [run];
}

/** A unit is skipped only when a name follows it (`青禾四局 林晓川`), so body text still ends the byline. */
function unitBeforeName(after: string): boolean {
  const next = NAME_RE.exec(after.replace(AFTER_ROLE_SEPARATOR_RE, ''));
  return after !== after.replace(AFTER_ROLE_SEPARATOR_RE, '') && next !== null && isName(next[0]);
}

/**
 * Reads `role? name (sep role? name)*` from the start of `text`; stops at the first thing that is neither a role
 * nor a name (the body text that follows an unbracketed byline).
 */
function readNames(text: string): { names: string[]; rest: string } {
  const names: string[] = [];
  let rest = text;
  let afterRole = false;
  for (;;) {
    rest = rest.replace(afterRole ? AFTER_ROLE_SEPARATOR_RE : SEPARATOR_RE, '');
    afterRole = false;
    if (!rest) break;
    const role = ROLE_RE.exec(rest) ?? SHORT_ROLE_RE.exec(rest);
    if (role) {
      rest = rest.slice(role[0].length);
      afterRole = true;
      continue;
    }
    const m = NAME_RE.exec(rest);
    if (!m) break;
    // `(图文:张某 审核:李某)`: a word followed by a colon is the next credit's key, and the names end there.
    // (`记者某某报道:…`: the colon after 报道 closes the byline.)
    if (/^\s*[:：]/u.test(rest.slice(m[0].length)) && !/报[道导]$/u.test(m[0])) break;
    // `■记者 许 诺 通讯员 …`: e-papers space out two-character names.
    const spaced = m[0].length === 1 ? SPACED_SECOND_RE.exec(rest.slice(1)) : null;
    if (spaced?.[1]) {
      names.push(m[0] + spaced[1]);
      rest = rest.slice(1 + spaced[0].length);
      continue;
    }
    if (UNIT_RE.test(m[0]) && unitBeforeName(rest.slice(m[0].length))) {
      rest = rest.slice(m[0].length);
      continue;
    }
    const [head, tail] = splitAtRoles(m[0]);
    const stripped = (head ?? '').replace(TRAILING_WORDS_RE, '');
    // `记者黄一舟澳门报道`: the place the reporter files from sits between the name and 报道.
    const candidate =
      stripped !== head && !isName(stripped) && stripped.length >= 5 && isName(stripped.slice(0, -2))
        ? stripped.slice(0, -2)
        : stripped;
    if (
      !isName(candidate) ||
      isInterfaceWord(candidate) ||
      (head !== candidate && DATELINE_CITY_RE.test(candidate))
    ) {
      break;
    }
    names.push(candidate);
    rest = (tail ?? '') + rest.slice(m[0].length);
    if (head !== candidate) break;
  }
  return { names, rest };
}

const DECORATION_RE = /^[\s\u3000□■◎●○▲△★☆◆◇※·•]+/u;
const DATE_LABEL_RE = zh(/^(?:发布日期|发布时间|发稿时间)\s*[:：]\s*(?=(?:记者|文|作者))/u);
/** `本报讯 `, `某某网5月1日电 `, `【本报讯】`: the dateline before a story's byline (not the 通讯 of 通讯员). */
const DATELINE_RE = zh(
  new RegExp(`^(?:[【\\[]\\s*)?[${HAN}A-Za-z0-9·\\s]{0,24}?(?:讯|电|消息)(?!员)\\s*(?:[】\\]]\\s*)?`, 'u'),
);

function bracketInner(text: string): string | undefined {
  const open = OPEN.indexOf(text[0] ?? '');
  if (open < 0) return undefined;
  const close = text.slice(1, 80).search(/[)）】\]〕］]/u);
  return close < 0 ? undefined : text.slice(1, close + 1);
}

/**
 * An unbracketed byline must be set off: the whole line is the byline, or a separator follows the role
 * (`记者 张三`, `文/张三`), or the name is followed by a space, digit, bracket, `、` or `报道`
 * (`记者张三4月23日…`). This keeps `记者了解到，…` from yielding a reporter called 了解到.
 */
function plainBylineEnds(text: string, first: string, rest: string): boolean {
  const at = text.indexOf(first);
  const before = text[at - 1] ?? '';
  const after = text.slice(at + first.length);
  return !rest.trim() || /[\s:：/／|｜]/u.test(before) || NAME_END_RE.test(after);
}

/**
 * Taiwan's bylines: `联合报／ 记者林语桐／台中即时报导`, `<region>特派员甲乙丙/<county>报导` (a regional correspondent),
 * `(记者:蒲然/东港报导)`, `韩立远\台中报导 …`, `即时中心/邵明川报导`, the slash maybe `∕` and the desk set off by a bar
 * (`某某新闻|记者A/台北报导`): the name is the part before the place and 报导, or the part before 报导 after the desk.
 */
const DESK_BYLINE_RES = [
  zh(
    /^(?:[^/／\\∕|｜\s]{1,12}\s*[/／\\∕|｜]\s*)?(?:\p{Script=Han}{0,8}?(?:记者|特派员)\s*[:：]?)?\s*([\p{Script=Han}·]{2,6})\s*[/／\\∕]\s*\p{Script=Han}{1,8}?\s?(?:即时)?报[导道]/u,
  ),
  // (Not `记者某某/台中报导`: a name before the slash is the reporter, the words after it the place.)
  zh(
    /^(?![^/／\\\s]*(?:记者|特派员))[^/／\\\s]{1,12}\s*[/／\\]\s*(?:记者)?\s*([\p{Script=Han}·]{2,4})报[导道](?:\s|$)/u,
  ),
];

export function deskBylineReporters(line: string): string[] {
  for (const re of DESK_BYLINE_RES) {
    const name = re.exec(line)?.[1];
    if (name && isName(name)) return [name];
  }
  return [];
}

/** The reporters named by a byline at the start of a paragraph, or [] when it has none. */
export function bylineReporters(paragraph: string): string[] {
  // `发布日期:记者: 某某/综合报导`: an empty date label of the page's info line glued before the byline.
  const unlabelled = paragraph.replace(DATE_LABEL_RE, '');
  const desk = deskBylineReporters(unlabelled);
  if (desk.length > 0) return desk;
  const agency = agencyDateline(unlabelled)?.reporter;
  if (agency) return [agency];
  const start = unlabelled.replace(DECORATION_RE, '');
  const candidates = [start];
  const dateline = DATELINE_RE.exec(start);
  if (dateline && dateline[0].length > 0) candidates.push(start.slice(dateline[0].length));
  for (const text of candidates) {
    // `【本報訊】記者某某/台中報導`: a desk byline after the dateline.
    const afterDateline = text === start ? [] : deskBylineReporters(text);
    if (afterDateline.length > 0) return afterDateline;
    const inner = bracketInner(text);
    if (inner !== undefined) {
      // `【記者某某/雲林報導】`: a Taiwan desk byline in brackets.
      const inDesk = deskBylineReporters(inner.trim());
      if (inDesk.length > 0) return inDesk;
      const at = inner.search(ROLE_ANYWHERE_RE);
      if (at >= 0) {
        const { names } = readNames(inner.slice(at));
        if (names.length > 0) return unique(names);
      }
      // `人民论坛网9月25日讯(张尧)`: bare names in the bracket right after a dateline are its reporters.
      if (at < 0 && text !== start) {
        const names = signingNames(inner.trim());
        if (names.length > 0) return names;
      }
      continue;
    }
    if (ROLE_RE.test(text) || SHORT_ROLE_RE.test(text)) {
      const { names, rest } = readNames(text);
      if (names[0] && plainBylineEnds(text, names[0], rest)) return unique(names);
    }
  }
  return [];
}

const ROLE_SET_OFF_RE = new RegExp(`^[\\s\\u3000${CREDIT_MARKS}]`, 'u');

/** A line that is only a byline (`■记者 A 通讯员 B C`, `(记者 A)`): never a headline. */
export function isBylineLine(line: string): boolean {
  const plain = line.replace(DECORATION_RE, '');
  return (
    plain.length <= 40 &&
    !/[。，,！？]/u.test(plain) &&
    // The role set off from the names (`记者 A`, `记者：A`): `小记者走进两会` is a headline.
    (ROLE_SET_OFF_RE.test(plain.slice(ROLE_RE.exec(plain)?.[0].length ?? 0)) ||
      bracketInner(plain)?.length === plain.length - 2) &&
    bylineReporters(plain).length > 0
  );
}

/** Names from an author field (`作者：A B`, meta author `A,B`); outlet names such as `新民晚报` are skipped. */
export function authorNames(value: string): string[] {
  return unique(value.split(/[\s\u3000、,，;；/／|｜]+/u).flatMap((part) => readNames(part).names));
}

const TRAILING_BYLINE_MAX = 50;

/**
 * Reporters from the byline of a body: the first of the first two paragraphs that opens with one (a standalone
 * byline line may precede the lead), else a last paragraph that is only a bracketed byline
 * (`（舟山日报记者 孙海鸥 通讯员 王锐）`).
 */
export function paragraphsByline(paragraphs: string[]): string[] {
  for (const paragraph of paragraphs.slice(0, 2)) {
    const names = bylineReporters(paragraph);
    if (names.length > 0) return names;
  }
  // `林远航` alone on the line above the story: its author, signed without a role.
  const [first = '', second = ''] = paragraphs;
  if (BARE_NAMES_RE.test(first) && /[。！？]/u.test(second)) {
    const names = signingNames(first);
    if (names.length > 0) return names;
  }
  // A story that opens below captions or a repeated headline: its dateline byline (`某某网讯(记者 A)`,
  // `本报某地5月1日电 记者A报道:`) a few paragraphs down.
  for (const paragraph of paragraphs.slice(2, DATELINE_DEPTH)) {
    if (!DATELINE_RE.exec(paragraph)?.[0]) continue;
    const names = bylineReporters(paragraph);
    if (names.length > 0) return names;
  }
  // `记者丨A` / `通讯员丨B`: the story's closing credits may take a line each; they are read in their order.
  const closing = trailingByline(paragraphs.at(-1) ?? '');
  for (let k = paragraphs.length - 2; closing.length > 0 && k >= paragraphs.length - CLOSING_LINES; k--) {
    const line = paragraphs[k] ?? '';
    if (k < 1 || !isBylineLine(line)) break;
    closing.unshift(...bylineReporters(line));
  }
  return unique(closing);
}

/** How many lines a story's closing credits may take. */
const CLOSING_LINES = 3;

/** One to three names alone on a line (`林远航`, `林远航 莫小北`). */
const BARE_NAMES_RE = new RegExp(`^[${HAN}]{2,4}(?:[\\s、]+[${HAN}]{2,4}){0,2}$`, 'u');

/** How many paragraphs down a story's dateline may open it (captions and a repeated headline above it). */
export const DATELINE_DEPTH = 5;

const CLOSING_BRACKET_RE = /(?<=[。！？!?”])\s*([(（【][^()（）【】]{2,48}[)）】])$/u;
// The first part may be the writers' unit (`杭州建设公司 A、B`); a part longer than a name must be one (below).
const NAMES_ONLY_RE = new RegExp(`^[${HAN}]{2,12}(?:[\\s、，,]+[${HAN}]{2,4}){0,3}$`, 'u');

/** A word that ends the name of a unit, not of a person (`宏远科技`, `区融媒体中心`). */
const UNIT_END_RE = /(?:公司|集团|科技|股份|中心|街道|社区|银行|医院|学校|学院|分局|支行|党委|党支部)$/u;

/**
 * `（宏远科技 林一舟、夏蔓）`: the writers' unit, then their names. A first part of four characters without a
 * compound surname (names have two or three), or one ending like a unit, is the unit when names follow it.
 */
function withoutLeadingUnit(parts: string[]): string[] {
  const [first, ...rest] = parts;
  if (!first || rest.length === 0) return parts;
  const unit =
    UNIT_END_RE.test(first) || (first.length === 4 && !COMPOUND_SURNAMES.includes(first.slice(0, 2)));
  return unit ? rest : parts;
}

/**
 * `…参加会议。（贺一帆）`: bare names in the bracket after the last sentence sign the piece when each reads as a
 * name (a surname first; not an outlet or a unit: `（新华社）`, `（资料图）` are none).
 */
/**
 * `柏某 邢某/文 罗某/图`, `罗某/图 柏某/文`: the writers before `/文` sign the piece; the photographer (before or after
 * them) does not.
 */
const WRITERS_RE = zh(
  new RegExp(
    `^(?:[${HAN}·、，,\\s]{2,20}[/／]\\s*(?:图|摄影?)\\s+)?([${HAN}·]{2,4}(?:[\\s、，,]+[${HAN}·]{2,4})*)\\s*[/／]\\s*文(?:\\s+[${HAN}·、，,\\s]{2,20}[/／]\\s*(?:图|摄影?))?$`,
    'u',
  ),
);

function signingNames(inner: string): string[] {
  const names = WRITERS_RE.exec(inner)?.[1] ?? inner;
  if (!NAMES_ONLY_RE.test(names)) return [];
  const parts = withoutLeadingUnit(names.split(/[\s、，,]+/u));
  // Traditional pages (`（張堯）`): the surname is looked up in simplified characters, the name kept as written.
  const surname = (p: string) => surnameAt(simplifiedName(p), 0);
  return parts.every((p) => surname(p) > 0 && p.length > surname(p) && isName(p)) ? unique(parts) : [];
}

/**
 * The byline that closes a body: a last paragraph that is only a bracketed byline (`（舟山日报记者 孙海鸥 通讯员
 * 王锐）`) or the same bracket after the last sentence (`…联创共治。（记者 盧曉吟）`), an unbracketed short one
 * (`记者 钟离雪`), or a bracket of bare names that signs the piece (`（韦思思）`, `（但斌 顾芸瑕）`).
 */
function trailingByline(last: string): string[] {
  if (last.length <= TRAILING_BYLINE_MAX && bracketInner(last)?.length === last.length - 2) {
    const names = bylineReporters(last);
    if (names.length > 0) return names;
    const inner = last.slice(1, -1).trim();
    // `（罗某/图 柏某/文）` on a line of its own: the writers sign it.
    if (WRITERS_RE.test(inner)) return signingNames(inner);
    if (!NAMES_ONLY_RE.test(inner)) return [];
    // `（区政府办 供稿）`: a unit and a credit word name nobody.
    const bare = withoutLeadingUnit(inner.split(/[\s、，,]+/u));
    return bare.every((n) => isName(n) && !TRAILING_WORDS_RE.test(n)) ? unique(bare) : [];
  }
  const closing = CLOSING_BRACKET_RE.exec(last)?.[1];
  if (closing) {
    const names = bylineReporters(closing);
    return names.length > 0 ? names : signingNames(closing.slice(1, -1).trim());
  }
  if (last.length <= 24 && ROLE_RE.test(last.replace(DECORATION_RE, ''))) return bylineReporters(last);
  return [];
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}
