/**
 * Classes of page chrome learned from many sites' pages (sixteenth session), each written for the class rather than
 * one page's words: comment areas, runs of social-network names, menus of bulleted section names, search boxes,
 * reprint and copyright notices, app prompts, pagers, video players, image widgets, logo alt texts and spam lines
 * that end with a bare link. None of them is ever a headline or a paragraph of the story.
 */
import { findDate, WEEKDAY } from './dates.ts';
import { zh } from './zh-variants.ts';

/**
 * A comment area under the story: its heading, counter or empty-state prompt, or the site's disclaimer over
 * readers' comments. Everything after it is comments or the site's lists, never the story.
 */
const COMMENT_AREA_RE = zh(
  new RegExp(
    [
      '^(?:评论一下|发表评论|网友评论|最热评论|最新评论|热门评论|全部评论|精彩评论|读者回响|读者迴响|网友留言)\\s*[:：]?$',
      '^(?:已有)?\\s*\\d+\\s*(?:人参与|条评论)(?:[,，、\\s]*\\d+\\s*条评论)?$',
      '^评论\\s*\\d+\\s*人参与',
      '^(?:还没有|暂无|目前没有)(?:评论|留言)',
      '快来抢沙发',
      '^(?:来说两句吧|我来说两句|说两句吧)[。.…!！]*$',
      // `网友个人意见，不代表本站立场…`, `评论仅代表网友个人观点…`: the disclaimer over readers' comments.
      '^(?:网友|读者)(?:个人)?(?:意见|评论|留言)[,，]?\\s*(?:仅代表|不代表)',
      '^(?:评论|留言)仅(?:代表|供)',
    ].join('|'),
    'u',
  ),
);

export function isCommentAreaLine(line: string): boolean {
  return COMMENT_AREA_RE.test(line);
}

/** Share buttons printed as names of social networks, glued (`LINEFacebookTelegram`) or spaced. */
const SOCIAL =
  'Facebook|FB|LINE|Line|WhatsApp|Whatsapp|Twitter|Telegram|Plurk|Messenger|Threads|Instagram|YouTube|LinkedIn|' +
  'Reddit|Pinterest|Email|E-mail|Weibo|WeChat|QQ空间|QQ|微信|微博|噗浪|复制链接|复制连结|分享到?|加入Line好友';
const SOCIAL_RUN_RE = zh(new RegExp(`^(?:(?:${SOCIAL})[\\s|｜/·・,，、:：]*)+$`, 'iu'));
/** `加入Line好友`, `追蹤IG`: a follow prompt for one network. */
const FOLLOW_NETWORK_RE = zh(
  /^(?:加入|追踪|关注|订阅)\s*(?:LINE|Line|Facebook|FB|IG|Instagram|YouTube|Telegram)\s*(?:好友|粉丝团|粉丝专页|频道)?$/u,
);

/** `A A`, `A+ A-`, `字級 A A A`: a font-size switcher. */
const FONT_SIZE_RE = zh(
  /^(?:(?:字级|字体|字号|字型)(?:大小)?(?:转换|调整|设定|设置)?\s*[:：]?)?\s*(?:[AaＡａ][+＋\-－]?\s*){2,3}(?:\s*(?:繁体中文|简体中文|繁體|简体|English|Português|EN|[|｜]))*$/u,
);

/** A search box's empty state and its link: `沒有結果`, `查看所有結果`. */
const SEARCH_BOX_RE = zh(
  /^(?:没有结果|查无结果|无搜索结果|查看所有结果|查看全部结果|查看更多结果|搜索结果)$/u,
);

/** `本站稿件版权归某某所有，未经授权不得转载`, `…不代表本站观点`: reprint notices. */
const REPRINT_RE = zh(
  new RegExp(
    [
      '版权(?:归|属于?)[^。！？]{1,40}所有',
      '未经[^。！？]{0,8}(?:授权|许可|同意)[^。！？]{0,8}(?:不得|禁止|谢绝|严禁|请勿)',
      '^(?:不得|谢绝|禁止|严禁|请勿)(?:任何形式)?转载',
      '不代表本(?:站|网|网站|报|台)(?:的)?(?:立场|观点)',
      '^本(?:网站|网|站)所?(?:刊载|发布|转载)的?(?:信息|内容|文章|稿件)?[,，]?\\s*不代表',
      '^刊用本(?:网站|网|站)稿件',
    ].join('|'),
    'u',
  ),
);
const REPRINT_MAX = 120;

/** `下载某某app,阅读体验更佳`, `取消 下载`: an app prompt and its buttons. */
const APP_PROMPT_RE = zh(
  /^(?:下载|打开|安装)\S{0,16}?(?:APP|App|app|客户端)(?:[,，]?\s*\S{0,12})?$|阅读体验更佳$|^取消\s*(?:下载|打开)$/u,
);

/** `本新闻共3页,当前在第1页`, `本期共8版, 当前第2版`: a pager. */
const PAGER_RE = zh(/^本(?:新闻|文|篇|文章|页|期)?共\s*\d+\s*[页版]|当前(?:在)?第\s*\d+\s*[页版]/u);

/** `Loading the player ...`, `Video Player is loading.`, `Current Time 0:00`: a video player's text. */
const PLAYER_RE =
  /^(?:Loading(?: the player)?|Video Player is loading|Current Time|Duration|Remaining Time|Stream Type|Loaded)\b[\s\d:.%\-…]*(?:LIVE)?\s*$/iu;

/** `放大圖片`, `点击查看大图`: an image widget's button printed where the picture was. */
const IMAGE_WIDGET_RE = zh(
  /^(?:点击)?(?:放大图片|图片放大|查看大图|看大图|查看原图|放大|缩小)$|^点击(?:图片)?放大$/u,
);

/** `某某新聞網(Logo-image) 某某新聞網(Logo-text)`: a logo's alt text. */
const LOGO_RE = /^(?:\S{0,24}\s*[(（]\s*logo(?:[-_\s]?(?:image|img|text|link))?\s*[)）]\s*)+$|^logo$/iu;

/**
 * `某某交流群 http://…`: a few words and a bare link, the spam a forum or mirror inserts. A footer's keyed link
 * (`地址：http…`, `原文链接 http…`) is read for the page's URL instead.
 */
const SPAM_LINK_RE = zh(
  /^(?!(?:地址|链接|网址|本文链接|原文链接|原文|来源|出处|网页))[^。，,；;:：]{2,30}\s+https?:\/\/\S+$/u,
);

/** Disclosure and tree widgets of comment and category lists: `發表者 樹狀展開`, `展開 | 闔起`. */
const FOLD_WIDGET_RE = zh(
  /^(?:发表者\s+)?树状展开$|^展开\s*[|｜]\s*(?:合起|阖起|收起)$|^(?:表情|加载中[。.…]*)$/u,
);
/**
 * Prompts and leftovers of the page's machinery: `請繼續往下閱讀...`, `…點我下載APP…`, browser advice, a server's
 * PHP notices, a blog's filing line, a player's progress, gallery buttons, skip links, a report button, read and
 * share counters, a keyword heading and a bare domain name (an advert's).
 */
const MACHINERY_RE = zh(
  new RegExp(
    [
      '^(?:请)?继续(?:往下)?阅读[.…。]*$',
      '(?:点我|点此|按我)\\s*下载\\s*(?:APP|App|app|客户端)',
      '(?:最佳浏览效果|建议使用).{0,30}(?:Chrome|Firefox|Edge|Safari|浏览器)',
      '^请(?:使用|用)\\s*(?:Internet Explorer|IE|Chrome|Firefox|Edge|Safari)?.{0,20}浏览器.{0,30}(?:分辨率|解像度|浏览)',
      '^(?:Notice|Warning|Deprecated|Fatal error|Parse error)\\s*[:：].*(?:on line \\d+|\\.php)',
      '^本(?:篇|文)(?:发表|发布)于.{0,20}(?:标签|分类)',
      '^\\d{1,2}:\\d{2}\\s*/\\s*\\d{1,2}:\\d{2}$',
      '^(?:视频)?加载中[.…。]*$',
      '^点击(?:播放|观看)(?:视频)?$',
      '^(?:上一张|下一张|上一页|下一页|返回列表|返回目录)(?:\\s+(?:上一张|下一张|上一页|下一页|返回列表|返回目录))*$',
      '^(?:移至|跳到|跳至)主?要?内容(?:区块|区|区域)?$',
      '^(?:检举|举报|检举此文|回报错误|我要检举)$',
      '^[\\d,]+\\s*次(?:浏览|阅读|观看|分享)(?:\\s*[・·|｜,，]\\s*[\\d,]+\\s*[次则条](?:浏览|阅读|分享|留言|评论))*$',
      '^(?:点阅|点阅率|人气|点击率)\\s*[:：]\\s*[\\d,]+\\s*次?$',
      '^(?:新闻)?(?:关键字|关键词|标签)$',
      // A column label alone over the headline: `快訊`, `最新消息:`.
      '^(?:快讯|即时新闻|最新消息|最新新闻|独家|头条|热门新闻|热闻|热点新闻|热点)\\s*[:：]?$',
      '^更多\\S{0,8}请(?:搜寻|搜索|关注|下载)',
      '^(?:www\\.)?[A-Za-z0-9-]+\\.(?:com|net|org|cn|tw|hk|mo)(?:\\.(?:cn|tw|hk))?$',
    ].join('|'),
    'u',
  ),
);

/** `TOP`, `↑返回顶部↑`, `回到最上`: a back-to-top button. */
const TO_TOP_RE = zh(
  /^[↑▲△^]?\s*(?:TOP|GO\s*TOP|BACK\s*TO\s*TOP|返回顶部|回到顶部|回到最上|回顶部)\s*[↑▲△^]?$/iu,
);

export function isPageChrome(line: string): boolean {
  return (
    isWeekdayOrClock(line) ||
    SOCIAL_RUN_RE.test(line) ||
    FONT_SIZE_RE.test(line) ||
    SEARCH_BOX_RE.test(line) ||
    (line.length <= REPRINT_MAX && REPRINT_RE.test(line)) ||
    APP_PROMPT_RE.test(line) ||
    PAGER_RE.test(line) ||
    PLAYER_RE.test(line) ||
    IMAGE_WIDGET_RE.test(line) ||
    LOGO_RE.test(line) ||
    SPAM_LINK_RE.test(line) ||
    FOLD_WIDGET_RE.test(line) ||
    TO_TOP_RE.test(line) ||
    FOLLOW_NETWORK_RE.test(line) ||
    MACHINERY_RE.test(line)
  );
}

const MENU_BULLET_RE = /^[•·●▪◦‧∙・]\s*(\S.*)$/u;
const MENU_ITEM_MAX = 8;
const MENU_RUN = 3;

/**
 * `• 要闻 / • 民生 / • 文旅 / …`: a site's menu, a bulleted section name a line, three or more in a row (a story's
 * bulleted points are sentences, or fewer). The runs are dropped before the head is looked for.
 */
export function withoutBulletMenus(lines: string[]): string[] {
  const name = (line: string) => MENU_BULLET_RE.exec(line)?.[1] ?? '';
  const item = (line: string) => {
    const text = name(line);
    return text.length > 0 && text.length <= MENU_ITEM_MAX && !/[。，,；;:：！？]/u.test(text);
  };
  // `• 2023-08-31 08:23 某某新闻 / • 作者 / • 栏目`: a bulleted info line in the run keeps its line, not its neighbours.
  const dated = (line: string) => name(line).length <= 40 && findDate(name(line)) !== undefined;
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && (item(lines[j] ?? '') || dated(lines[j] ?? ''))) j++;
    if (j - i >= MENU_RUN) for (let k = i; k < j; k++) if (!dated(lines[k] ?? '')) drop.add(k);
    i = j > i ? j : i + 1;
  }
  return drop.size === 0 ? lines : lines.filter((_, i) => !drop.has(i));
}

/** `Wednesday`, `星期四`, `19:41`: a weekday or a clock alone on its line, the site's clock. */
const WEEKDAY_OR_CLOCK_RE = zh(
  new RegExp(`^[(（]?(?:${WEEKDAY})[)）]?$|^\\d{1,2}:\\d{2}(?::\\d{2})?$`, 'iu'),
);
const WEEKDAY_RE = zh(new RegExp(WEEKDAY, 'iu'));

function isWeekdayOrClock(line: string): boolean {
  return WEEKDAY_OR_CLOCK_RE.test(line);
}

/** The line with nothing but one date, maybe a time, maybe a weekday. */
function onlyDate(line: string): boolean {
  const date = findDate(line);
  if (!date) return false;
  const rest = (line.slice(0, date.index) + line.slice(date.end))
    .replace(new RegExp(WEEKDAY_RE.source, 'giu'), '')
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/gu, '');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * `2025年3月4日 星期二`, `2025/09/03` over `Wednesday`: the site's clock above the headline (today's date and
 * weekday, the day of the crawl), not the day the story was published. A line with a source or other words is an
 * info line, not a clock.
 */
export function isClockBar(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (!onlyDate(line)) return false;
  return WEEKDAY_RE.test(line) || isWeekdayOrClock(lines[i + 1] ?? '');
}
