/**
 * What real pages put between and after the paragraphs of a story, and how each is read: widgets and prompts
 * (`点击查看更多>>`, `打开APP`, `阅读原文`, breadcrumbs, `本篇文章318字，读完约1分钟`) are dropped; placeholders
 * (`（资料图）`, `【資料圖】`, `[图片]`) are dropped; captions (`▲…致辞`, `图为…`, `图1：…`, `（…宣布开园）`) become
 * images; credits (`编辑：`, `一审：`, `撰稿人：`, `监制 :`, `X 摄`, `来源 :区融媒体中心 记者/A B`) are no content and
 * give reporters when they name 记者; an info line after the body (`发布时间：2023-07-16 17:30`) gives the date and
 * source; a footer `标题：…` / `地址：http…` gives the title and URL; anti-scraping junk (`; Z' O, M6 Y8 n& S`) and
 * encoding debris (`??? ` before a paragraph) are removed. Shared by page scrapes, HTML pages and JSON records.
 */
import type { ArticleImage } from '../../../contract/annotation/types.ts';
import { bylineReporters, CREDIT_MARKS } from './byline.ts';
import { closingCredit, editorTail, isReporterCredit } from './closing-credits.ts';
import { parsePublishedAt } from './dates.ts';
import { captionText, makeImage } from './images.ts';
import { hasInfoKey, type InfoLine, isInfoText, originNote, readInfoLine } from './info-line.ts';
import { withoutInvisible } from './invisible.ts';
import { isWidgetLine } from './scrape-lines.ts';
import { zh } from './zh-variants.ts';

export type LineClass = 'body' | 'chrome' | 'placeholder' | 'caption' | 'credit' | 'junk' | 'info';

/** Placeholders for pictures and video that the crawler kept as text. */
const PLACEHOLDER_RE = zh(
  /^[(（【[]?\s*(?:相关)?(?:资料图|资料图片|图片|视频|音频|组图|配图|示意图)\s*[)）】\]]?$|^(?:未能播放|无法播放|您的浏览器不支持).{0,16}(?:视频|音频|播放)/u,
);

/** Captions the body carries: `▲开园仪式现场`, `（绵阳市副市长雷振宇宣布开园）`, `图1：调研现场`. */
const CAPTION_MARK_RE = /^[▲△▼▽]/u;
const NUMBERED_FIGURE_RE = zh(/^图\s*\d+\s*[:：]/u);
const CAPTION_ACT =
  '致辞|致词|讲话|发言|宣布|揭牌|签约|现场|合影|调研|考察|参观|主持|颁奖|授牌|启动|察看|交流|见证|出席|留影|一角|剪彩|剪綵';
/** `鄉長某某|致詞`, `某某｜頒獎`: who and what a picture shows, set apart by a bar (the picture's overlay text). */
const BAR_CAPTION_RE = zh(new RegExp(`^[^|｜。，,]{2,14}\\s*[|｜]\\s*(?:${CAPTION_ACT})$`, 'u'));

export function isBarCaption(line: string): boolean {
  return BAR_CAPTION_RE.test(line);
}
const BRACKET_CAPTION_RE = new RegExp(
  `^[(（][^()（）。]{4,60}(?:${CAPTION_ACT})[^()（）。]{0,12}[)）]$`,
  'u',
);

/** `覃雨 摄`, `郑建邦 摄`, `记者 王俊祥 摄`: a photo credit on its own line. */
const PHOTO_CREDIT_RE = zh(
  /^(?:[^\s，。]{0,12}?(?:记者|通讯员)\s*)?[\p{Script=Han}·]{2,8}\s*(?:摄影?|供图)$/u,
);
/** Newsroom credits: editors, reviewers, producers, sources of the copy, links to it. */
const CREDIT_KEY =
  '文章来源|稿件来源|信息来源|来源|稿源|编辑|责任编辑|责编|审核|审签|审校|校对|监制|总监制|出品人|终审|初审|一审|二审|三审|' +
  '撰稿人?|审稿人?|供稿|值班编辑|小编|本文链接|原文链接|原标题|制作|总策划|策划|统筹|文字|文案|摄影|图片|视频|排版|美编|采写|采编|' +
  // Newsroom credits of county and city portals: `编审:`, `复审:`, `责任校对:`, `值班主任:`, `本期编辑:`.
  '编审|复审|校审|责任校对|主编|执行主编|总编辑|副总编辑|值班主任|本期编辑|本期责编|编导|摄像|剪辑|配音|出品';
/** `【纠错】`, `【我要纠错】` before a credit: a button the page prints in front of the editor's name. */
const CREDIT_RE = zh(
  new RegExp(
    `^(?:[【\\[]\\s*(?:我要)?纠错\\s*[】\\]]\\s*)?[(（【\\[]?\\s*(?:${CREDIT_KEY})\\s*(?:[:：/／]|[|｜丨](?=\\s*\\S))`,
    'u',
  ),
);
const CREDIT_INSIDE_RE = zh(/(?:审核|审签|一审|二审|三审|责编|监制|撰稿人|审稿人)\s*[:：]/u);
/** `记者：殷若溪；摄影：简一鸣`: the reporter and other credits on one line after the story. */
const REPORTER_CREDITS_RE = zh(
  /^(?:记者|见习记者|通讯员)\s*[:：][^。，,:：]{2,20}[;；]\s*(?:摄影|摄像|编辑|责编|图片|视频)\s*[:：]/u,
);
/** `记者:蕭文遠 摄影:柏舟`: a line of credits, each a role, a colon and its names (`文/A 图/B` opens stories too). */
const CREDIT_PAIRS_RE = zh(
  /^[(（]?(?:\s*(?:记者|通讯员|实习生|摄影|摄像|编辑|责编|责任编辑|审核|校对|图片|视频|文字|撰稿|监制)\s*[:：]\s*[\p{Script=Han}·、，,\s]{2,20}?){2,}\s*[)）]?$/u,
);
/** `（文/邢雨桐 图/柯远）`: a bracket of writing and photo credits that closes the story. */
const SHORT_CREDIT_RE = zh(
  new RegExp(`^[(（【]\\s*(?:图文|文图|文|图|摄影)\\s*[${CREDIT_MARKS}][^()（）【】]{1,40}[)）】]$`, 'u'),
);
/** `…部门工作人员。③2 王俊祥 摄`: an e-paper's photo story ends with the photo's number and its credit. */
const TRAILING_PHOTO_CREDIT_RE = zh(
  /(?<=[。！？”])\s*[①-⑳]?\s*\d{0,2}\s*(?:\p{Script=Han}{0,6}记者\s*)?[\p{Script=Han}·]{2,8}\s+(?:摄影?|供图)$/u,
);
const REPORTER_ROLE_RE = zh(/(?:记者|通讯员|见习记者|实习生|采写)/u);

const FOOTER_TITLE_RE = zh(/^标题\s*[:：]\s*(.{4,80})$/u);
const FOOTER_URL_RE = zh(
  /^(?:地址|链接|网址|本文链接|原文链接|本文地址|文章地址|原文地址|本页地址)\s*[:：]\s*(https?:\/\/\S+)$/u,
);

/** Encoding debris before a paragraph: `??? 5月16日…`, `? ? ? ?`. */
const DEBRIS_PREFIX_RE = /^(?:\?[\s\u00a0\u3000]*){2,}/u;
const JUNK_TOKEN_RE = /^[\x21-\x7e]{1,3}$/u;
const SYMBOL_RE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/u;
const HAN_RE = /\p{Script=Han}/u;

/**
 * A run of short ASCII tokens (`; Z' O, M6 Y8 n& S`, `" s9 D3 C4 i; h8 v`): anti-scraping noise that forums
 * insert between lines. Words of text are longer; four or more tokens of at most three characters with symbols
 * or letter-digit pairs among them are not text.
 */
function isJunkRun(text: string): boolean {
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < 4 || !tokens.every((t) => JUNK_TOKEN_RE.test(t))) return false;
  const marked = tokens.filter((t) => SYMBOL_RE.test(t) || /[A-Za-z]\d|\d[A-Za-z]/u.test(t)).length;
  return marked * 2 >= tokens.length;
}

/** The line without debris at its start and junk at its end (`▲…致辞 ! Q, S$ G" Q) ?- P& u( U0 [`). */
export function cleanLine(line: string): string {
  // `政府办??刘旭东/文??`: two or more ASCII question marks inside Chinese text are a lost space or ideograph.
  // (An HTML page's entities, `&#xe60a;`, and a record's escapes are decoded after the page's own were removed.)
  let out = withoutInvisible(line)
    .replace(DEBRIS_PREFIX_RE, '')
    .replace(/[\s\u00a0\u3000]*\?(?:[\s\u00a0\u3000]*\?)+[\s\u00a0\u3000]*/gu, ' ')
    // `市长钱立新，、副市长孙一帆`: a mirror doubles the list mark; the enumeration comma is the one meant.
    .replace(/[，,]\s*、|、\s*[，,]/gu, '、')
    // `今天╠(2月7日)╣ 上午`: box-drawing characters a converter left around a bracket.
    .replace(/[\u2500-\u257f]/gu, '');
  const junkTail = /(?:\s+[\x21-\x7e]{1,3}){3,}\s*$/u.exec(out);
  if (junkTail && HAN_RE.test(out.slice(0, junkTail.index)) && isJunkRun(junkTail[0])) {
    out = out.slice(0, junkTail.index);
  }
  return out.trim();
}

/**
 * `1月14日，某区举行集中签约仪式。某某 摄`, `签约仪式现场(某某网记者 某某 摄)`: a short line that ends with its
 * photographer's credit is a picture's caption.
 */
const CREDITED_CAPTION_RE = zh(
  new RegExp(
    '^.{4,80}?(?:' +
      [
        '[。\\s]\\s*[\\p{Script=Han}·]{2,8}\\s+(?:摄影?|供图)',
        '[(（][^()（）]{2,24}\\s(?:摄影?|供图)[)）]',
        // `…人气旺。记者某某／摄影`, `…合影。(图/某某县政府提供)`, `…交流。（记者某某摄）`: credits without a space.
        '[。\\s]\\s*(?:\\p{Script=Han}{0,6}?记者)?\\s*[\\p{Script=Han}·]{2,4}\\s*[/／]\\s*(?:摄影?|供图)',
        '[(（](?:图\\s*[/／:：]\\s*)?[^()（）]{2,24}?(?:提供|摄影?|翻摄)[)）]',
      ].join('|') +
      ')$',
    'u',
  ),
);

/** `两位市长在论坛上合影。(图片来源:某某网)`: a sentence and its picture's source, a caption (not an info line). */
const PICTURE_SOURCE_RE = zh(/^.{4,80}?。\s*[(（](?:图片来源|图源|图片|图)\s*[:：／/][^()（）]{1,24}[)）]$/u);

export function isPictureCaption(line: string): boolean {
  return PICTURE_SOURCE_RE.test(line);
}

/** `大会现场`, `签约现场`: a picture's caption alone on a line. */
const SCENE_CAPTION_RE = zh(/^\p{Script=Han}{2,8}现场$/u);

export function isSceneCaption(line: string): boolean {
  return SCENE_CAPTION_RE.test(line);
}

function isCaption(line: string): boolean {
  return (
    isSceneCaption(line) ||
    isBarCaption(line) ||
    isPictureCaption(line) ||
    CREDITED_CAPTION_RE.test(line) ||
    CAPTION_MARK_RE.test(line) ||
    NUMBERED_FIGURE_RE.test(line) ||
    (BRACKET_CAPTION_RE.test(line) && !REPORTER_ROLE_RE.test(line)) ||
    captionText(line) !== undefined
  );
}

/** `编 辑：`, `审  核:`: two-character keys spaced out by the page. */
const SPACED_KEY_RE = /^(\p{Script=Han})[\s\u3000]+(\p{Script=Han})(?=\s*[:：])/u;

export function isPhotoCredit(line: string): boolean {
  return PHOTO_CREDIT_RE.test(line);
}

function isCredit(line: string): boolean {
  if (isPhotoCredit(line) || SHORT_CREDIT_RE.test(line)) return true;
  if (line.length > 120 || /[。！？]$/u.test(line)) return false;
  const keyed = line.replace(SPACED_KEY_RE, '$1$2');
  // A story sentence with its credits in a bracket after it (`…工作。( 撰稿人:A 审稿人:B)`) is the story.
  const inside = !/。./u.test(line) && CREDIT_INSIDE_RE.test(line);
  return CREDIT_RE.test(keyed) || inside || REPORTER_CREDITS_RE.test(line) || CREDIT_PAIRS_RE.test(line);
}

/** The class of one body line (already cleaned). */
export function classifyLine(line: string): LineClass {
  if (!line) return 'junk';
  if (!HAN_RE.test(line) && isJunkRun(line)) return 'junk';
  if (PLACEHOLDER_RE.test(line)) return 'placeholder';
  if (isWidgetLine(line)) return 'chrome';
  if (isCredit(line) || FOOTER_TITLE_RE.test(line) || FOOTER_URL_RE.test(line) || originNote(line))
    return 'credit';
  if (isCaption(line)) return 'caption';
  if (line.length <= 80 && !/[。！？]$/u.test(line) && isInfoText(line)) return 'info';
  return 'body';
}

/** `市委书记某某作重要讲话`, `项目签约仪式现场`: a caption printed without a mark. */
const PLAIN_CAPTION_RE = zh(
  new RegExp(`^[^，。,；;：:！？]{2,40}(?:${CAPTION_ACT}|辞)(?:仪式)?(?:现场)?$`, 'u'),
);
/** `【臺南訊】`, `本报讯`, `某某网讯 `: the dateline that opens a story. */
const DATELINE_OPEN_RE = zh(/^(?:【[^】]{1,10}讯】|[\p{Script=Han}]{1,10}讯(?=[\s(（:：]))/u);

/**
 * A page that prints several stories: a second paragraph opening with a dateline, after a story that opened with
 * one, starts the next story (with the headline line printed above it); the page is the first.
 */
function nextStory(lines: string[], classes: LineClass[]): void {
  const first = classes.indexOf('body');
  if (first < 0 || !DATELINE_OPEN_RE.test(lines[first] ?? '')) return;
  const next = lines.findIndex(
    (line, i) => i > first && classes[i] === 'body' && DATELINE_OPEN_RE.test(line),
  );
  if (next < 0) return;
  const headline =
    next - 1 > first && classes[next - 1] === 'body' && !/[。！？]/u.test(lines[next - 1] ?? '');
  classes.fill('junk', headline ? next - 1 : next);
}

const LINK_ARROW_RE = /^[►▶➤➜»]/u;
const END_MARK_RE = zh(/[(（](?:完|全文完)[)）]$|^完$/u);
const STORY_END_RE = /[。！？!?”」』）)]$/u;

/**
 * Lines left after the story's last sentence: a reporter's credit line is a credit; a run of two or more short
 * lines that name an act (`会议现场`, `市长某某致欢迎辞`), or one among marked captions, are the captions of a picture
 * gallery under the story.
 */
function afterTheStory(lines: string[], classes: LineClass[]): void {
  // A photo story that is one credited caption (`…执勤人员。③2 某某 摄`) is the story.
  if (!lines.some((line, i) => classes[i] === 'body' && /[。！？]$/u.test(line))) {
    lines.forEach((line, i) => {
      if (classes[i] === 'caption' && CREDITED_CAPTION_RE.test(line)) classes[i] = 'body';
    });
  }
  let last = -1;
  lines.forEach((line, i) => {
    if (classes[i] === 'body' && STORY_END_RE.test(line)) last = i;
  });
  if (last < 0) return;
  const tail = lines.map((_, i) => i).filter((i) => i > last && classes[i] === 'body');
  for (const i of tail) if (isReporterCredit(lines[i] ?? '')) classes[i] = 'credit';
  // `►某地水泥車翻覆…`, `▶听播客 #某节目`: arrowed items under the story are links to other pages.
  for (const i of tail) if (LINK_ARROW_RE.test(lines[i] ?? '')) classes[i] = 'chrome';
  const captions = tail.filter((i) => classes[i] === 'body' && PLAIN_CAPTION_RE.test(lines[i] ?? ''));
  // (One such line among the gallery's marked captions is one of them too.)
  const marked = lines.some((_, i) => i > last && classes[i] === 'caption');
  if (captions.length >= 2 || (captions.length === 1 && marked))
    for (const i of captions) classes[i] = 'caption';
}

export interface TidyBody {
  paragraphs: string[];
  images: ArticleImage[];
  /** Reporters named by credit lines (`来源 :区融媒体中心 记者/苏晴 林嘉树`) or an author line after the body. */
  reporters: string[];
  /** Info lines found among or after the paragraphs (`发布时间：…`, `2023-05-17 16:40  樊城融媒`). */
  info: InfoLine[];
  /** `标题：…` and `地址：http…` in a footer. */
  footerTitle: string | null;
  footerUrl: string | null;
}

const AUTHOR_LINE_RE = /^[\p{Script=Han}]{2,4}$/u;

/**
 * Sorts a page's body lines into the story and everything else. An author line (`柏小雯`) is a short Han name
 * alone on a line right before a credit or info line, after the story.
 */
/**
 * `图为某某（左）致辞。（图片来源：某某报） 某某社某地3月9日电…`: a caption and its picture's credit glued before
 * the story's first words; the caption is split off.
 */
const GLUED_CAPTION_RE = zh(
  /^((?:图为|上图|[▲△])[^。()（）]{2,120}(?:[(（][^()（）]{1,8}[)）][^。()（）]{0,60})*。?\s*[(（](?:图片来源|图片|图|摄影|来源)\s*[:：／/][^()（）]{1,30}[)）])\s*(?=\S{8})/u,
);

export function splitGluedCaption(line: string): string[] {
  const caption = GLUED_CAPTION_RE.exec(line)?.[1];
  return caption ? [caption, line.slice(caption.length).trim()] : [line];
}

export function tidyBody(lines: string[]): TidyBody {
  const out: TidyBody = {
    paragraphs: [],
    images: [],
    reporters: [],
    info: [],
    footerTitle: null,
    footerUrl: null,
  };
  const cleaned = lines.map(cleanLine).flatMap(splitGluedCaption);
  const classes = cleaned.map(classifyLine);
  afterTheStory(cleaned, classes);
  // `…了解经营情况。(完)`: the wire's end mark closes the story; what follows is another one.
  const end = cleaned.findIndex((line, i) => classes[i] === 'body' && END_MARK_RE.test(line));
  if (end >= 0) {
    // Another story may follow; the day and credits of this one (`2018年11月23日(星期五)`) are still read.
    for (let i = end + 1; i < classes.length; i++) if (classes[i] === 'body') classes[i] = 'junk';
    if (cleaned[end] === '完') classes[end] = 'chrome';
  }
  nextStory(cleaned, classes);
  // A dated line without an info key is page furniture only after the story (`2023-05-17 16:40  樊城融媒`); inside
  // it, it is text (`2023-10-12 10:00 开放日正式开始`).
  const lastBody = classes.lastIndexOf('body');
  classes.forEach((c, i) => {
    if (c === 'info' && i < lastBody && !hasInfoKey(cleaned[i] ?? '')) classes[i] = 'body';
  });
  cleaned.forEach((line, i) => {
    const footerTitle = FOOTER_TITLE_RE.exec(line);
    const footerUrl = FOOTER_URL_RE.exec(line);
    if (footerTitle?.[1] && i > 0) {
      out.footerTitle ??= footerTitle[1].replace(/^[“"]|[”"]$/gu, '').trim();
      return;
    }
    if (footerUrl?.[1]) {
      out.footerUrl ??= footerUrl[1];
      return;
    }
    switch (classes[i]) {
      case 'body': {
        const next = classes.slice(i + 1).find((c) => c !== 'chrome' && c !== 'junk');
        const afterStory = i > 0 && classes.slice(i + 1).every((c) => c !== 'body');
        if (afterStory && AUTHOR_LINE_RE.test(line) && (next === 'credit' || next === 'info')) {
          out.reporters.push(line);
          return;
        }
        const tail = editorTail(line.replace(TRAILING_PHOTO_CREDIT_RE, ''));
        if (tail.day) out.info.push({ publishedAt: parsePublishedAt(tail.day), source: null, reporters: [] });
        const paragraph = tail.paragraph;
        // `…现场采访。 / 返回 / …` then the whole story again: a page template that prints it twice.
        if (paragraph.length >= 10 && out.paragraphs.includes(paragraph)) return;
        out.paragraphs.push(paragraph);
        return;
      }
      case 'caption':
        out.images.push(
          makeImage(undefined, line.replace(CAPTION_MARK_RE, '').replace(/^[(（]|[)）]$/gu, '')),
        );
        return;
      case 'credit': {
        const origin = originNote(line);
        if (origin) {
          out.info.push(origin);
          return;
        }
        // `(图文:A B)`, `记者:A` closing the story sign it, as a byline opening it does: the line stays text.
        const signed = closingCredit(line, classes.slice(i + 1).includes('body'));
        if (signed) {
          out.reporters.push(...signed.names);
          if (signed.keep) out.paragraphs.push(line);
          return;
        }
        if (SHORT_CREDIT_RE.test(line)) {
          out.reporters.push(...bylineReporters(line));
          return;
        }
        // `来源:开封网 作者:王刚 发布时间:2022-09-21 16:46:24`: a credit line that also dates the page.
        const info = hasInfoKey(line) ? readInfoLine(line) : undefined;
        if (info && (info.publishedAt || info.source)) out.info.push(info);
        const role = line.search(REPORTER_ROLE_RE);
        if (role >= 0 && !PHOTO_CREDIT_RE.test(line))
          out.reporters.push(...bylineReporters(line.slice(role)));
        else if (info) out.reporters.push(...info.reporters);
        return;
      }
      case 'info': {
        const info = readInfoLine(line);
        out.info.push(info);
        out.reporters.push(...info.reporters);
        return;
      }
      default:
        return;
    }
  });
  return out;
}
