import { TO_COME_WORDS } from './words.ts';

/**
 * The nouns that name a happening in the text, written once: the extractor's event patterns and kinds are built
 * from these lists.
 */

/** Meetings named `<kind>会` that pages also write `<kind>会议` (调度会议, 推进会议): both forms are meeting nouns. */
const KIND_MEETINGS =
  '座谈 研讨 交流 启动 推进 协商 洽谈 对接 调度 协调 观摩 现场 部署 动员 汇报 分析 恳谈 培训 圆桌 点评 专题 会商 宣讲 报告 ' +
  '总结 听证 评审 论证 通报 学习 讲评 碰头 务虚 誓师 分享 工作';

/**
 * Gatherings an association holds to celebrate (a national day, an anniversary, a new board): 联欢会, 酒会, 晚宴. Kept
 * in the name as meetings are (…暨会员联欢会).
 */
const CELEBRATIONS = '联欢晚会 联欢会 酒会 晚宴 招待会 庆祝会 茶聚 春茗 餐叙'.split(' ');

/** Meetings a body holds (推进会, 调度会, 座谈会), longest first where one ends another (工作座谈会, 座谈会). */
export const MEETING_NOUNS: readonly string[] = [
  ...(
    '成立大会 表彰大会 大会 会议 联席会议 联席会 工作座谈会 座谈交流会 年会 发布会 推介会 例会 见面会 说明会 博览会 展览会 成果展 展销会 会谈 ' +
    '办公会 办公会议 执委会 茶话会 团拜会 茶会 招聘会'
  ).split(' '),
  ...CELEBRATIONS,
  ...KIND_MEETINGS.split(' ').flatMap((kind) => (kind === '工作' ? [] : [`${kind}会`])),
  ...KIND_MEETINGS.split(' ').flatMap((kind) => (kind === '专题' ? [] : [`${kind}会议`])),
];

/** The organs a congress elects, whose session may be held with it (<N>届<M>次<organ>). */
export const CONGRESS_ORGANS: readonly string[] = '执委会 理事会 常委会 监事会'.split(' ');

/** Forums and summits. */
export const FORUM_NOUNS: readonly string[] = '论坛 峰会'.split(' ');

/** Congresses and fairs that hold other happenings at their opening or in their course (第N届X大会开幕式举行…). */
export const CONGRESS_NOUNS: readonly string[] = '大会 博览会 交易会 年会'.split(' ');

/** Ceremonies, and 活动 (a happening only after what was done: 集中开工活动, 主题党日活动). */
export const CEREMONY_NOUNS: readonly string[] = '仪式 典礼 庆典 开幕式 活动'.split(' ');

/** Verbs that hold a happening named after them (举行…仪式, 召开…会议); 办理 is how Taiwan pages write it (办理…说明会). */
export const HOLDING_VERBS = '举行|举办|召开|办理';

/** Verbs of a visit, written once for every visit pattern (compounds are tried first: 走访调研 before 调研). */
export const VISIT_VERBS: readonly string[] = (
  '考察学习 学习考察 考察交流 参观考察 参观视察 参观交流 访问考察 考察访问 参访交流 走访调研 调研走访 调研考察 考察调研 调研视察 调研观摩 观摩调研 调研学习 ' +
  '学习调研 调研交流 参观访问 督查调研 调研督查 实地调研 实地考察 实地督导 实地察看 指导工作 调研 走访 考察 督导 视察 督查 观摩 参访 到访 访问 拜会'
).split(' ');

/** The groups a body or a place sends (X考察团, X代表团, X考察组): who goes, not the going. */
export const DELEGATION_NOUNS: readonly string[] = '考察团 考察组 代表团 访问团 参访团 交流团'.split(' ');

/** Verbs of going somewhere that open a list of where a visit went (深入A、B等, 来到A、B). */
export const GOING_VERBS: readonly string[] = '深入到 深入 来到 前往 到 赴 参观 察看'.split(' ');

/** Acts that pair bodies (A与B结对共建): what a pairing verb or a pair's ceremony does. */
export const PAIRING_ACTS: readonly string[] = '结对共建 结对帮扶 共驻共建 党建联建 联建 结对'.split(' ');

/**
 * Courtesy calls, a visitor calling on a body or a person. The first three take whom is called on (拜会<body><title>
 * <name>), never what a visit was about; 参访, 到访 and 访问 also take a place.
 */
export const CALL_VERBS: readonly string[] = '拜会 拜访 拜见 参访 到访 访问'.split(' ');
export const CALL_ON_WHOM_VERBS: readonly string[] = CALL_VERBS.slice(0, 3);

/** 来 as a verb of going somewhere: not the 来 of 以来, 未来, 近来, 后来, 原来, 本来, 从来, 起来, 出来, nor 来自. */
export const COME = '(?<![以未近后原本从起出])来(?!自)';

/** Alternation of words for a regular expression, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/**
 * A day of the month in brackets after 今, 昨 or 前 (今(7)日, 昨（六）日, 今(7)晚: Taiwan's and Hong Kong's usual way; dates.ts
 * resolves it).
 */
export const BRACKETED_DAY = String.raw`[今昨前][(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）](?:日|(?=晚))`;

/** When, written between the sides of a happening and its verb (A与B11日于…举行, A与B今天签署…). */
export const WHEN_BETWEEN = String.raw`(?:${BRACKETED_DAY}|\d{1,2}日|[(（]\d{1,2}[)）]日|今天|昨天|今日|昨日|日前|近日|当天|上午|下午|晚上)+`;

/**
 * An agreement as the page writes it after the sign verb: a title in marks (1), or bare words (2), which may quote a
 * slogan or a strategy inside (深化“两县联动”文旅产业协作框架协议).
 */
export const AGREEMENT_WRITTEN = String.raw`(?:[《「“]([^》」”\n]{1,36}?(?:协议书?|备忘录|协定|合同|合约|意向书))[》」”]|((?:[^。,，;；、》“”\n]|“[^“”。,，\n]{1,12}”){0,30}?(?:协议书?|备忘录|协定|合同|合约|意向书)))`;

/** The words that may stand between the sides of a signing and its verb: no clause break, no other party, no 的. */
export const SIGN_GAP_CHAR = '[^。；;！？!?\\n,，、与和同的将拟曾《「“]';

/**
 * In those words, what says the signing is not one made then: intended or talked of, only watched (出席并见证), refused
 * or not yet made (未能, 拒绝, 尚未), owed (应当, 须在30日内, 可以), a habit (每年, 定期), background (此前, 多次, 早已).
 */
const NOT_SIGNED_IN_GAP = new RegExp(
  `${TO_COME_WORDS}|有望|希望|愿意|期待|正在|洽谈|商议|讨论|协商|同意|出席|参加|观礼|见证(?!下)|` +
    '未|没|不|拒|尚|无法|可以|可(?=[签续])|能够|应当|应该|应(?!邀)|须|需|要|得以|每|定期|常年|经常|多次|此前|' +
    '早已|早在|早前|已于|以来|[日天月年]内|之前|以前',
);

/** Whether the words between the sides and the sign verb tell a signing made then (a year other than the page's: no). */
export function gapTellsSigning(gap: string, year: number | undefined): boolean {
  if (NOT_SIGNED_IN_GAP.test(gap)) return false;
  const written = /((?:19|20)\d{2})年/.exec(gap)?.[1];
  return written === undefined || year === undefined || Number(written) === year;
}
