/**
 * Live blogs (`图文直播`) print their entries newest first, each under a time stamp alone on a line (`9:10` /
 * `县委副书记、县长某某致辞`). Read top down, the opening of the event comes last and one-line entries look like
 * a gallery's captions. The story is put back in time order, each entry one paragraph led by its stamp
 * (`9:10 县委副书记、县长某某致辞`).
 */
import { isFooterLine } from './scrape-lines.ts';

const STAMP_RE = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/u;
const MIN_STAMPS = 3;

interface Stamp {
  line: number;
  minutes: number;
}

function stampsOf(lines: string[]): Stamp[] {
  return lines.flatMap((line, i) => {
    const m = STAMP_RE.exec(line.trim());
    return m ? [{ line: i, minutes: Number(m[1]) * 60 + Number(m[2]) }] : [];
  });
}

export interface PageLines {
  lines: string[];
  /** A live blog with nothing above its entries: no line of it is a headline. */
  headless: boolean;
  /** The oldest entry's first line that is not its day (`3月1日上午`): what the event is. */
  opening?: string;
}

const DAY_RE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日\p{Script=Han}{0,2}$/u;

/** The page's lines with a newest-first live blog turned oldest first; any other page as it is. */
export function liveBlogInOrder(page: string[]): PageLines {
  const lines = { lines: page, headless: false };
  const stamps = stampsOf(page);
  if (stamps.length < MIN_STAMPS) return lines;
  const newestFirst = stamps.every((s, k) => k === 0 || s.minutes <= (stamps[k - 1]?.minutes ?? 0));
  const first = stamps[0];
  const last = stamps.at(-1);
  if (!newestFirst || !first || !last || first.minutes === last.minutes) return lines;
  // The page's footer after the oldest entry stays at the end.
  const footer = page.findIndex((line, i) => i > last.line && isFooterLine(line));
  const end = footer < 0 ? page.length : footer;
  const entries = stamps.map((s, k) => {
    const entry = page.slice(s.line, stamps[k + 1]?.line ?? end).map((line) => line.trim());
    return entry.length > 1 ? [entry.join(' ')] : [];
  });
  // A video player's times (`03:15` / `02:10` / `00:00` above the story) stamp no entries of their own.
  if (entries.filter((entry) => entry.length > 0).length < MIN_STAMPS) return lines;
  const opening = page.slice(last.line + 1, end).find((line) => !DAY_RE.test(line.trim()));
  return {
    lines: [...page.slice(0, first.line), ...entries.reverse().flat(), ...page.slice(end)],
    headless: first.line === 0,
    ...(opening ? { opening: opening.trim() } : {}),
  };
}
