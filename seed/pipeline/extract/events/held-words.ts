import {
  alternation,
  BRACKETED_DAY,
  CEREMONY_NOUNS,
  CONGRESS_NOUNS,
  CONGRESS_ORGANS,
  FORUM_NOUNS,
  HOLDING_VERBS,
  MEETING_NOUNS,
} from '../lexicon/events.ts';
import { ACT_ENDING } from './found-event.ts';

/** The words and shapes of happenings told as held (held.ts reads them). */

export const NOUN = alternation([...CEREMONY_NOUNS, ...MEETING_NOUNS, ...FORUM_NOUNS]);
/** The verb's own object: words up to a happening's noun before any stop (举行主席团第M次会议). */
export const HOLDS_ANOTHER = new RegExp(
  `^了?[^。,，;；、\\n]{1,24}?(?:${NOUN})(?![\\u4e00-\\u9fff]{0,2}(?:上|后|前|期间))`,
);
/**
 * When, between the event noun and where it was held: a day, a day word, a part of the day and a clock time, each
 * maybe (签约仪式今天在台州举行, 今天上午, 9日下午3时, 5月8日上午9时30分, 8日(星期五)上午).
 */
const WHEN_WORDS =
  `(?:(?:(?:\\d{1,2}月)?\\d{1,2}日|${BRACKETED_DAY})(?:[(（](?:星期|周)?[一二三四五六日天][)）])?)?` +
  '(?:今天|今日|今晚|昨天|昨日|昨晚|前晚|前日|当天|当日|当晚|日前|近日)?' +
  '(?:上午|下午|晚上|晚间|中午|傍晚|早上|晚)?(?:\\d{1,2}(?:时|点)(?:\\d{1,2}分|半|许)?|\\d{1,2}[:：]\\d{2})?';
/** Attending what is named after (出席第三届…博览会开幕式, 参加了…): the name starts after it. */
export const ATTENDS_IT = /(?:出席|参加|列席)了?/g;
/** An agency's dateline or a byline in brackets opening the sentence (新华社北京9月27日电(记者X), 【记者X/Y报导】): no part of a name. */
export const DATELINE =
  /^(?:[^，,。]{0,16}?\d{1,2}日[电讯](?:[(（][^)）]{0,20}[)）])?|【[^】]{0,30}】|〔[^〕]{0,30}〕|[(（][^()（）]{0,30}(?:報導|报导|報道|报道|訊|讯)[)）])\s*/;
/** Told as over (“…论坛”取得圆满成功, …大会圆满落幕): it was held (not 大会闭幕前, a time in it). */
const CLOSED = '闭幕|圆满落幕|圆满结束|圆满闭幕|取得圆满成功';
/** The congress's own organ's session after 暨 (<congress>暨<N>届<M>次<organ>在…举行): the same congress. */
const OWN_ORGAN = `(?:暨[一二三四五六七八九十\\d]+届[一二三四五六七八九十\\d]+次(?:${alternation(CONGRESS_ORGANS)})(?:会议)?)?`;
/** What a holding verb may open as a noun of its own (会议召开制度, 召开时间): how meetings are held, none held. */
const HOW_HELD = '制度|机制|规则|程序|流程|方式|形式|时间|频次|次数|标准';
export const HELD = new RegExp(
  `(${NOUN})${OWN_ORGAN}[”"」』]?[,，]?${WHEN_WORDS}(?:(?:在|于)([^。,，;\\n]{1,40}?))?(?:隆重|正式|顺利|胜利|同步|同时)?(?:(?:${HOLDING_VERBS})(?!${HOW_HELD})|开幕|启动(?=[。,，;；!！]|$)|(?:${CLOSED})(?![前后时]))`,
  'g',
);
/**
 * What a gathering celebrates, one part of its name however many anniversaries it lists (庆祝<the republic>成立N周年、
 * <region>回归N周年及<the association>成立N周年).
 */
const CELEBRATING = '庆祝[^。,，;；\\n]{2,60}?周年(?:志庆)?';
export const HELD_BEFORE = new RegExp(
  `(?:${HOLDING_VERBS})了?((?:“[^”。\\n]{1,24}”|《[^》。\\n]{2,60}》|${CELEBRATING}|[\\u4e00-\\u9fff]、(?=[\\u4e00-\\u9fff]{1,2}任)|[^。,，;、\\n]){2,30}?)(${NOUN})(?![\\u4e00-\\u9fff]{0,2}(?:上|后|前|期间)|(?:(?!暨)[\\u4e00-\\u9fff]){1,4}(?:仪式|典礼))`,
  'g',
);

/** A congress or fair in whose opening (or course) something is held (第N届X发展大会开幕式举行…): its name and noun. */
export const CONGRESS_HOLDS = new RegExp(
  `^((?:\\d{4}|第[一二三四五六七八九十\\d]+届)[^。,，;；、\\n]{2,24}?(${alternation([...CONGRESS_NOUNS, ...FORUM_NOUNS])}))(?:开幕式|闭幕式|期间|现场)上?$`,
);
/**
 * A ceremony's act alone (举行开工仪式, 举行奠基仪式), or acts joined by 和/及/或 (投产和建设启动, 奠基或竣工投产): one ceremony
 * of them all (暨 joins two happenings, the guide's rule, and is not read here).
 */
const ONE_ACT = `(?:竣工投产|开工奠基|(?:建设|项目)?启动|奠基|${ACT_ENDING.source.slice(1, -2)})`;
export const ACT_ONLY = new RegExp(`^${ONE_ACT}(?:[和及或、]${ONE_ACT})*$`);
/** What a ceremony of an act is held for: a project, a works, a base … (not a time, a count or a clause). */
export const THING =
  /^[^\d,，、与和及]{2,30}(?:项目|工程|基地|园区|产业园|中心|大楼|大厦|厂房|综合体|新城|片区|广场)$/;
/** How a ceremony went, written before its act (举行了隆重的开业庆典, 隆重的开工仪式). */
export const HOW_IT_WENT = /^(?:一场|一次)?(?:隆重|盛大|简短|简朴|热烈|庄重|庄严)的?/;
/** A day or time opening the clause (近日，…; 5月9日上午…). */
export const TOLD_WHEN =
  /^(?:近日|日前|今天|昨天|当天|\d{1,2}月\d{1,2}日|\d{1,2}日)?(?:上午|下午|晚上|晚间|晚)?/;

/** What is done about a session named before it (…会议的有关事项, …的筹备工作): a session only prepared for. */
export const ONLY_PREPARED =
  /^的(?:有关|相关|各项)?(?:事项|事宜|筹备|方案|决定|通知|议程|日程|时间|议题|请示|安排|准备)/;

/** A theme the convener states before the verb (<subdistrict>以“…”为主题，召开…). */
export const THEME = /以“[^”。\n]{1,30}”为主题[,，]?$/;
/**
 * A quoted slogan (long, or with a pause in it) before what is done: no part of the name; `“两优一先”` is, and so are the
 * projects or works done, quoted (“新能源配件项目”集中签约).
 */
export const SLOGAN = /^“(?:[^”]{5,}|[^”]*[,，、 ][^”]*)(?<!项目|工程|基地)”(?=[\u4e00-\u9fff]{2})/;
/** A second meeting joined by 暨 to the one a division convenes (“两优一先”表彰大会暨“…”发布会). */
export const AND_MEETING = new RegExp(
  `^暨([^。,，;；、\\n]{1,30}?)(${alternation([...MEETING_NOUNS, ...FORUM_NOUNS])})`,
);

/**
 * What may stand between an organisation and the verb it holds something with: when (日前, 今(17)晚, 于本月20日,
 * 于12月2日(星期五)) and where (在<venue>, 假<venue> on Hong Kong pages), for whom (为<guests>), then 组织/牵头 (<body>组织召开…:
 * it holds it); the body's other name in brackets may come first (<federation>(总商会)为…举行).
 */
export const BODY_GAP =
  /^(?:[(（][^()（）]{1,8}[)）])?(?:于)?(?:日前|近日|早前|今天|昨天|今日|昨日|今晚|昨晚|前晚|[今昨][(（][\d/]{1,5}[)）]日?|本月(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日|(?:\d{1,2}月|\d{1,2}\/)?\d{1,2}[日号號]|(?:[一二三四五六七八九十]{1,2}月)?[一二三四五六七八九十廿卅]{1,3}日)?(?:[(（](?:星期)?[一二三四五六日天][)）])?(?:上午|下午|晚上|晚间|中午|傍晚|晚)?(?:\d{1,2}[时時点點](?:\d{1,2}分|半|许|許)?)?(?:吉[时時])?(?:(?:在|于|假)[^，,。；;“”「」《》]{1,20})?(?:为[^，,。；;“”「」《》]{1,12})?(?:组织|牵头)?$/;

/** A numbered session after the verb, maybe with the organ holding it (主席团第M次, 第九次). */
export const SESSION =
  /^(?:了)?((?:主席团|常委会|常务委员会|执委会|理事会|监事会|董事会|党组)?第[一二三四五六七八九十百零〇\d]+次(?:全体|常务)?)$/;

/** A day written between an organisation and 举行 (今(30)日上午, 5日, 日前). */
export const OWN_DAY =
  /(?:[今昨][(（]\d{1,2}[)）]日|(?:\d{1,2}月)?\d{1,2}[日号號]|(?:[一二三四五六七八九十]{1,2}月)?[一二三四五六七八九十廿卅]{1,3}日|今天|昨天|今日|昨日|日前|近日)(?:上午|下午|晚上|晚)?$/;
