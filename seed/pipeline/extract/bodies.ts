import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { BodySpan } from './body-span.ts';
import type { DivisionHit } from './divisions.ts';
import type { Doc } from './doc.ts';
import { BUREAU_STEMS, LEVEL_BODY_WORDS, LEVEL_WORDS } from './lexicon/bodies.ts';
import { partyCommittees } from './party-committees.ts';
import { taiwanDepartments } from './taiwan-bodies.ts';
import { dictionaryEntry } from './tokens.ts';

// 委办 (区委办主任), 委财经办, 委外事办: the committee's offices, like its 办公室 (市委主办: the act, not an office).
const DEPARTMENTS =
  '组织部|宣传部|统战部|政法委|办公室|党校|社会工作部|巡察办|编办|老干部局|网信办|政策研究室|研究室|机关工委|信访办|' +
  '[“"]?[\\u4e00-\\u9fff]{2}[”"]?工委|(?!主办|承办|协办|举办|创办|开办|兴办|操办)[\\u4e00-\\u9fff]{0,2}办(?![事公])';
const NAMED_BODIES =
  '发展和改革委员会|发展改革委|经济和信息化委员会|经济和信息化局|人力资源和社会保障局|住房和城乡建设委员会|' +
  '住房和城乡建设局|规划和自然资源局|文化和旅游局|卫生健康委员会|民族宗教事务委员会|科学技术委员会|商务委员会|' +
  '科学技术局|市场监督管理局|生态环境局|融媒体中心|工商联合会|工商联|工商业联合会|个私协会|企业联合会|企联会|工经联|总工会|科协|侨联|妇联|文联|残联|团委|红十字会';
const CJK = '[\\u4e00-\\u9fff]';
const BODY = new RegExp(
  `(?:委(?!员)(${DEPARTMENTS})?|(?:人民政府|政府)(${CJK}{0,6}?办公室|办(?=[、,，。；;和及与等）)\\s]|负责|主任|副主任|主要|相关|参加|出席|陪同|$))?|(人大常委会)${CJK}{2,10}?委员会|人大常委会|人大|政协|议会|农会|渔会|公所|民?代表会(?!议)|代会(?!议)|纪委监委|纪委|监察委员会|监委|党委|党工委|工委|` +
    '街道办事处|办事处|人民法院|人民检察院|法院|检察院|' +
    `${NAMED_BODIES}|${CJK}{2,6}和${CJK}{2,8}?(?:委员会|局|厅|系统党委|系统党工委)|${CJK}{1,10}?委员会|${CJK}{1,8}?(?:党委|党工委|工委|局|委|办(?![事公])|厅|法院|检察院|组织部|宣传部|统战部|社会工作部|武装部)|${CJK}{0,8}?(?:投资促进中心|` +
    `服务中心|事务中心|管理中心))`,
  'y',
);
/** Bodies that are not bodies (区域办, 市场部 …) and words that cannot be inside one. */
const INSIDE_STOP = /[的和与及在是了为对向将把从到等、,园司团校村各按]/;
/** Words that end like a body but are not one (重点布局, 主办, 常委 as a title, 党群服务中心 a building). */
const NOT_BODIES =
  /(?:布局|格局|大局|全局|结局|开局|当局|邮局|主办|承办|协办|创办|举办|开办|兴办|操办|常委|编委|立法委|党群服务中心|便民服务中心)$/;
const MEDIA_BODY = /融媒体中心$/;
/**
 * A division's people's organisations: 区工商联 (工商业联合会), 市总工会, 区科协, 区企联会 (企业联合会), 市工经联, 镇个私协会;
 * and Taiwan's farmers' and fishermen's associations named after their township (X镇农会, X区渔会).
 */
const ASSOCIATION_BODY =
  /(?:工商联|工商业联合会|工商联合会|个私协会|企业联合会|企联会|工经联|总工会|科协|侨联|妇联|文联|残联|红十字会|农会|渔会)$/;
const PARTY_BODY = /^委|党委$|党组$|工委$|党支部$|党总支$|组织部$|宣传部$|统战部$|政法委$|纪委|社会工作部$/;

/** A people's congress and its standing committee written in full, maybe with their term (第九届). */
const CONGRESS = /^(?:第)?[一二三四五六七八九十百0-9]{1,4}届(?=人民代表大会)|^(?=人民代表大会)/;
const CONGRESS_BODY = /^人民代表大会(常务委员会)?/;

interface BodyRead {
  body: string;
  parent: string | undefined;
  /** How long the body is as written, when it differs from `body` (十七届人大常委会, 人民代表大会常务委员会). */
  written?: number;
  taiwan?: boolean;
}

function readBody(doc: Doc, at: number): BodyRead | undefined {
  const term = CONGRESS.exec(doc.text.slice(at, at + 14));
  if (term) {
    const from = at + term[0].length;
    const congress = CONGRESS_BODY.exec(doc.text.slice(from, from + 11));
    // 珠海市第九届人民代表大会代表: the deputies, not the body (as 区人大代表 below); 西彭镇第十八届人民代表大会第四次
    // 会议: a session, told as an event. A term is read with the standing committee only.
    const after = doc.text.slice(from + (congress?.[0].length ?? 0), from + (congress?.[0].length ?? 0) + 2);
    const plainCongress =
      congress && !congress[1] && term[0].length === 0 && !/^(?:代表|第|会议)/.test(after);
    if (congress && (congress[1] || plainCongress))
      return {
        body: congress[1] ? '人大常委会' : '人民代表大会',
        parent: undefined,
        written: term[0].length + congress[0].length,
      };
    return undefined;
  }
  return readPlainBody(doc, at);
}

export function readPlainBody(doc: Doc, at: number): BodyRead | undefined {
  BODY.lastIndex = at;
  const m = BODY.exec(doc.text);
  if (!m) return undefined;
  const written = m[0];
  // 区法院, 县检察院: short forms of the division's 人民法院 and 人民检察院, named in full; so is 区监察委 (监察委员会), and
  // a Taiwan township's or city's 代表会 or 代会 (its 民代表会), and 工商联合会 (the 工商联 written half out).
  const body = /^(?:法院|检察院)$/.test(written)
    ? `人民${written}`
    : written === '监察委'
      ? '监察委员会'
      : written === '代表会' || written === '代会'
        ? '民代表会'
        : written === '工商联合会'
          ? '工商联'
          : written;
  // 工业和信息化局; 教育和卫生系统党委 (the party committee of a district's sectors).
  const paired = /^[\u4e00-\u9fff]{2,6}和[\u4e00-\u9fff]{2,8}(?:委员会|局|厅|系统党委|系统党工委)$/.test(
    body,
  );
  // (农业农村局, 乡村振兴局: 村 inside a word of a bureau's trade is no village.)
  const inside = body.slice(0, -1).replace(/[农乡]村/g, '');
  if ((INSIDE_STOP.test(inside) && !paired) || body.length > 14 || NOT_BODIES.test(body)) return undefined;
  // 区人大常委会工作委员会, 专门委员会: committees named by their kind alone are no body of their own.
  if (m[3] && /^人大常委会(?:工作|专门|有关)委员会$/.test(body)) return undefined;
  // (县人大有关委员会: the same class written after the congress.)
  if (/^人大(?:常委会)?$/.test(body) && /^(?:工作|专门|有关)委员会/.test(doc.text.slice(at + written.length)))
    return undefined;
  // 船山区人民医院党委, 遂宁市第二中学党总支: an institution's own body, named after its district.
  if (/(?:医院|卫生院|学校|中学|小学|幼儿园|大学|学院|公司|集团)/.test(body)) return undefined;
  // 嘉禾街道澄溪社区党委: a community's body (a settlement below the town, see ./named-town-settlements.ts), not the subdistrict's.
  if (/(?:社区|居民区|小区)./.test(body)) return undefined;
  // 区人大代表, 区政协委员: the deputies and members, not the body.
  if (/(?:人大|政协)$/.test(body) && /^(?:代表|委员)/.test(doc.text.slice(at + written.length)))
    return undefined;
  // (街道政协委员之家: 政协委 read inside 政协委员.)
  if (/政协委$/.test(body) && doc.text[at + written.length] === '员') return undefined;
  // 区人大常委会代表资格审查委员会: a committee of the standing committee, part of it.
  const parent = m[1] ? '委' : m[2] ? '政府' : m[3] ? '人大常委会' : undefined;
  // 市国资委党委, 市经信委党组: the party body of a commission or bureau, part of it.
  const party = /^(?:机关党委|党委|党组|党工委|党支部|党总支)/.exec(
    doc.text.slice(at + written.length, at + written.length + 4),
  );
  if (party && !parent && !/^(?:委|党委|党工委|工委|纪委)$/.test(body))
    return {
      body: body + party[0],
      parent: body,
      ...(body !== written ? { written: written.length + party[0].length } : {}),
    };
  return { body, parent, ...(body !== written ? { written: written.length } : {}) };
}

const GOVERNMENT_DEPARTMENT = new RegExp(`${CJK}{2,8}?(?:局|处|署)`, 'y');

/**
 * 台中市政府经济发展局, 县政府农业处: a department written after its government, part of it. This is how Taiwan's
 * cities and counties name theirs (a mainland division's are its own, 区商务局; Hong Kong's and Macau's go by their own
 * names, 保安局). Not 市政府联合税务局 (a verb after 政府 is what the government does) nor 政府决策部署 (the ending read
 * inside a common word: 部署, 签署).
 */
function governmentDepartment(doc: Doc, read: BodyRead, at: number): BodyRead {
  if (!/^(?:人民)?政府$/.test(read.body) || read.parent) return read;
  const written = read.written ?? read.body.length;
  const from = at + written;
  GOVERNMENT_DEPARTMENT.lastIndex = from;
  const m = GOVERNMENT_DEPARTMENT.exec(doc.text);
  if (!m || INSIDE_STOP.test(m[0]) || NOT_BODIES.test(m[0])) return read;
  if ((dictionaryEntry(m[0].slice(-2))?.freq ?? 0) >= 100) return read;
  // Whole tags: a verbal noun (vn: 教育, 建设) may open a department's name, a verb may not.
  if (/^(?:v|p|d|c|r|u|ad|vd|m|q)$/.test(doc.tokens.tagAt(from))) return read;
  return { ...read, body: read.body + m[0], parent: read.body, written: written + m[0].length };
}

/** 县府, 市府 (南投县府, 县府经济发展处): how Taiwan's pages write a county's or city's government. */
function shortGovernment(doc: Doc, at: number): BodyRead | undefined {
  if (doc.text[at] !== '府') return undefined;
  if (/^府(?:邸|上|城|前|内|院)/.test(doc.text.slice(at, at + 2))) return undefined;
  return { body: '政府', parent: undefined, written: 1, taiwan: true };
}

export function bodyKind(body: string): BodySpan['kind'] {
  if (MEDIA_BODY.test(body)) return 'media';
  if (ASSOCIATION_BODY.test(body)) return 'association';
  return PARTY_BODY.test(body) ? 'party' : 'government';
}

/** Levels written with more than one character (街道, 自治区, 苏木). */
const LONG_LEVELS = [...LEVEL_WORDS].filter((w) => w.length > 1);

/** A bare level character (区科委, 镇党委) must stand at a word start after a boundary: not 园区党委, 市场监管局. */
function bareLevelAt(doc: Doc, at: number): string | undefined {
  const { text, tokens } = doc;
  const level = LONG_LEVELS.find((w) => text.startsWith(w, at)) ?? text[at];
  if (!level || !LEVEL_WORDS.has(level)) return undefined;
  // 县县政府办公室: a bare level written twice, the segmenter's one word; the second is the body's (bare-level-names.ts).
  const twice = text[at - 1] === text[at] && tokens.isBoundary(at - 1);
  if (!tokens.isBoundary(at) && !twice) return undefined;
  const next = at + level.length;
  // 县公安局: the segmenter's one word of a level and a bureau (a stem and 局, 委 or 办) is the bureau of that level.
  const bureau = /^([\u4e00-\u9fff]{2,4})[局委办]/.exec(text.slice(next, next + 5))?.[1];
  if (
    !tokens.isBoundary(next) &&
    !(bureau && BUREAU_STEMS.test(bureau)) &&
    !LEVEL_BODY_WORDS.has(text.slice(at, next + 1)) &&
    !LEVEL_BODY_WORDS.has(text.slice(at, next + 2))
  ) {
    return undefined;
  }
  return level;
}

/** The division's level written again at `at` (区委, 县发改局, 县政府办公室 after the division's name) before a body. */
function levelAgain(doc: Doc, at: number, level: string): boolean {
  const { text } = doc;
  if (text[at] !== level) return false;
  if (text.startsWith(`${level}委`, at)) return !text.startsWith(`${level}委员`, at);
  const word = text.slice(at, at + 2);
  if (!LEVEL_BODY_WORDS.has(text.slice(at, at + 3)) && (dictionaryEntry(word)?.freq ?? 0) >= 100)
    return false;
  return readBody(doc, at + 1) !== undefined;
}

const taiwan = (hit: DivisionHit): boolean => gazetteer().isTaiwanAdministered(hit.division);

export function findBodies(doc: Doc, divisions: DivisionHit[]): BodySpan[] {
  const spans: BodySpan[] = [];
  const divisionEnds = new Map(divisions.filter((d) => !d.short).map((d) => [d.end, d]));
  const divisionStarts = new Set(divisions.map((d) => d.start));
  for (const hit of divisionEnds.values()) {
    if (divisionStarts.has(hit.end)) continue;
    // 中共北京市丰台区委员会: the party committee written in full is the 区委.
    const committee = /^委员会(?![\u4e00-\u9fff]{0,4}(?:办公室|主任))/.test(
      doc.text.slice(hit.end, hit.end + 9),
    )
      ? { body: '委', parent: undefined }
      : undefined;
    // 泉山区区委副书记, 柏乡县县发改局: the level written again before the body is the division's (not 市市场监管局:
    // 市场 is a word of the body's name).
    const level = hit.division.name.slice(-1);
    // 衢州市场监管局: the city by its short form before a body whose name opens with 市场 (the gazetteer's 衢州市 took
    // the 市), the same body as 衢州市市场监管局.
    const market = level === '市' && doc.text[hit.end] === '场' && readBody(doc, hit.end - 1) ? -1 : 0;
    const again = market || (/[区县市]/.test(level) && levelAgain(doc, hit.end, level) ? 1 : 0);
    let read: BodyRead | undefined =
      committee ??
      (taiwan(hit) && /[县市]$/.test(hit.division.name) ? shortGovernment(doc, hit.end) : undefined) ??
      readBody(doc, hit.end + again);
    if (read && taiwan(hit)) read = governmentDepartment(doc, read, hit.end + again);
    if (read) {
      // 武侯区玉林街道党工委: the body of the innermost division, with the enclosing ones written in front.
      const outer: DivisionHit[] = [];
      for (let at = hit.start; ; ) {
        const before = divisions.find(
          (d) => d.end === at && gazetteer().isWithin((outer[0] ?? hit).division, d.division),
        );
        if (!before) break;
        outer.unshift(before);
        at = before.start;
      }
      // (<county><township>农会: a Taiwan township's body is named by the township alone.)
      const ownPlace =
        outer.length > 0 && taiwan(hit) && gazetteer().bodyPrefix(hit.division) === hit.division.name;
      spans.push({
        start: outer[0]?.start ?? hit.start,
        ...(outer.length > 0 ? { outer } : {}),
        ...(ownPlace ? { ownPlace } : {}),
        end: hit.end + again + (committee ? '委员会'.length : (read.written ?? read.body.length)),
        division: hit,
        level: undefined,
        ...read,
        kind: bodyKind(read.body),
      });
    }
  }
  for (let at = 0; at < doc.text.length; at++) {
    const level = bareLevelAt(doc, at);
    if (!level || divisions.some((d) => d.start <= at && at < d.end)) continue;
    let read =
      (/^[县市]$/.test(level) && divisions.some(taiwan)
        ? shortGovernment(doc, at + level.length)
        : undefined) ?? readBody(doc, at + level.length);
    // 市政府观光局 on a page that names Taiwan's cities or counties.
    if (read && divisions.some(taiwan)) read = governmentDepartment(doc, read, at + level.length);
    if (read)
      spans.push({
        start: at,
        end: at + level.length + (read.written ?? read.body.length),
        division: undefined,
        level,
        ...read,
        kind: bodyKind(read.body),
      });
  }
  for (const d of taiwanDepartments(doc, spans, divisions))
    spans.push({
      start: d.start,
      end: d.end,
      division: d.division,
      level: undefined,
      body: `政府${d.written}`,
      kind: 'government',
      parent: '政府',
      written: d.written.length,
    });
  const kept = partyCommittees(doc, spans);
  kept.push(...listedAfter(doc, kept, divisions));
  return kept.sort((a, b) => a.start - b.start);
}

/** What may follow an item of a list of bodies: the next item, the list's end (等单位), who came (负责人). */
export const LIST_GOES_ON = /^(?:[、等和及,，。；;]|负责|主要|相关|有关|参加|出席|陪同)/;

/**
 * 区政府办、发改局、商务局等单位负责人: bureaus and offices written bare (no level, no division) in a list right after a
 * division's body are that division's, like the first. Only bureaus, offices and commissions (局, 办, 委) whose item
 * ends where the list goes on; a division or a level written in front makes a body of its own (read above).
 */
function listedAfter(doc: Doc, spans: BodySpan[], divisions: DivisionHit[]): BodySpan[] {
  const { text } = doc;
  const listed: BodySpan[] = [];
  const byStart = new Map(spans.map((b) => [b.start, b]));
  for (const first of [...spans].sort((a, b) => a.start - b.start)) {
    if (first.listed) continue;
    let end = first.end;
    while (text[end] === '、') {
      const at = end + 1;
      const written = byStart.get(at);
      if (written) {
        end = written.end;
        continue;
      }
      if (divisions.some((d) => d.start === at) || bareLevelAt(doc, at)) break;
      const read = readPlainBody(doc, at);
      if (!read || read.parent || !/(?:局|办|委)$/.test(read.body) || PARTY_BODY.test(read.body)) break;
      const itemEnd = at + (read.written ?? read.body.length);
      if (!LIST_GOES_ON.test(text.slice(itemEnd, itemEnd + 2))) break;
      const span: BodySpan = {
        start: at,
        end: itemEnd,
        division: first.division,
        level: first.level,
        body: read.body,
        parent: undefined,
        kind: bodyKind(read.body),
        listed: true,
      };
      listed.push(span);
      byStart.set(at, span);
      end = itemEnd;
    }
  }
  return listed;
}
