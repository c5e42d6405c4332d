/**
 * What a page prints where its outlet may stand (after the day on an info line, in a `来源` field, in a meta tag)
 * and is never an outlet: a weekday, a date or a time, a part of the day, a day of the lunar calendar, a count, the
 * weather, a font switcher or another page tool, the site naming itself, a kind of outlet without a name.
 */
import { simplifiedName } from '../extract/script.ts';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import { findDate, MERIDIEM, WEEKDAY } from './dates.ts';
import { isPageChrome } from './page-chrome.ts';
import { isInterfaceWord } from './scrape-lines.ts';
import { zh } from './zh-variants.ts';

/** `星期四`, `(週四)`, `Thursday`: a weekday alone, maybe in brackets. */
const WEEKDAY_ONLY_RE = zh(new RegExp(`^[(（[【]?\\s*(?:${WEEKDAY})\\s*[)）\\]】]?$`, 'iu'));
/** `上午`, `下午`, `PM`: a part of the day. */
const PART_OF_DAY_RE = new RegExp(`^(?:${MERIDIEM})$`, 'u');
/** `农历四月初九`, `甲辰年`, `四月初九`: a day of the lunar calendar or a year of its cycle. */
const LUNAR_RE = zh(
  /^(?:农历|阴历)|^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|^[正一二三四五六七八九十冬腊]{1,2}月(?:初|十|廿|二十|三十)/u,
);
/** `10:20`, `1234`, `阅读 1234`, `瀏覽人次：56`, `25℃`: a clock, a number, a counter, a temperature. */
const NUMBERS_RE = zh(
  /\d{1,2}\s*[:：]\s*\d{2}|^[\d\s\p{P}\p{S}]+$|^(?:阅读|浏览|点击|点阅|人气|访问|浏览人次|阅读量|浏览量|点击量|点击数)|\d+\s*(?:次|人次|人)$|℃/u,
);
/** `字级`, `字体：大 中 小`: a font switcher, its buttons lost or kept. */
const FONT_RE = zh(/^(?:字级|字体|字号|字型|字级设定)/u);
/** `回上页`, `上一页`, `回首页`: page navigation. */
const NAVIGATION_RE = zh(/^(?:回上页|回上一页|上一页|下一页|回首页|回列表|返回列表)$/u);

/**
 * `本站`, `本网`, `管理员`, `佚名`: the site speaking of itself or an unnamed poster; `电视台`, `报社`, `网站`: a kind of
 * outlet without its name.
 */
const NO_NAME_RE = zh(
  /^(?:本站|本网|本网站|本报|本台|本刊|本平台|本馆|网站|管理员|admin|佚名|未知|不详|网络|互联网|原创|转载|电视台|广播电台|电台|报社|杂志社|融媒体中心|新闻中心|编辑部)$/iu,
);

/**
 * `浙江温州`, `雲林縣`: only places. A forum's `来自 浙江温州` is where the poster was, no outlet; a `来源` may be
 * an account named after its place (`上海长宁`), so only `来自` is read so.
 */
export function placesOnly(value: string): boolean {
  const plain = simplifiedName(value);
  if (!/^\p{Script=Han}{2,10}$/u.test(plain)) return false;
  const gaz = gazetteer();
  const isPlace = (part: string) => gaz.byName(part).length > 0 || gaz.byShortName(part).length > 0;
  const from = (at: number): boolean =>
    at === plain.length ||
    [...Array(plain.length - at - 1).keys()].some(
      (k) => isPlace(plain.slice(at, at + k + 2)) && from(at + k + 2),
    );
  return from(0);
}

/** True when `value`, given as a page's outlet, is none (the page's clock, tools or counters). */
export function isNoOutlet(value: string): boolean {
  const v = value.trim();
  return (
    v.length === 0 ||
    WEEKDAY_ONLY_RE.test(v) ||
    PART_OF_DAY_RE.test(v) ||
    LUNAR_RE.test(v) ||
    NUMBERS_RE.test(v) ||
    FONT_RE.test(v) ||
    NAVIGATION_RE.test(v) ||
    findDate(v) !== undefined ||
    isInterfaceWord(v) ||
    isPageChrome(v) ||
    NO_NAME_RE.test(v)
  );
}

/** The value when it can be an outlet, else null. */
export function outletOrNull(value: string | null | undefined): string | null {
  return value && !isNoOutlet(value) ? value : null;
}
