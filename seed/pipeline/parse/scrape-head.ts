/**
 * The head of a plain-text page scrape: which line is the headline (of a stack of kicker, headline and subtitle,
 * the one the story's opening tells about), the info lines under it and a headline printed again, and what counts
 * as prose (the body) rather than a head line.
 */
import { classifyLine, isBarCaption, isPhotoCredit, isPictureCaption, isSceneCaption } from './body-lines.ts';
import { deskBylineReporters, isBylineLine } from './byline.ts';
import { isImageFileLine } from './images.ts';
import { headlineBeforeInfo, isInfoText } from './info-line.ts';
import { prevNextLabel } from './links.ts';
import { isClockBar } from './page-chrome.ts';
import { isChromeLine, isEditionHeader, isMasthead, isSiteOwnerLine } from './scrape-lines.ts';
import { zh } from './zh-variants.ts';

const HEAD_WINDOW = 40;
const MAX_TITLE = 100;

export function isInfoLine(line: string): boolean {
  return !prevNextLabel(line) && isInfoText(line) && !isPictureCaption(line);
}

/** Prose: a long line or a finished sentence. Headlines, header and info lines are neither. */
export function isProse(line: string): boolean {
  // `…考察社区党建工作。(本报记者 温以宁)`: a full stop inside the line is prose too; headlines have none.
  return line.length > MAX_TITLE || /[。！？]$/u.test(line) || /。./u.test(line);
}

/**
 * A headline has words: not a floor number (`1`), a placeholder (`(资料图)`), a photo credit (`某某客户端记者 A 摄`), a
 * byline (`■记者 A 通讯员 B`), a caption (`大会现场`), a masthead (`甘肃日报`) or the site's owners.
 */
function isTitleCandidate(line: string): boolean {
  return (
    !isProse(line) &&
    !isChromeLine(line) &&
    !isInfoLine(line) &&
    !isImageFileLine(line) &&
    /\p{Script=Han}|[A-Za-z]{2}/u.test(line) &&
    !isMasthead(line) &&
    !isSiteOwnerLine(line) &&
    !isSceneCaption(line) &&
    !isBarCaption(line) &&
    classifyLine(line) !== 'placeholder' &&
    !isPhotoCredit(line) &&
    deskBylineReporters(line).length === 0 &&
    !isBylineLine(line)
  );
}

const REPEAT_WINDOW = 8;

/**
 * `标题 / 导语 / 标题 / 来源:… 发布时间:…`: a page that prints a summary under the headline, then the headline again
 * above the info line and the story. The head ends at the repeat when what lies between is short of sentences or
 * is told again in the story (the summary is its lead).
 */
function repeatedHeadline(lines: string[], title: number): number | undefined {
  const headline = lines[title] ?? '';
  const end = Math.min(lines.length, title + REPEAT_WINDOW);
  for (let i = title + 1; i < end; i++) {
    if (lines[i] !== headline) continue;
    const between = lines.slice(title + 1, i);
    const rest = lines.slice(i + 1).join('\n');
    const told = (line: string) => !isProse(line) || rest.includes(line.slice(0, Math.min(16, line.length)));
    return between.length <= 3 && between.every(told) ? i : undefined;
  }
  return undefined;
}

const STACK = 3;
/** `新闻局`, `区政府办`, `某某融媒`: an office or outlet named alone on a line. */
const ISSUER_RE = zh(
  /^\p{Script=Han}{2,14}(?:局|办|办公室|处|委|委员会|厅|署|部|中心|政府|发布|日报|晚报|报社|新闻网|电视台|融媒)$/u,
);
/** `某某街道新闻`, `政务动态`: a column or site name above the headline shares the place's name with the story. */
const COLUMN_RE = zh(/(?:新闻|动态|要闻|资讯|频道|专题|专栏|栏目|快讯|在线|网|网站|政府|发布)$/u);

function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}

/** The character pairs of the story's opening (its first three prose lines). */
function leadPairs(lines: string[], prose: number): Set<string> {
  return bigrams(
    lines
      .slice(prose, prose + 3)
      .join('')
      .slice(0, 400),
  );
}

const MIN_PAIRS = 8;

/**
 * The share of the line's pairs the story's opening repeats (0 below three): a headline is told again by the lead,
 * a kicker is not, and a subtitle adds what the lead does not say.
 */
function toldShare(line: string, story: Set<string>): number {
  const pairs = [...bigrams(line)];
  const shared = pairs.filter((pair) => story.has(pair)).length;
  // A column label (`招商引资`) is told whole by chance: a share of fewer than MIN_PAIRS pairs counts for less.
  return shared >= 3 ? shared / Math.max(pairs.length, MIN_PAIRS) : 0;
}

const MENU_MIN = 5;
const MENU_ITEM_MAX = 20;

/**
 * `某某全運在某地 / 某某月 / 某某處 / …` then the story: a site's menu, an item a line, above a story that tells about
 * at most one of them (a head stacks two or three lines, and the lead tells its headline). Such a page's story starts
 * at the first prose line; the last line above it is its headline when the story tells about that one only.
 */
export function menuAboveStory(lines: string[]): { start: number; headline?: string } | undefined {
  const prose = lines.findIndex((line) => isProse(line) && !isChromeLine(line));
  const byline = menuThenByline(lines, prose);
  if (byline !== undefined) return { start: byline };
  const above = lines.slice(0, Math.max(prose, 0)).filter((line) => !isChromeLine(line));
  if (above.length < MENU_MIN) return undefined;
  if (!above.every((line) => line.length <= MENU_ITEM_MAX && isTitleCandidate(line))) return undefined;
  const story = leadPairs(lines, prose);
  const told = above.filter((line) => toldShare(line, story) > 0);
  if (told.length > 1) return undefined;
  return told[0] !== undefined && told[0] === above.at(-1)
    ? { start: prose, headline: told[0] }
    : { start: prose };
}

function isByline(line: string): boolean {
  return deskBylineReporters(line).length > 0 || isBylineLine(line);
}

/**
 * `某某嘉年華 / 抽大獎 / 某某節 / … / 某某特派員某某/某地報導 / …`: a run of short items the story does not tell
 * about (adverts, the site's menu) straight above a byline. The page has no headline of its own; the story opens
 * with the byline.
 */
function menuThenByline(lines: string[], prose: number): number | undefined {
  if (prose < 0) return undefined;
  let items = 0;
  let i = 0;
  for (; i < prose; i++) {
    const line = lines[i] ?? '';
    if (isChromeLine(line)) continue;
    if (isByline(line) || line.length > MENU_ITEM_MAX || !isTitleCandidate(line)) break;
    items++;
  }
  if (items < MENU_MIN || !isByline(lines[i] ?? '')) return undefined;
  const story = leadPairs(lines, prose);
  const told = lines.slice(0, i).filter((line) => !isChromeLine(line) && toldShare(line, story) > 0);
  return told.length <= 1 ? i : undefined;
}

/**
 * `聚焦高质量发展 / 某区与三家央企签约 / 总投资超百亿元，涉及…`: a kicker, the headline and a subtitle stacked
 * without an info line between them. Of the run of title-like lines around `at` (`back` lines before it, `forward`
 * after), the headline is the one whose words (character pairs) the story's opening repeats most (at least three);
 * of the lines told about as well as the best, the first. A line opening with a dash (`——访…`) is a subtitle.
 */
function stackedHeadline(lines: string[], back: number, forward: number, prose: number, at: number): number {
  if (prose < 0) return at;
  // The stack: title-like lines around `at`; chrome between them (`显示模式: 网格 列表`) does not break it.
  const stack = [at];
  const walk = (step: number, count: number) => {
    for (let i = at + step, n = 0; n < count && i >= 0 && i < prose; i += step) {
      const line = lines[i] ?? '';
      if (isChromeLine(line)) continue;
      if (!isTitleCandidate(line)) return;
      stack.push(i);
      n++;
    }
  };
  walk(-1, back);
  walk(1, forward);
  if (stack.length === 1) return at;
  const story = leadPairs(lines, prose);
  const told = (i: number) => {
    const line = lines[i] ?? '';
    if (/^[—–－~～-]/u.test(line) || COLUMN_RE.test(line)) return -1;
    return toldShare(line, story);
  };
  // Of the lines the lead tells about as well as the best told one, the first: a headline stands above its
  // subtitle, and a short subtitle (`某某出席并致辞`) may be all in the lead too. A kicker is told little.
  const shares = stack.sort((a, b) => a - b).map((i) => ({ i, share: told(i) }));
  const top = Math.max(...shares.map((s) => s.share));
  if (top <= 0) return at;
  return shares.find((s) => s.share > 0 && s.share >= top - 0.2)?.i ?? at;
}

/**
 * Index of the headline, and of the first line after the head (headline, info lines, repeated headline). Only
 * the lines before the first prose line are searched, so a dated body sentence is never taken for the info line.
 */
export function locateHead(
  lines: string[],
): { title: number; after: number; inline?: string; subtitles?: string[]; issuer?: string } | undefined {
  // A weather bar ends like a sentence (`…31-27℃。`) and is no prose.
  const prose = lines.findIndex((line) => isProse(line) && !isChromeLine(line));
  const window = lines.slice(0, Math.min(HEAD_WINDOW, prose < 0 ? lines.length : prose));
  // An e-paper: masthead, date, page header, maybe an advert, then the headline (often printed twice).
  const edition = window.findIndex(isEditionHeader);
  if (edition >= 0) {
    const rest = window.slice(edition + 1);
    const twice = rest.findIndex(
      (l, i) => l.length >= 4 && isTitleCandidate(l) && rest.indexOf(l, i + 1) > i,
    );
    const at = twice >= 0 ? twice : rest.findIndex(isTitleCandidate);
    if (at >= 0) {
      const title = edition + 1 + at;
      return { title, after: (repeatedHeadline(lines, title) ?? title) + 1 };
    }
  }
  // The site's clock above the headline (`2025/09/03` / `Wednesday`) is not the story's info line.
  const info = window.findIndex(
    (line, i) => (isInfoLine(line) && !isClockBar(window, i)) || headlineBeforeInfo(line) !== undefined,
  );
  // `泗泾镇召开重点项目推进会 ( 2023年05月12日 )      来源: 泗泾镇`: the headline opens the info line.
  const inline = info >= 0 ? headlineBeforeInfo(lines[info] ?? '') : undefined;
  if (inline) return { title: info, after: info + 1, inline };
  for (let i = info - 1; i >= 0; i--) {
    if (!isTitleCandidate(lines[i] ?? '')) continue;
    const title = stackedHeadline(lines, STACK - 1, 0, prose, i);
    const between = lines.slice(title + 1, i + 1).filter((line) => !isChromeLine(line));
    // `行政长官启程前往葡萄牙 / 新闻局 / 2010-06-17 23:12`: the issuing office named alone above the date.
    const issuer = between.length === 1 && ISSUER_RE.test(between[0] ?? '') ? between[0] : undefined;
    // `标题 / 某某网记者某某/某地报导 / 2016.03.02`: a byline above the date opens the story's text.
    const bylines = lines
      .slice(i + 1, info)
      .filter((line) => deskBylineReporters(line).length > 0 || isBylineLine(line));
    return { title, after: info + 1, subtitles: [...(issuer ? [] : between), ...bylines], issuer };
  }
  const repeated = window.findIndex(
    (line, i) => line.length >= 4 && isTitleCandidate(line) && window.indexOf(line, i + 1) > i,
  );
  if (repeated >= 0)
    return { title: repeated, after: window.indexOf(window[repeated] ?? '', repeated + 1) + 1 };
  const first = window.findIndex(isTitleCandidate);
  if (first < 0 || first + 1 >= lines.length) return undefined;
  // A short first line that the body then repeats as its opening words is no headline (`18日，…` pages).
  if (prose >= 0 && first < prose && (lines[prose] ?? '').startsWith(lines[first] ?? '')) return undefined;
  // `某区人代会开幕 - 某某要闻 国际` above `某区人代会开幕`: the page title with its site, then the headline.
  const next = lines[first + 1] ?? '';
  const plain =
    next.length >= 4 &&
    (lines[first] ?? '').startsWith(next) &&
    SITE_SUFFIX_RE.test((lines[first] ?? '').slice(next.length));
  const title = plain ? first + 1 : stackedHeadline(lines, 0, STACK - 1, prose, first);
  const repeat = repeatedHeadline(lines, title);
  return { title, after: (repeat ?? Math.max(title, info)) + 1 };
}

const SITE_SUFFIX_RE = /^\s*[-_|｜–—]\s*\S/u;
