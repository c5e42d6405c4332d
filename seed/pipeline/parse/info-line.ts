/**
 * The info line under a headline: `2023-04-24 15:02 来源:新民晚报 次阅读`, `发布时间：2023年4月24日 15:02
 * 来源：新民晚报 作者：张三`. Shared by page scrapes and HTML pages.
 */
import { authorNames } from './byline.ts';
import { findDate, findDates, toChinaTime } from './dates.ts';
import { zh } from './zh-variants.ts';

const INFO_KEY_RE = zh(/(?:来源|稿源|出处|发布时间|发布日期|时间|日期|作者|记者|编辑)\s*[:：]/u);
const COUNTER_INLINE_RE = zh(
  /\d*\s*次(?:阅读|浏览)|(?:阅读|浏览|点击)(?:量|数|次数)?\s*[:：]?\s*\d*\s*次?/gu,
);
const NEXT_KEY = '(?=\\s|[|｜]|作者|记者|编辑|责任编辑|责编|发布|时间|日期|来源|$)';
const SOURCE_RE = zh(new RegExp(`(?:来源|稿源|出处|来自)\\s*[:：]\\s*([^\\s|｜]+?)${NEXT_KEY}`, 'u'));
/** The author value ends at the next `key：` (`作者：张三 字号：大 中 小`), a bar, or a known key. */
const AUTHOR_RE = zh(
  /(?:作者|记者|撰稿|撰文)\s*[:：]\s*(.+?)\s*(?=\s[\p{Script=Han}A-Za-z]{1,6}\s*[:：]|[|｜]|来源|稿源|编辑|责任编辑|责编|发布|时间|日期|$)/u,
);

export interface InfoLine {
  publishedAt: string | null;
  source: string | null;
  reporters: string[];
}

/** Has an `来源:` / `作者:` / `发布时间:` key. */
function hasInfoKey(line: string): boolean {
  return INFO_KEY_RE.test(line);
}

/** `来源:新民晚报 次阅读` → `来源:新民晚报`. */
function withoutCounters(line: string): string {
  return line.replace(COUNTER_INLINE_RE, ' ').trim();
}

function infoSource(line: string): string | null {
  return SOURCE_RE.exec(withoutCounters(line))?.[1] ?? null;
}

/**
 * True for a short line with a date and time, or with an info key and a date or a source. Lines longer than
 * `maxLength` are body text.
 */
export function isInfoText(line: string, maxLength = 120): boolean {
  if (line.length > maxLength) return false;
  const date = findDate(line);
  if (date?.time) return true;
  return hasInfoKey(line) && (date !== undefined || infoSource(line) !== null);
}

/** Date (the first one with a time, else the first), source and named authors of an info line. */
export function readInfoLine(line: string): InfoLine {
  const clean = withoutCounters(line);
  const dates = findDates(clean);
  const date = dates.find((d) => d.time) ?? dates[0];
  const author = AUTHOR_RE.exec(clean)?.[1];
  return {
    publishedAt: date ? toChinaTime(date) : null,
    source: infoSource(clean),
    reporters: author ? authorNames(author) : [],
  };
}
