/**
 * Dates as Chinese news pages write them: `2023-04-24 15:02`, `2023/4/24`, `2023.04.24`, `2023年4月24日 15:02`,
 * `2023-04-24T07:02:00Z`, `24.04.2023 15:02` (day first, Hong Kong and Macau). Publication times are normalised to `YYYY-MM-DDTHH:mm:ss+08:00` (China time: a time
 * without an offset is read as +08:00, one with an offset is converted to the same instant in +08:00, so every
 * `publishedAt` sorts as a string). A date without a time becomes midnight +08:00. Link dates are `YYYY-MM-DD`.
 */

export interface FoundDate {
  year: number;
  month: number;
  day: number;
  /** Absent when the text gives a date only. */
  time?: { hour: number; minute: number; second: number };
  /** Minutes east of UTC, when the text gives an offset (`Z`, `+08:00`, `-0500`). */
  offsetMinutes?: number;
  /** Where the match starts and ends in the searched text. */
  index: number;
  end: number;
}

// The day may be glued to the time (`2023-02-0419:47:55`, a page template that lost its space).
const DATE_RE =
  /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{2}(?=\d{1,2}[:：]\d{2})|\d{1,2}(?!\d))\s*日?/g;
/**
 * `13.11.2017 02:15`: Hong Kong and Macau pages (and their mirrors) put the day first, with dots; with slashes
 * (`21/10/2024 16:40`) only when a time follows, as their news sites print it.
 */
/**
 * A line on US time (美东时间, EST …): its slashed dates put the month first. Not `CST`, which Chinese pages also
 * write for China Standard Time.
 */
const US_TIME_RE = /美[东東]|美西|美中|美[国國](?:[东東]部|西部|中部)|\b(?:EST|EDT|PST|PDT|CDT|ET|PT)\b/u;
const DAY_FIRST_RE =
  /(?<![\d./])(\d{1,2})(?:\.(\d{1,2})\.(\d{4})(?![\d.])|\/(\d{1,2})\/(\d{4})(?=\s+\d{1,2}:\d{2}))/g;
/**
 * `分享  042022-03`: a date badge (the day printed large above `YYYY-MM`) whose lines a crawler glued together, a
 * word of its own (not inside `某政发102023-05号` or a phone number).
 */
const DAY_BADGE_RE = /(?<=^|\s)(0[1-9]|[12]\d|3[01])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?=\s|$)/g;
const TIME_RE = /^(?:T|\s*)(\d{1,2})\s*[:：时時]\s*(\d{2})(?:\s*[:：分]\s*(\d{2})(?:\.\d+)?\s*秒?)?(?!\d)/;

/** A weekday as pages print it by a date: `星期四`, `週四`, `礼拜四`, `Thursday`, `Thu.`. */
export const WEEKDAY =
  '(?:星期|礼拜|禮拜|週|周)[一二三四五六日天]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?';
/** The parts of the day pages write by a date or a time (上午, 下午 …). */
export const PART_OF_DAY = '上午|早上|凌晨|中午|下午|晚上|傍晚';
/** Parts of the day before a clock time; those after noon move a 12-hour time on (`下午 3:20` → 15:20). */
export const MERIDIEM = `${PART_OF_DAY}|[AaPp]\\.?[Mm]\\.?`;
const AFTERNOON_RE = /^(?:下午|晚上|傍晚|[Pp])/u;
/**
 * `2024/05/16 星期四 10:20`, `2024-05-16 (週四) 下午 3:20`: a weekday and a part of the day between the date and
 * its time.
 */
const BEFORE_TIME_RE = new RegExp(
  `^\\s*(?:[(（]\\s*(?:${WEEKDAY})\\s*[)）]|${WEEKDAY})?\\s*(${MERIDIEM})?(?=\\s*\\d{1,2}\\s*[:：时時]\\s*\\d{2})`,
  'iu',
);
const OFFSET_RE = /^\s*(?:(Z)|([+-])(\d{2}):?(\d{2}))(?![\d:])/i;
const CHINA_OFFSET = 8 * 60;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(year: number, month: number, day: number): boolean {
  return (
    year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

function readTime(text: string): { time: NonNullable<FoundDate['time']>; length: number } | undefined {
  const before = BEFORE_TIME_RE.exec(text);
  const skip = before?.[0].length ?? 0;
  const rest = text.slice(skip);
  const m = TIME_RE.exec(rest);
  if (!m) return undefined;
  const afternoon = before?.[1] !== undefined && AFTERNOON_RE.test(before[1]);
  const clock = Number(m[1]);
  const hour = afternoon && clock >= 1 && clock < 12 ? clock + 12 : clock;
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { time: { hour, minute, second }, length: skip + m[0].length };
}

function readOffset(rest: string): { minutes: number; length: number } | undefined {
  const m = OFFSET_RE.exec(rest);
  if (!m) return undefined;
  if (m[1]) return { minutes: 0, length: m[0].length };
  const minutes = Number(m[3]) * 60 + Number(m[4]);
  if (minutes > 14 * 60) return undefined;
  return { minutes: m[2] === '-' ? -minutes : minutes, length: m[0].length };
}

/** Every valid date in `text`, in order, with the time and offset that directly follow it. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const matches = [
    ...[...text.matchAll(DATE_RE)].map((m) => ({ m, year: m[1], month: m[2], day: m[3] })),
    ...[...text.matchAll(DAY_FIRST_RE)].map((m) =>
      // `5/6/2024 9:30 (美东时间)`: a page on US time writes the month first.
      m[4] && US_TIME_RE.test(text)
        ? { m, year: m[5], month: m[1], day: m[4] }
        : { m, year: m[3] ?? m[5], month: m[2] ?? m[4], day: m[1] },
    ),
    ...[...text.matchAll(DAY_BADGE_RE)].map((m) => ({ m, year: m[2], month: m[3], day: m[1] })),
  ].sort((a, b) => a.m.index - b.m.index);
  for (const { m, ...parts } of matches) {
    const year = Number(parts.year);
    const month = Number(parts.month);
    const day = Number(parts.day);
    if (!validDate(year, month, day)) continue;
    let end = m.index + m[0].length;
    const date: FoundDate = { year, month, day, index: m.index, end };
    const time = readTime(text.slice(end));
    if (time) {
      date.time = time.time;
      end += time.length;
      const offset = readOffset(text.slice(end));
      if (offset) {
        date.offsetMinutes = offset.minutes;
        end += offset.length;
      }
    }
    date.end = end;
    found.push(date);
  }
  return found;
}

export function findDate(text: string): FoundDate | undefined {
  return findDates(text)[0];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2023-04-24T15:02:00+08:00` for a found date, converting any explicit offset to +08:00. */
export function toChinaTime(date: FoundDate): string {
  const t = date.time ?? { hour: 0, minute: 0, second: 0 };
  let ms = Date.UTC(date.year, date.month - 1, date.day, t.hour, t.minute, t.second);
  if (date.offsetMinutes !== undefined) ms += (CHINA_OFFSET - date.offsetMinutes) * 60_000;
  const d = new Date(ms);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
}

/** `YYYY-MM-DD` as written (no time-zone conversion). */
export function toDay(date: FoundDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** The first date in `text` as a +08:00 timestamp, or null. */
export function parsePublishedAt(text: string): string | null {
  const date = findDate(text);
  return date ? toChinaTime(date) : null;
}

/** Epoch seconds or milliseconds (JSON records sometimes carry them) as a +08:00 timestamp. */
export function epochToChinaTime(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  const ms = value > 1e11 ? value : value * 1000;
  const d = new Date(ms + CHINA_OFFSET * 60_000);
  if (Number.isNaN(d.getTime())) return null;
  return toChinaTime({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    index: 0,
    end: 0,
  });
}

/**
 * The day a URL carries (`…/202305/t20230512_88123.html`, `/2023/0627/c3312891.html`, `/2023-09/21/content_7788`,
 * `/zxxw/20231010/8812.html`), or undefined. Only real days between 1990 and 2100 count.
 */
export function dateFromUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const patterns = [
    /(?<![\d])((?:19|20)\d{2})[-_/]?(\d{2})[-_/]?(\d{2})(?![\d])/,
    /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//,
    /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//,
    // /art/2023/4/7/: month and day without their zeros.
    /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const pad = (n: number) => String(n).padStart(2, '0');
    if (year >= 1990 && validDate(year, month, day)) return `${m[1]}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

/** The day a file name carries (`228_…-20230822.txt`, `2023-08-22_…html`), or undefined. */
export function dateFromFileName(name: string): string | undefined {
  const base = name.replace(/^.*[\\/]/, '');
  const m = /(?<!\d)((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?!\d)/.exec(base);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1990 && validDate(year, month, day) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
