import { pinyin } from 'pinyin-pro';
import { pick } from './random.ts';

/**
 * Names of the synthetic corpus, one per (type, index): every index gets a different name (a bijection
 * through a multiplier coprime to the name space), so ids never collide and nothing has to be remembered.
 * Characters are chosen so that pinyin, initials and traditional forms differ (华/華, 东/東, 国/國).
 */
/** Distinct characters only: a repeated one would give two indices the same name. */
const unique = (chars: string) => [...new Set(chars)];
const SURNAMES = unique(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);
const GIVEN = unique(
  '思雨泽涵梓轩子萱诗琦梦洁雅婧舒瑶璇蕊彤妍霖皓然熙哲睿铭钧锋铖炜煜烨晖昊昱珂琛瑜芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志文辉红玉飞鹏宇浩凯晨海林宏波斌鑫雪琳婷丹蕾峰亮成东德立新春龙发云晓燕慧颖瑞佳欣怡嘉俊豪博翔振宁远长进书学荣庆义鸣岚琪晶莉萍倩梅蓉薇璐航',
);
/** Two-character city names, written as one run of characters. */
const CITY =
  '上海北京广州深圳杭州南京苏州宁波武汉成都重庆天津西安长沙郑州青岛厦门福州合肥济南无锡东莞佛山昆明贵阳南宁太原温州常州嘉兴绍兴台州泉州烟台大连沈阳南昌'.match(
    /../g,
  ) ?? [];
const CORE = unique(
  '华国东发龙电气业产开进实新兴科技创智联通达信和丰盛泰安康远航天海星光明辉鸿中汇金银宝德力源恒瑞凯嘉宏伟佳益顺鑫晨卓越鼎腾飞云峰汉唐宁江湖山川阳',
);
const PLACE_CORE = unique(
  '普陀桃浦静安徐汇长宁虹口杨浦闵行宝山嘉定金山松江青浦奉贤崇明滨江西湖拱墅余杭萧山临平富阳鄞州海曙北仑镇海江北慈溪余姚象山宁海奉化越城柯桥上虞诸暨',
);

export const PERSON_TITLES = [
  '书记',
  '副书记',
  '主任',
  '副主任',
  '区长',
  '副区长',
  '董事长',
  '总经理',
  '部长',
  '副部长',
  '院长',
  '秘书长',
  '会长',
  '镇长',
  '局长',
];
export const ROLES = ['speaker', 'launcher', 'presenter', 'attendee', 'signatory'] as const;

interface Suffix {
  text: string;
  kind: string;
  en: string;
}
const ORG_SUFFIXES: Suffix[] = [
  { text: '科技有限公司', kind: 'company', en: 'Technology Co., Ltd.' },
  { text: '电子有限公司', kind: 'company', en: 'Electronics Co., Ltd.' },
  { text: '集团有限公司', kind: 'company', en: 'Group Co., Ltd.' },
  { text: '股份有限公司', kind: 'company', en: 'Holdings Co., Ltd.' },
  { text: '实业有限公司', kind: 'company', en: 'Industrial Co., Ltd.' },
  { text: '贸易有限公司', kind: 'company', en: 'Trading Co., Ltd.' },
  { text: '发展和改革委员会', kind: 'government', en: 'Development and Reform Commission' },
  { text: '商务委员会', kind: 'government', en: 'Commerce Commission' },
  { text: '经济开发区管委会', kind: 'government', en: 'Economic Development Zone Committee' },
  { text: '区委组织部', kind: 'party', en: 'Organisation Department' },
  { text: '党工委', kind: 'party', en: 'Party Working Committee' },
  { text: '研究院', kind: 'institute', en: 'Research Institute' },
  { text: '设计研究院', kind: 'institute', en: 'Design Institute' },
  { text: '商会', kind: 'association', en: 'Chamber of Commerce' },
  { text: '行业协会', kind: 'association', en: 'Industry Association' },
  { text: '党建联盟', kind: 'alliance', en: 'Party-Building Alliance' },
  { text: '产业联盟', kind: 'alliance', en: 'Industry Alliance' },
  { text: '医院', kind: 'institute', en: 'Hospital' },
];
const PLACE_SUFFIXES = [
  { text: '区', kind: 'district' },
  { text: '镇', kind: 'town' },
  { text: '街道', kind: 'subdistrict' },
  { text: '园区', kind: 'park' },
  { text: '科技园', kind: 'zone' },
  { text: '新区', kind: 'zone' },
];
export const EVENT_KINDS = [
  { text: '成立大会', kind: 'founding' },
  { text: '签约仪式', kind: 'signing' },
  { text: '座谈会', kind: 'meeting' },
  { text: '高峰论坛', kind: 'forum' },
  { text: '调研考察', kind: 'visit' },
  { text: '揭牌仪式', kind: 'ceremony' },
];
const FIRST = [
  'David',
  'Anna',
  'Michael',
  'Laura',
  'Peter',
  'Sophie',
  'Thomas',
  'Maria',
  'James',
  'Julia',
  'Robert',
  'Emma',
  'Daniel',
  'Clara',
  'Martin',
  'Eva',
  'Paul',
  'Nina',
  'Jean',
  'Lucas',
];
const LAST = [
  'Miller',
  'Schmidt',
  'Dubois',
  'Rossi',
  'Garcia',
  'Smith',
  'Novak',
  'Jensen',
  'Tanaka',
  'Kim',
  'Weber',
  'Martin',
  'Lopez',
  'Brown',
  'Fischer',
  'Moreau',
  'Larsen',
  'Silva',
  'Costa',
  'Wagner',
];
const SYLLABLE_EN: Record<string, string | undefined> = {};

/** A multiplier coprime with every name space below (it is a prime larger than their factors). */
const SCRAMBLE = 1_000_003;
const scramble = (i: number, space: number) =>
  Number((BigInt(i) * BigInt(SCRAMBLE) + 7_777n) % BigInt(space));

function digits(value: number, bases: number[]): number[] {
  const out: number[] = [];
  let v = value;
  for (const b of bases) {
    out.push(v % b);
    v = Math.floor(v / b);
  }
  return out;
}

const PERSON_SPACE = SURNAMES.length * GIVEN.length * GIVEN.length;

/** Mostly three-character Chinese names; one person in fifty is a foreigner with a Latin name. */
export function personName(i: number): string {
  if (i >= PERSON_SPACE) throw new Error(`person index ${i} beyond the name space`);
  if (i % 50 === 7) {
    const [f = 0, l = 0, m1 = 0, m2 = 0] = digits(
      scramble(Math.floor(i / 50), 20 * 20 * 26 * 26),
      [20, 20, 26, 26],
    );
    const middle = String.fromCharCode(65 + m1) + String.fromCharCode(65 + m2);
    return `${pick(FIRST, f)} ${middle}. ${pick(LAST, l)}`;
  }
  const [s = 0, g1 = 0, g2 = 0] = digits(scramble(i, PERSON_SPACE), [
    SURNAMES.length,
    GIVEN.length,
    GIVEN.length,
  ]);
  return pick(SURNAMES, s) + pick(GIVEN, g1) + pick(GIVEN, g2);
}

/** Reporters come from the end of the person name space, so they never meet the people in the news. */
export function reporterName(r: number): string {
  return personName(PERSON_SPACE - 1 - r * 50);
}

export interface OrgName {
  name: string;
  kind: string;
  english: string;
}

const ORG_BASES = [CITY.length, CORE.length, CORE.length, ORG_SUFFIXES.length];
const ORG_SPACE = ORG_BASES.reduce((a, b) => a * b, 1);

export function orgName(i: number): OrgName {
  const [c = 0, k1 = 0, k2 = 0, s = 0] = digits(scramble(i, ORG_SPACE), ORG_BASES);
  const suffix = pick(ORG_SUFFIXES, s);
  const core = pick(CORE, k1) + pick(CORE, k2);
  const city = pick(CITY, c);
  return {
    name: city + core + suffix.text,
    kind: suffix.kind,
    english: `${romanize(city)} ${romanize(core)} ${suffix.en}`,
  };
}

/** Hanyu pinyin without tones, capitalised: 华国 → Huaguo (as English names of Chinese companies are written). */
function romanize(han: string): string {
  let latin = SYLLABLE_EN[han];
  if (latin === undefined) {
    const joined = pinyin(han, { toneType: 'none', type: 'array' }).join('');
    latin = joined.charAt(0).toUpperCase() + joined.slice(1);
    SYLLABLE_EN[han] = latin;
  }
  return latin;
}

const PLACE_BASES = [CITY.length, PLACE_CORE.length, PLACE_CORE.length, PLACE_SUFFIXES.length];
const PLACE_SPACE = PLACE_BASES.reduce((a, b) => a * b, 1);

export function placeName(i: number): { name: string; kind: string } {
  if (i >= PLACE_SPACE) throw new Error(`place index ${i} beyond the name space`);
  const [c = 0, a = 0, b = 0, s = 0] = digits(scramble(i, PLACE_SPACE), PLACE_BASES);
  const suffix = pick(PLACE_SUFFIXES, s);
  return {
    name: `${pick(CITY, c)}市${pick(PLACE_CORE, a)}${pick(PLACE_CORE, b)}${suffix.text}`,
    kind: suffix.kind,
  };
}

const EVENT_BASES = [CORE.length, CORE.length, CORE.length, EVENT_KINDS.length];
const EVENT_SPACE = EVENT_BASES.reduce((a, b) => a * b, 1);

export function eventName(i: number): { name: string; kind: string } {
  if (i >= EVENT_SPACE) throw new Error(`event index ${i} beyond the name space`);
  const [a = 0, b = 0, c = 0, k = 0] = digits(scramble(i, EVENT_SPACE), EVENT_BASES);
  const kind = pick(EVENT_KINDS, k);
  return { name: `${pick(CORE, a)}${pick(CORE, b)}${pick(CORE, c)}产业${kind.text}`, kind: kind.kind };
}

export const OUTLETS = [
  '新民晚报',
  '解放日报',
  '文汇报',
  '浙江日报',
  '杭州日报',
  '宁波日报',
  '南方日报',
  '广州日报',
  '北京日报',
  '长江日报',
  '四川日报',
  '大众日报',
  '新华日报',
  '福建日报',
  '湖南日报',
  '河南日报',
  '重庆日报',
  '天津日报',
  '安徽日报',
  '江西日报',
];
