/**
 * The endings that make a name an organisation or a named area (有限公司, 党委, 联盟, 园区, 发展带), with the
 * entity type and kind they give. A division's own bodies (区委, 区科委, 普陀区政府, 镇党委) are read by
 * ./bodies.ts, not by suffix.
 */
import type { KINDS } from '../../../../contract/model.ts';

export interface NameSuffix {
  suffix: string;
  type: 'Organization' | 'Place';
  kind: string;
}

// Only the graph's own kinds (contract/model.ts): an annotation with another kind is refused by its schema.
const org = (kind: (typeof KINDS)['Organization'][number], list: string[]): NameSuffix[] =>
  list.map((suffix) => ({ suffix, type: 'Organization', kind }));
const place = (kind: (typeof KINDS)['Place'][number], list: string[]): NameSuffix[] =>
  list.map((suffix) => ({ suffix, type: 'Place', kind }));

/**
 * Endings of societies (fellowships, liaison, hometown, alumni and federated societies, <region>同乡总会): their names
 * end so, their short forms keep the ending (./aliases.ts), and the ending alone refers back to one (./references.ts).
 */
export const SOCIETY_ENDINGS = ['联谊会', '联络会', '同乡会', '校友会', '社团联会', '总会'];

/** Endings of a site a visit goes to (a river's stretch, ruins): named by a proper name, never by everyday words. */
export const SITE_ENDINGS = ['遗址', '河段'];

export const NAME_SUFFIXES: readonly NameSuffix[] = [
  ...org('company', [
    '股份有限公司',
    '有限责任公司',
    '有限公司',
    '株式会社',
    '集团公司',
    '集团',
    '公司',
    '银行',
    '分行',
    '支行',
    '分公司',
    '区域总部',
    '事务所',
    '控股',
    '科技股份',
    '电器股份',
    '光电股份',
    '证券',
    '保险',
    '信托',
    '基金',
    '律师事务所',
    '会计师事务所',
    '专业合作社',
    '股份经济合作社',
    '合作社',
  ]),
  ...org('institute', [
    '研究院',
    '分院',
    '研究所',
    '研究中心',
    '设计院',
    '科学院',
    '工程院',
    '实验室',
    '大学',
    '学院',
    '中学',
    '小学',
    '学校',
    '医院',
    '创新中心',
    '技术中心',
    '工程中心',
    '检测中心',
    '研发中心',
  ]),
  ...org('media', [
    '日报社',
    '日报',
    '晚报',
    '早报',
    '晨报',
    '商报',
    '时报',
    '快报',
    '导报',
    '周报',
    '都市报',
    '报社',
    '电视台',
    '广播电视台',
    '广播电台',
    '新闻社',
    '通讯社',
    '杂志社',
    '新闻网',
    '融媒体中心',
    '新闻中心',
    '周刊',
  ]),
  ...org('alliance', ['联盟', '共同体']),
  ...org('association', [
    '协会',
    '商会',
    '学会',
    '联合会',
    '促进会',
    '协进会',
    // Taiwan's industrial associations and promotion councils (<city>工業會, <city>…策進會).
    '工业会',
    '策进会',
    '基金会',
    '研究会',
    '俱乐部',
    ...SOCIETY_ENDINGS,
    '同业公会',
    '公会',
    '分会',
    '工商联',
    '科协',
    '侨联',
    '妇联',
    '文联',
    '残联',
    '红十字会',
    // Taiwan's farmers' and fishermen's associations of a region, named by its towns' short forms (<words>地區農會).
    '地区农会',
    '地区渔会',
  ]),
  ...org('party', [
    '党委',
    '党工委',
    '党组',
    '党支部',
    '党总支',
    '联合党委',
    '工委',
    '纪工委',
    '党校',
    '团委',
  ]),
  ...org('government', [
    '委员会',
    '管委会',
    '管理委员会',
    '办事处',
    '街道办事处',
    '管理局',
    '办公室',
    '管理办公室',
    '事务署',
  ]),
  ...place('park', [
    '园区',
    '产业园',
    '示范园',
    '科技园',
    '科学园',
    '工业园',
    '软件园',
    '创业园',
    '创意园',
    '产业园区',
    '工业园区',
    '科技园区',
    '物流园',
    '生态园',
    '农业园',
    '文创园',
    '孵化园',
    '产业基地',
    '创新园',
    '科创园',
    '智造园',
    '双创园',
    '科创谷',
    '数据谷',
    '智谷',
    '创新谷',
    '硅谷',
    '光谷',
    '药谷',
  ]),
  ...place('zone', [
    '开发区',
    '经济开发区',
    '经济技术开发区',
    '高新区',
    '高新技术产业开发区',
    '发展带',
    '片区',
    '示范区',
    '自贸区',
    '自由贸易试验区',
    '保税区',
    '综合保税区',
    '功能区',
    '集聚区',
    '试验区',
    '实验区',
    '综合实验区',
    '合作区',
    '新城',
    '经济带',
    '走廊',
    '商圈',
    '新片区',
    '度假区',
    '风景区',
    '旅游区',
    '景区',
    '产业带',
    '创新带',
    '科创走廊',
    '科技城',
    '科学城',
    '经开区',
    '汽车城',
    '智慧城',
    '生态城',
    '国际汽车城',
    '新区',
    '科创带',
    '智创城',
    '智造城',
    '科技走廊',
    '科创城',
    '未来城',
    '集中区',
    '产业城',
    '商务区',
  ]),
  // Places below the town: 金湖社区, 九星居民区, 羊山工业社区, 曾埭村 (heads checked in named-verdict.ts and settlements.ts).
  ...place('community', ['社区', '居民区', '小区']),
  // (嘎查: an Inner Mongolia village.)
  ...place('village', ['村', '行政村', '嘎查']),
  ...place('venue', [
    '校区',
    '会议中心',
    '会展中心',
    '博览中心',
    '展览中心',
    '展览馆',
    '博物馆',
    '大厦',
    '大楼',
    '酒店',
    '宾馆',
    '大酒店',
    '礼堂',
    '大礼堂',
    '会堂',
    '体育馆',
    '体育中心',
    '剧院',
    '大剧院',
    '国际会议中心',
    '会议厅',
    '报告厅',
    '多功能厅',
    '广场',
    '科技广场',
    '文化中心',
    '市民中心',
    '展示中心',
    '艺术中心',
    '规划馆',
    '展示馆',
    '纪念馆',
    '陈列馆',
    '展陈馆',
    '村史馆',
    '图书馆',
    '乐园',
    '工作室',
    '会客厅',
    '委员之家',
  ]),
  // Sites a visit goes to (X河段, X古遗址): venues in the graph's kinds, their heads checked like the others'.
  ...place('venue', SITE_ENDINGS),
];

/** Suffixes by their last character, longest first. */
const BY_LAST = new Map<string, NameSuffix[]>();
for (const s of NAME_SUFFIXES) {
  const last = s.suffix[s.suffix.length - 1] ?? '';
  const list = BY_LAST.get(last) ?? [];
  list.push(s);
  BY_LAST.set(last, list);
}
for (const list of BY_LAST.values()) list.sort((a, b) => b.suffix.length - a.suffix.length);

/**
 * The same lists by the last character's code, each also narrowed by the character before it (a suffix of one
 * character, or whose last but one is that character): asked at every offset, most offsets ask only a few.
 */
interface ByEnd {
  all: NameSuffix[];
  longest: number;
  byPrevious: Map<number, NameSuffix[]>;
}
const BY_END = new Map<number, ByEnd>();
for (const [last, all] of BY_LAST)
  BY_END.set(last.charCodeAt(0), {
    all,
    longest: Math.max(...all.map((s) => s.suffix.length)),
    byPrevious: new Map(),
  });

function narrowed(entry: ByEnd, previous: number): NameSuffix[] {
  let list = entry.byPrevious.get(previous);
  if (!list) {
    list = entry.all.filter(
      (s) => s.suffix.length < 2 || s.suffix.charCodeAt(s.suffix.length - 2) === previous,
    );
    entry.byPrevious.set(previous, list);
  }
  return list;
}

/** The suffixes `text` ends with at `end` (exclusive), longest first. */
export function suffixesEndingAt(text: string, end: number): NameSuffix[] {
  const entry = BY_END.get(text.charCodeAt(end - 1));
  if (!entry) return [];
  // (Near the text's start startsWith reads a position before it as the start: the whole list is asked there.)
  const list = end >= entry.longest ? narrowed(entry, text.charCodeAt(end - 2)) : entry.all;
  return list.filter((s) => text.startsWith(s.suffix, end - s.suffix.length));
}
