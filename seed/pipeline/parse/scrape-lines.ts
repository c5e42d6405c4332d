/** Line classes of page text: chrome (share buttons, counters, editor lines) and footers. */
import { isCommentAreaLine, isPageChrome } from './page-chrome.ts';
import { zh } from './zh-variants.ts';

const SHARE_WORDS = new Set([
  '微博',
  '微信',
  'QQ',
  'QQ空间',
  '朋友圈',
  '分享',
  '分享到',
  '豆瓣',
  '人人网',
  '打印',
  '收藏',
  '关闭',
  '关闭窗口',
  '复制链接',
  '扫一扫',
  '字号',
  '大',
  '中',
  '小',
  '默认',
  '返回顶部',
  '返回',
  '手机看',
  '纠错',
  '打印本页',
  // `分享 打印此页|关闭窗口 扫码浏览`, `【打印本文】【关闭本页】`: a portal's page tools.
  '打印此页',
  '打印本文',
  '打印文章',
  '打印页面',
  '关闭本页',
  '关闭页面',
  '扫码浏览',
  '扫码阅读',
  '手机浏览',
  '手机阅读',
  '保存本页',
  '我要打印',
  '字体',
  '推荐',
  '评论',
  '我要评论',
  '加入收藏',
  '举报',
  '放大',
  '缩小',
  '返回首页',
  '分享至',
  '转发',
  '微信好友',
  '新浪微博',
  '腾讯微博',
  '豆瓣网',
  // Traditional pages print the same buttons.
  '字號',
  '列印',
  '關閉',
  '關閉視窗',
  '列印本頁',
  '列印此頁',
  '友善列印',
  '返回頂部',
]);
/** Words of like/read/comment counters, which come with numbers: `点赞 2316　收藏　分享`. */
const COUNTER_WORDS = new Set([
  '点赞',
  '赞',
  '阅读',
  '浏览',
  '评论',
  '收藏',
  '分享',
  '转发',
  '在看',
  '喜欢',
  '举报',
  '次阅读',
]);

/** Page-interface words that are never a person's name (a byline's `作者：` may be followed by a `分享` link). */
export function isInterfaceWord(word: string): boolean {
  return SHARE_WORDS.has(word) || COUNTER_WORDS.has(word);
}

const COUNTER_RES = [
  /^(?:点赞|赞|收藏|评论|阅读|浏览|分享)\s*[(（[]?\s*\d*\s*[)）\]]?$/u,
  /^\d*\s*(?:次阅读|次浏览|人阅读|人浏览)$/u,
  /^(?:阅读|浏览|点击)(?:量|数|次数)?\s*[:：]?\s*\d+\s*次?$/u,
].map(zh);
const EDITOR_RE = zh(/^[(（【[]?\s*(?:责任编辑|责编|编辑|审核|校对|监制|终审|值班编辑)\s*[:：]/u);
const FOOTER_RE = zh(
  /版权所有|版权声明|Copyright|©|ICP[备证]|公网安备|违法和不良信息举报|关于我们|联系我们|网站地图|网站简介|网站团队|免责声明|广告服务|友情链接|主办单位|承办单位|指导单位|建设单位|技术支持|运维单位|网站标识码|Produced By|Powered By/iu,
);
const SENTENCE_PUNCT_RE = /[。，；！？,;!?]|\.(?:\s|$)/u;

/** `微博 微信`, `分享到：`, `【字号：大 中 小】`, … */
function isShareLine(line: string): boolean {
  const words = line
    .replace(/[【】[\]()（）|｜:：/]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  const isChrome = (word: string) => isInterfaceWord(word) || /^\d+[万千]?\+?$/u.test(word);
  return words.some((word) => isInterfaceWord(word)) && words.every(isChrome);
}

function isCounterLine(line: string): boolean {
  return COUNTER_RES.some((re) => re.test(line));
}

function isEditorLine(line: string): boolean {
  return EDITOR_RE.test(line);
}

/** `扫描二维码访问某某网移动版`: a QR code's prompt, on its own line or around the headline. */
export const QR_PROMPT = '(?:扫描|扫)二维码(?:访问|关注|下载|阅读)\\S{0,16}';

/** Widgets, prompts and navigation that a page prints as lines of their own. */
const WIDGET_RE = zh(
  new RegExp(
    [
      '^[【\\[(（]?\\s*点击(?:查看|阅读|进入|浏览|蓝字|上方|关注)',
      '^(?:长按|识别)?(?:二维码)?\\s*关注我们$',
      '^(?:阅读原文|打开APP|下载APP|打开客户端|下载客户端|喜欢此内容的人还喜欢|热门推荐|热点推荐|栏目热点|全站热点)$',
      '^已有\\d+人参与',
      '(?:扫一扫|扫码)在手机(?:上)?(?:打开|阅读|查看)',
      '^请输入验证码$',
      // An image's hash left as its description: `说明: D06947541B0D8A52B4EAB37006B64989`; `栏目更新`, `栏目热门`.
      '^(?:说明\\s*[:：]\\s*)?[A-Fa-f0-9]{16,}$',
      // `發表日期 None`: a template's field printed with its program's empty value.
      '^[^\\s:：]{2,8}\\s*[:：]?\\s*(?:None|null|undefined|NaN)$',
      // `9c03e7a1d52f8`: a template's record id, hex letters and digits, alone on a line.
      '^(?=[a-f]*\\d)(?=\\d*[a-f])[a-f0-9]{10,}$',
      // A bare address alone on a line (the page's own, printed under the story).
      '^https?://\\S+$',
      // `扫一扫，关注某某网《某栏目》公众号`: a follow prompt.
      '^扫一扫\\s*[,，]?\\s*关注',
      '^栏目(?:更新|热门|推荐)$',
      // Hong Kong press releases: `跳至主要内容`, `即日新闻`, `香港时间14时30分` under the day.
      '^(?:跳至主要内容|跳到主要内容|即日新闻|新闻公报|跳过导航|跳转到页面顶部|返回页面顶部|已复制连结|已复制链接|Loading)$',
      // Macau's government pages: `显示模式: 网格 列表`, `订阅新闻局Telegram政府新闻频道:…`, `… 官方微信`, `微信订阅号:`.
      '^显示模式\\s*[:：]',
      // Carousels and search boxes of news portals: `Previous slide`, `Close this search box.`, `搜尋`, `熱門`.
      '^(?:Previous slide|Next slide|Close this search box\\.?|Search|搜索|搜寻|热门)$',
      // QR prompts: `扫描二维码访问中评网移动版`.
      `^${QR_PROMPT}$`,
      // A calendar widget's weekday row (`日 | 一 | 二 | 三 | 四 | 五 | 六 |`); a forum's pager (`页:`, `[1]`).
      '^(?:[日一二三四五六]\\s*[|｜]?\\s*){7}$',
      '^页\\s*[:：]$',
      '^\\[\\d{1,3}\\](?:\\s*\\[\\d{1,3}\\])*$',
      // `本文为某某站原创文章,转载请附上原文出处链接和本声明。`
      '^本文(?:为|系).{0,20}原创',
      '转载请(?:注明|附上|联系|保留)',
      // Hong Kong government pages: `回到页首`, `border image`, `Jump to the beginning of content`.
      '^(?:回到页首|回到顶部|返回页首|border image|(?:Jump|Skip) to (?:the beginning of )?(?:main )?content)$',
      // A metadata key whose value the page left empty: `• 有效性:`, `来源:` alone on its line.
      '^[•●◆◇■▪]?\\s*(?:来源|信息来源|发文机构|发布机构|发文日期|发布日期|成文日期|发文字号|主题分类|有效性|内容概述|索引号)\\s*[:：]$',
      '^订阅.{0,24}(?:频道|Telegram|公众号|订阅号)',
      '(?:Facebook|官方微信|官方微博|Instagram|YouTube)$',
      '^(?:微信|微博)?订阅号\\s*[:：]',
      '^香港时间\\s*\\d{1,2}\\s*时\\s*\\d{1,2}\\s*分$',
      // Open-government metadata: `索引号: … 组配分类: …`, `文号:`, `内容概述:`; portal account bars.
      '^(?:索引号|组配分类|信息分类|主题分类|体裁分类|文号|发文字号|有效性|内容概述|名称|关键词|浏览次数|废止时间|生效时间)\\s*[:：]',
      '^登录\\s*/\\s*注册',
      // A site's consent notices: the site's own words, its privacy and what the reader is to do (`本站…隐私…同意`,
      // `请同意本站的隐私条款…`); a story's sentence about privacy is none.
      '^(?:本网站|本站).{0,40}隐私.{0,40}(?:同意|继续浏览|Cookie|关闭)',
      '^请(?:先)?同意(?:本站|本网站|我们)的?隐私',
      // A language prompt (`Your browser does not appear to support…`, `こちらのページは…`): no Han text of the story.
      '^Your browser does not (?:appear to )?support',
      '^[\\p{Script=Hiragana}\\p{Script=Katakana}].*[\\p{Script=Hiragana}\\p{Script=Katakana}]{4}',
      // A row of keys whose values are empty: `信息来源: 关键词:`.
      '^(?:[^\\s:：]{1,6}\\s*[:：]\\s*){2,}$',
      '支持IPV6$',
      // Pagination: `共 120 条 首页 上一页 1 2 3 下一页 尾页`.
      '(?:上一页|下一页)(?:\\s+\\d+)*\\s*(?:下一页|尾页|末页)?$',
      '^共\\s*\\d+\\s*(?:条|页|篇)',
      // WeChat copies: `预览时标签不可点`, `继续滑动看下一个`, `轻触阅读原文`, `微信扫一扫关注该公众号`, `知道了`.
      '^(?:预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|知道了|取消\\s*允许|使用小程序|关注该公众号)$',
      '^微信扫一扫(?:关注该公众号|使用小程序|可打开此内容)?',
      '轻点两下取消(?:赞|在看)',
      '^(?:分享|留言|收藏|在看|赞)(?:\\s+(?:分享|留言|收藏|在看|赞))+$',
      // `内容详情` over an e-paper story, `留言与评论(共有 0 条评论)`, a telephone number alone on a line.
      '^(?:内容详情|文章详情|新闻详情|详细内容|正文)$',
      '^(?:留言与评论|网友评论|评论)\\s*[(（]共有?\\s*\\d+\\s*条',
      '^(?!.*\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2})[\\d\\s\\-+()（）]{7,}$',
      // `欢迎您的光临! 今天是 |`, `Next Article`, `喜欢就按个赞吧!!!`, `点击关闭提示`.
      '^(?:欢迎|歡迎)(?:您|你)?的?(?:光临|光臨|访问|訪問)',
      '^今天是\\s*[|｜:：]?$',
      // A portal's weather bar: `天气:`, `29日 多云转晴 35-27℃;30日 多云 36-27℃;…`; `加入收藏设为首页`.
      '^天气\\s*[:：]?$',
      '^[^，。]*(?:晴|云|雨|雪|阴)\\s*-?\\d+\\s*[-~～至]\\s*-?\\d+\\s*℃[^，。]*(?:晴|云|雨|雪|阴)\\s*-?\\d+\\s*[-~～至]\\s*-?\\d+\\s*℃',
      '^(?:加入收藏|设为首页|\\s)+$',
      '^(?:Next|Previous|Prev)\\s+(?:Article|Post|Page)$',
      '按个赞',
      '^点击关闭',
      // `微信里点“发现”，扫一下 / 二维码便可将本文分享至朋友圈。`: the share prompt under a portal's info line.
      '^微信里?(?:点|扫)',
      '(?:分享|发送)(?:至|到)(?:朋友圈|微信)。?$',
      // A camera file name left where the picture was: `IMG_3047`, `DSC01234`.
      '^(?:IMG|DSC|DSCN|DJI|P)_?\\d{3,}$',
      '^本篇文章\\d+字[,，]?读完约\\d+分钟$',
      '^本帖最后由.{1,20}编辑$',
      '^(?:回复|收藏|分享|举报|点赞)(?:\\s+(?:回复|收藏|分享|举报|点赞|\\d+))+$',
      '^(?:关键词|关键字|标签|Tags?)\\s*[:：]',
      '^摘要\\s*[:：]',
      '^[\\[\\]【】]$',
      // Lines of bars and punctuation only (`|||`, `...`), and markdown images a converter left (`![]() |`).
      '^[^\\p{L}\\p{N}]+$',
      '^!\\[[^\\]]*\\]\\([^)]*\\)[\\s|｜]*$',
      '^(?:ad|AD)\\d*[_\\w*]*$',
      // `字体大小:【    】`, `字号：【大 中 小】`: a font switcher whose buttons the crawler lost.
      '^[【\\[]?\\s*(?:字体|字号|文字)(?:大小)?\\s*[:：]?[\\s【】\\[\\]()（）大中小默认标准|｜TAa+＋-]*$',
      // Forum and portal accounts: `找回密码`, `QQ登录`, `跳转到指定楼层`, `查看: 2019|回复: 0`, `打印 上一主题 下一主题`.
      '^(?:找回密码|忘记密码|注册|立即注册|登录|QQ登录|微信登录|快速登录|只需一步[,，]?快速开始|搜索|跳转到指定楼层|只看该作者|倒序浏览|阅读模式|楼主|沙发|板凳|使用道具)$',
      // A forum poster's card: `主题` / `回帖` / `积分` under their counts, the poster's rank, its buttons.
      '^(?:主题|回帖|帖子|积分|精华|金钱|威望|贡献|在线时间|管理员|超级版主|版主|注册会员|中级会员|高级会员|新手上路|发消息|加好友|打招呼|串个门)$',
      '^查看\\s*[:：]\\s*\\d+\\s*[|｜]\\s*回复\\s*[:：]\\s*\\d+$',
      '^(?:打印\\s+)?上一主题\\s+下一主题$',
      // Comment forms: `我要留言:`, `昵 称:`, `留 言:`, `验证码`, `查看`.
      '^(?:我要留言|发表评论|网友评论|我要评论|昵\\s*称|留\\s*言|评\\s*论|验证码|用户名|匿名发表|查看|提交|重置)\\s*[:：]?$',
      // App and account prompts: `+ 订阅`, `+1`, `您已点过`, `订阅后可查看全文(剩余80%)`, `还没看够?打开南方+看看吧`.
      '^\\+\\d+$',
      '^(?:您已点过|立即打开|立即下载|查看全文|展开全文|继续阅读|收起全文)$',
      '^订阅后可查看全文',
      // `更多精彩资讯请在应用市场下载“某某网”客户端。欢迎提供新闻线索…`, `打开某某新闻 查看精彩图片`.
      '^更多精彩(?:内容|资讯|新闻|视频|报道)',
      '查看精彩图片$',
      '^还没看够',
      '打开.{1,10}(?:看看吧|阅读全文|查看全文|看评论|参与评论|APP|客户端)$',
      // `某某市融媒体中心出品`: the producer's sign under the story.
      '^[^，。,]{2,16}出品$',
      // An e-paper's page header without its date (`第A05版:要闻 PDF版`, `第02版:要 闻`).
      '^第\\s*[A-Z]?\\d{1,3}\\s*版\\s*(?:[:：]\\s*[^。，]{0,12})?$',
      // Template debris: an e-paper's property line (`… content_17615.html 1 3 标题 /enpproperty-->`), comment ends.
      'enpproperty|-->\\s*$',
      // `字体大小: 字体大小`, `字级：小 中 大`: a font switcher's label, its buttons read as its own words.
      '^(?:字型|字级|字体|字号)(?:大小)?\\s*[:：]\\s*(?:(?:字型|字级|字体|字号)(?:大小)?|[大中小\\s]+)$',
      // `返回列表页`, `回上一页`: back to the list.
      '^(?:返回|回)(?:列表|上一?页|上层|目录)页?$',
      // A heading printed one character to a line (`往` / `期` / `推` / `荐`): a Han character alone (not the wire's
      // end mark `完`, which ends the story).
      '^(?![完終终])\\p{Script=Han}$',
      // A WeChat copy's notice that tipping was switched off (`…赞赏功能被关闭…`).
      '赞赏功能被关闭',
      // `相关档案:`, `相关附件:` with nothing after; `地点:aa`: a template's placeholder value.
      '^(?:相关档案|相关附件|附件|地点|联系人|联络人)\\s*[:：]\\s*(?:[A-Za-z]{1,3})?$',
      // `title 某某`: a template's field name left before its value.
      '^title\\s+\\S',
      // Disclaimers: `声明:转载此文是出于传递更多信息之目的…`, `免责声明:本文由…发布`.
      '^[【\\[]?(?:免责声明|特别声明|郑重声明|版权声明|声明)\\s*[:：】\\]]',
    ].join('|'),
    'u',
  ),
);
/** Breadcrumbs: `当前位置：首页 > …`, `首页 > 新闻中心 > 政务要闻 |`, `热门资讯> 正文`, `X » Y » Z`. */
const BREADCRUMB_LEAD_RE = zh(/^(?:当前位置|您的位置|您当前的位置|所在位置|现在的位置)\s*[:：]/u);
const CRUMB_SEPARATOR_RE = /\s*(?:>>|>|›|»|→)\s*/gu;
const CRUMB_END_RE = zh(/^(?:正文|内容|详情|正文阅读|详细内容)$/u);

export function isBreadcrumb(line: string): boolean {
  if (BREADCRUMB_LEAD_RE.test(line)) return true;
  // `当前位置:首页` / `>要闻动态>政务要闻`: the trail went on on the next line.
  if (/^(?:>>|>|›|»)\s*\S{1,12}(?:\s*(?:>>|>|›|»)\s*\S{1,12})+\s*$/u.test(line)) return true;
  // `首頁 地方`, `Home 時事新聞 标题`: a trail printed with spaces, opening on the home page.
  if (/^(?:首页|首頁|Home)(?:\s+\S{1,24}){1,3}$/u.test(line)) return true;
  // `首页 / 工作动态 / 部门信息`: a trail printed with slashes, opening on the home page.
  if (/^(?:首页|首頁|Home)(?:\s*[/／]\s*[^\s/／]{1,24}){1,4}$/u.test(line)) return true;
  const parts = line
    .replace(/[|｜]\s*$/u, '')
    .split(CRUMB_SEPARATOR_RE)
    .filter(Boolean);
  if (parts.length < 2 || parts.some((p) => p.length > 24)) return false;
  return parts.length >= 3 || CRUMB_END_RE.test(parts.at(-1) ?? '') || /^首页|首頁/u.test(parts[0] ?? '');
}

const FOLLOW_RE = zh(/^\+?\s*(?:订阅|关注|已订阅|已关注)$/u);

/** `+ 订阅`, `关注`: the follow button under the name of the account that posted the page. */
export function isFollowButton(line: string): boolean {
  return FOLLOW_RE.test(line);
}

/** Widgets, prompts and breadcrumbs (`点击查看更多>>`, `打开APP`, `首页 > 新闻中心 > 正文`). */
export function isWidgetLine(line: string): boolean {
  return (
    WIDGET_RE.test(line) ||
    isBreadcrumb(line) ||
    isFollowButton(line) ||
    isPageChrome(line) ||
    isCommentAreaLine(line)
  );
}

/** `甘肃日报`, `江城晚报`: an outlet's name alone, the masthead above an e-paper's page, never its headline. */
const MASTHEAD_RE = /^\p{Script=Han}{2,6}(?:日报|晚报|早报|时报|商报|报|新闻网|电视台)$/u;

export function isMasthead(line: string): boolean {
  return MASTHEAD_RE.test(line);
}

/** Chrome that never belongs to the body or to a link list. */
export function isChromeLine(line: string): boolean {
  return isShareLine(line) || isCounterLine(line) || isEditorLine(line) || isWidgetLine(line);
}

/**
 * The page footer: copyright and ICP lines, or a long run of names separated by spaces with no sentence
 * punctuation (partner sites, companies), such as the seed's `国务院国有资产管理委员会 中国企业联合会 …`.
 */
export function isFooterLine(line: string): boolean {
  if (FOOTER_RE.test(line) && line.length <= 150 && !/[。！？]$/u.test(line)) return true;
  const words = line.split(/[\s\u3000]+/u).filter(Boolean);
  // Names of partner sites and companies; a run of ASCII debris (`) T6 \`& H2 h3 W4 |# ]`) is no footer.
  const named = words.filter((w) => /\p{Script=Han}|[A-Za-z]{3}/u.test(w)).length;
  return words.length >= 8 && named * 2 >= words.length && !SENTENCE_PUNCT_RE.test(line);
}

/** `主辦單位:中共某某市委組織部 承辦:…`: the site's owners, which some portals print above the story too. */
const SITE_OWNER_RE = zh(/^(?:主办|承办|协办|指导|主管)(?:单位)?\s*[:：]/u);

export function isSiteOwnerLine(line: string): boolean {
  return SITE_OWNER_RE.test(line);
}

/** `第A04版:澳聞`, `2023年03月08日　第A03版：要闻`: an e-paper's page header; its headline comes after it. */
export function isEditionHeader(line: string): boolean {
  return line.length <= 40 && /第\s*[A-Z]?\d{1,3}\s*版/u.test(line);
}
