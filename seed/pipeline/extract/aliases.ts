import { entityId } from '../../../contract/annotation/ids.ts';
import { gazetteer, shortForm } from '../gazetteer/gazetteer.ts';
import type { Anchor } from './anchors.ts';
import { cityWordAfter } from './division-hits.ts';
import { homeDivision, namesZoneOfKind } from './division-home.ts';
import type { Doc } from './doc.ts';
import { DEPARTMENT_ABBREVIATIONS } from './lexicon/bodies.ts';
import { TRADE_ENDINGS } from './lexicon/companies.ts';
import { SOCIETY_ENDINGS, suffixesEndingAt } from './lexicon/suffixes.ts';
import { BARE_ZONE, DECLARES_SHORT } from './lexicon/words.ts';

/**
 * Short forms within one article. A name found by its ending that is a shortening of a longer one of the same
 * kind is the same entity (亿数街联盟 and “数智炬生”未来岛亿数街党建联盟, 嘉远集团 and 上海嘉远新能源汽车集团有限公司,
 * 太仓高新区 and 太仓高新技术产业开发区). A company is also written by its core name (杭州瀚澜智能科技股份有限公司 →
 * 瀚澜智能): the place in front and the legal and trade endings behind are dropped, and the core's occurrences become
 * anchors of the company.
 */

/** The endings a development zone is written with, short or long (高新区 = 高新技术产业开发区). */
const ZONE_ENDING =
  /(?:高新技术产业开发区|新技术产业开发区|高新技术开发区|新技术开发区|经济技术开发区|经济开发区|高新区|经开区|开发区)$/;
const ZONE_KIND = /^(?:高新|新技术)/;
const LEGAL_ENDING =
  /(?:\((?:中国|上海|北京|深圳|太仓|苏州)\))?(?:集团)?(?:股份)?有限(?:责任)?公司$|(?:集团|控股|股份)$/;
const TRADE_LONGEST_FIRST = [...TRADE_ENDINGS].sort((a, b) => b.length - a.length);
const BRANCH_ENDING = /(?:支行|分行|分公司|分院|分校|分会|区域总部)$/;
const ALIAS_ENDING: Record<string, RegExp> = {
  company: /(?:集团|公司|银行|支行|分行|区域总部)$/,
  alliance: /联盟$/,
  association: /(?:协会|商会|学会|联合会|促进会)$/,
};

/** Endings of societies (联谊会, 同乡会, 总会 …), and 联会 (a federation of societies written short). */
const SOCIETY_ENDING = new RegExp(`(?:${[...SOCIETY_ENDINGS, '联会'].join('|')})$`);

const spelledOutCache = new Map<string, string>();

/** A department's body with its abbreviations spelled out, to compare short and full forms (compared pairwise: kept). */
function spelledOut(body: string): string {
  let spelled = spelledOutCache.get(body);
  if (spelled === undefined) {
    spelled = spellOut(body);
    // Bounded: a long run of many pages does not keep every body it saw.
    if (spelledOutCache.size >= 20_000) spelledOutCache.clear();
    spelledOutCache.set(body, spelled);
  }
  return spelled;
}

function spellOut(body: string): string {
  const plainBody = body.replace(/^人民政府/, '政府');
  for (const [short, full] of DEPARTMENT_ABBREVIATIONS) {
    // 人民法院 is spelled out already (法院 is its own ending).
    if (plainBody.endsWith(full)) return plainBody;
    if (plainBody.endsWith(short)) return plainBody.slice(0, -short.length) + full;
  }
  return plainBody;
}

function plain(name: string): string {
  return name.replace(/[“”"‘’「」『』]/g, '');
}

/**
 * What names a zone apart from its ending and the city in front: 太仓高新区 and 太仓高新技术产业开发区 → 太仓;
 * 武汉东湖新技术开发区 → 武汉东湖 and 东湖. Keys carry the kind of zone (high-tech or economic).
 */
function zoneKeys(name: string): string[] {
  const ending = ZONE_ENDING.exec(name)?.[0];
  if (!ending) return [];
  const kind = ZONE_KIND.test(ending) ? 'hi' : /经/.test(ending) ? 'ec' : 'any';
  const core = name.slice(0, -ending.length);
  const keys = [core];
  const stripped = stripPlace(core);
  if (stripped !== core && stripped.length >= 2) keys.push(stripped);
  return keys.filter((k) => k.length >= 2).map((k) => `${kind}|${k}`);
}

function sameZone(a: string, b: string): boolean {
  const keys = new Set(zoneKeys(a));
  return zoneKeys(b).some((k) => keys.has(k));
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** Whether `short` is a shortening of `long`: same ending, a subsequence, and its first two characters together in it. */
export function isShortening(short: string, long: string, kind: string): boolean {
  const a = plain(short);
  const b = plain(long);
  if (a === b || a.length >= b.length) return false;
  // 郑岳大学 for 河南郑岳大学: a university or institute written without the place its name starts with.
  if (kind === 'institute') return b.endsWith(a) && stripPlace(b) === a;
  // 商圈综合党委 for 梧桐湾商圈综合党委: a party body written again without the words its name starts with.
  if (kind === 'party') {
    const head = a.replace(/(?:党工委|党委|党总支|党支部)$/, '');
    // (禾川石岭村党总支 and 石岭村党总支: a place written in front says where, see ./named-town-settlements.ts; not merged here.)
    return b.endsWith(a) && head.length >= 2 && head !== a && !BARE_ZONE.test(head) && stripPlace(b) !== a;
  }
  // 湘潭农商银行 is the bank, not its 岳塘科创支行.
  if (BRANCH_ENDING.test(b) && !BRANCH_ENDING.test(a)) return false;
  // <association>茶业分会 written bare later (茶业分会): the branch, whose name is the long one's tail; another branch of
  // the same association (花卉分会) is not.
  if (kind === 'association' && /分会$/.test(a)) return a.length >= 4 && b.endsWith(a);
  // 禾溪同乡总会 for 澳门禾溪同乡总会, 青禾联络会 for 南洋青禾联络会: a society written again without the place or
  // region its name opens with (the whole tail; a society is not shortened inside its name).
  if (kind === 'association' && SOCIETY_ENDING.test(a)) return a.length >= 4 && b.endsWith(a);
  const ending = ALIAS_ENDING[kind];
  if (!ending?.test(a)) return false;
  // 成华城投公司 and 成华城投园林公司: a unit named by its parent's name and a line of business is another company.
  const end = ending.exec(a)?.[0] ?? '';
  const stem = a.slice(0, a.length - end.length);
  const inserted = b.endsWith(end) && b.startsWith(stem) ? b.slice(stem.length, b.length - end.length) : '';
  if (inserted.length >= 2 && !/(?:有限|股份|集团|控股|责任)/.test(inserted)) return false;
  return isSubsequence(a, b) && b.includes(a.slice(0, 2));
}

/** Leading place names a company's legal name starts with (上海, 杭州市, 山东). */
function stripPlace(name: string): string {
  const gaz = gazetteer();
  for (let len = Math.min(name.length - 2, 8); len >= 2; len--) {
    const head = name.slice(0, len);
    if (cityWordAfter(name, head, len)) continue;
    if (gaz.byName(head).length > 0 || gaz.byShortName(head).some((d) => d.level !== 'township'))
      return name.slice(len);
  }
  return name;
}

/** Core names of a company, longest first: 杭州瀚澜智能科技股份有限公司 → 瀚澜智能科技, 瀚澜智能. */
export function companyCores(name: string): string[] {
  let rest = stripPlace(plain(name)).replace(LEGAL_ENDING, '');
  const cores: string[] = [];
  for (let guard = 0; guard < 4 && rest.length >= 3; guard++) {
    cores.push(rest);
    const ending = TRADE_LONGEST_FIRST.find((t) => rest.endsWith(t) && rest.length - t.length >= 2);
    if (!ending) break;
    rest = rest.slice(0, -ending.length);
  }
  if (rest.length >= 3 && !cores.includes(rest)) cores.push(rest);
  return cores.filter((c) => c !== plain(name));
}

/** A short form declared in brackets after a name: (以下简称“X”), （下称X）, (简称X). */
const DECLARED_SHORT = new RegExp(
  `^[(（]${DECLARES_SHORT}[“"「]?([\\u4e00-\\u9fffA-Za-z0-9]{2,10})[”"」]?[)）]`,
);

/**
 * A zone of the city written short after the city's bare level, and one of its bodies (市高新区党工委, 市经开区管委会).
 * (市经济技术开发区党工委, written in full, stays the city's: the gold names it so.)
 */
const CITY_ZONE_BODY =
  /^市(高新区|经开区|综保区)(党工委|党委|管委会|工委|纪工委|[\u4e00-\u9fff]{1,6}?(?:局|办))$/;

/** A quoted slogan word is no short name (“五星级”, “双招双引”): only names with a proper head. */
function isGenericWord(word: string): boolean {
  return /^(?:[一二三四五六七八九十两]|双|多|全)/.test(word) || word.length < 2;
}

function retarget(anchor: Anchor, target: Anchor): void {
  anchor.id = target.id;
  anchor.name = target.name;
  anchor.kind = target.kind;
  anchor.type = target.type;
}

export function resolveAliases(doc: Doc, anchors: Anchor[]): Anchor[] {
  const inner = anchors.flatMap((a) => (a.baseAnchor ? [a.baseAnchor] : []));
  const named = [...anchors, ...inner].filter((a) => a.source === 'named' && a.introduces);
  // Zones: 太仓高新区 is 太仓高新技术产业开发区 when the article has both.
  for (const a of named.filter((n) => n.type === 'Place')) {
    const full = named.find(
      (b) => b.type === 'Place' && b.name.length > a.name.length && sameZone(a.name, b.name),
    );
    if (full) retarget(a, full);
  }
  for (const a of named.filter((n) => n.type === 'Organization')) {
    const long = named.find(
      (b) => b.type === 'Organization' && b.kind === a.kind && isShortening(a.name, b.name, a.kind),
    );
    if (long) retarget(a, long);
  }
  // 实验区党工委, 开发区管委会: the body of the zone of that kind named before (else the first named after).
  for (const a of anchors) {
    if (a.source !== 'named' || a.type !== 'Organization' || (a.kind !== 'party' && a.kind !== 'government'))
      continue;
    // 园区党工委 is read with the ending 工委: the zone word is what comes before the whole body word.
    const whole = doc.text.slice(a.start, a.end);
    const head = BARE_ZONE.test(doc.text.slice(a.start, a.headEnd))
      ? doc.text.slice(a.start, a.headEnd)
      : whole.replace(/(?:党工委|党委|管委会|管理委员会)$/, '');
    if (!BARE_ZONE.test(head)) continue;
    const zones = named.filter((z) => z.type === 'Place' && z.name.endsWith(head) && z.name !== head);
    // …or, with none before it, the first one named after it (来园区…园区党工委书记A … 苏淮园区发展).
    const zone = zones.filter((z) => z.start < a.start).pop() ?? zones.find((z) => z.start > a.end);
    if (!zone) {
      // 保税区党委, 经开区党工委 with no zone of its kind named: the page's own zone's body, identified with the page's
      // division (ids are global: a bare org:经开区党工委 would be every page's; see ./structure/bare-zone.ts).
      const places = named.filter((z) => z.type === 'Place');
      const home =
        head === '园区' || namesZoneOfKind(places, head) ? undefined : homeDivision(doc, anchors, a.start);
      if (home) a.id = entityId('Organization', gazetteer().qualifiedName(home) + whole);
      continue;
    }
    const name = zone.name + whole.slice(head.length);
    a.id = entityId('Organization', name);
    a.name = name;
    a.baseAnchor = zone;
    // The ending is the whole body word (党工委), so that its unit's bodies (管委会) are named from the zone.
    a.headEnd = a.start + head.length;
  }
  // 区党工委, 区管委会 with a zone named before (青岚经济开发区 … 区党工委书记): a district has a 区委, not a 党工委;
  // these are the zone's bodies. With no zone named they name nothing (a 区党工委 is no district's body).
  const unnamed = new Set<Anchor>();
  for (const a of anchors) {
    if (a.type !== 'Organization' || (a.source !== 'named' && a.source !== 'body')) continue;
    const whole = doc.text.slice(a.start, a.end);
    const body = /^区(党工委|管委会|工委)$/.exec(whole)?.[1];
    if (!body) continue;
    const zones = named.filter(
      (z) =>
        z.type === 'Place' &&
        (z.kind === 'zone' || z.kind === 'park') &&
        z.start < a.start &&
        /区$/.test(z.name),
    );
    const zone = zones[zones.length - 1];
    if (!zone) {
      unnamed.add(a);
      continue;
    }
    const name = zone.name + body;
    Object.assign(a, {
      id: entityId('Organization', name),
      name,
      kind: body === '管委会' ? 'government' : 'party',
      source: 'named',
      rule: 'body:zone-level',
      headEnd: a.start + 1,
      baseAnchor: zone,
      base: undefined,
      body: undefined,
      parent: undefined,
      division: undefined,
    });
  }
  // 市高新区党工委, 市经开区管委会: a zone of the city written after the city's bare level. Its bodies are the zone's,
  // named by the zone as the page writes it with the city's name (孝感高新区), else by the city's short form and the zone.
  for (const a of anchors) {
    if (a.type !== 'Organization' || a.source !== 'body' || !a.division) continue;
    const m = CITY_ZONE_BODY.exec(doc.text.slice(a.start, a.end));
    const short = shortForm(a.division.name);
    if (!m?.[1] || !m[2] || !short) continue;
    const zoneWord = m[1];
    const zone = named.find(
      (z) =>
        z.type === 'Place' &&
        z.name.endsWith(zoneWord) &&
        (z.name === short + zoneWord || z.name === (a.division?.name ?? '') + zoneWord),
    );
    const name = (zone?.name ?? short + zoneWord) + m[2];
    Object.assign(a, {
      id: entityId('Organization', name),
      name,
      kind: /管委会$/.test(m[2]) ? 'government' : a.kind,
      source: 'named',
      rule: 'body:city-zone',
      headEnd: a.start + 1 + zoneWord.length,
      baseAnchor: zone,
      base: undefined,
      body: undefined,
      parent: undefined,
      division: undefined,
    });
  }
  // 嘉远集团党委 is the 党委 of 上海嘉远新能源汽车集团有限公司.
  for (const a of anchors) {
    const base = a.baseAnchor;
    if (a.source !== 'named' || a.kind !== 'party' || base?.kind !== 'company') continue;
    const name = base.name + doc.text.slice(a.headEnd, a.end);
    a.id = entityId('Organization', name);
    a.name = name;
  }
  // 市工信局 and 济南市工业和信息化局 in one article: the same body, named by its full form.
  const bodies = anchors.filter((a) => a.source === 'body' && a.body && a.division);
  for (const a of bodies) {
    const full = bodies.find(
      (b) =>
        b.division === a.division &&
        b.id !== a.id &&
        (b.body?.length ?? 0) > (a.body?.length ?? 0) &&
        spelledOut(b.body ?? '') === spelledOut(a.body ?? ''),
    );
    if (full) {
      retarget(a, full);
      continue;
    }
    // 市工信局 and 南京市工业和信息化局党组: the bureau is named in full as the committee's parent.
    const parentBody = (b: Anchor) =>
      b.parent && b.division ? b.parent.name.slice(b.division.name.length) : undefined;
    const owner = bodies.find((b) => {
      const body = parentBody(b);
      return (
        b.division === a.division &&
        body !== undefined &&
        body.length > (a.body?.length ?? 0) &&
        spelledOut(body) === spelledOut(a.body ?? '')
      );
    });
    if (owner?.parent) {
      a.id = owner.parent.id;
      a.name = owner.parent.name;
      a.kind = owner.parent.kind;
    }
  }
  // X管理局（前海管理局）: a short name in brackets right after an organisation's full name is that organisation.
  for (const a of anchors) {
    if (a.type !== 'Organization' || !/[(（]/.test(doc.text[a.end] ?? '')) continue;
    const short = anchors.find(
      (b) => b.type === 'Organization' && b.start === a.end + 1 && /[)）]/.test(doc.text[b.end] ?? ''),
    );
    if (short && short.id !== a.id) retarget(short, a);
  }
  const extra: Anchor[] = [];
  const taken = (start: number, end: number) => anchors.some((x) => start < x.end && x.start < end);
  const cores = new Map<string, Anchor>();
  for (const company of named.filter(
    (n) => n.kind === 'company' && n.id === entityId('Organization', n.name),
  )) {
    for (const core of companyCores(company.name)) {
      const existing = cores.get(core);
      if (!existing || /集团$/.test(company.name)) cores.set(core, company);
    }
  }
  // “云谷园”数字经济产业园 is written 云谷园 later: the quoted part of a name stands for it.
  for (const n of named) {
    const quoted = /^“([^”]{2,10})”[\u4e00-\u9fff]{2,}/.exec(doc.text.slice(n.start, n.end));
    if (quoted?.[1] && !cores.has(quoted[1]) && !isGenericWord(quoted[1])) cores.set(quoted[1], n);
  }
  // X有限公司(以下简称“X投资”), X协会(简称“X协”): a short form the text declares is the entity's wherever it is written;
  // an anchor read from it on its own is retargeted (one entity, the short form an alias).
  for (const a of anchors) {
    if (a.source === 'reference' || (a.type !== 'Organization' && a.type !== 'Place')) continue;
    const declared = DECLARED_SHORT.exec(doc.text.slice(a.end, a.end + 20))?.[1];
    // (Not a bare ending or a role word: 公司, 甲方; the short form's characters are the name's, in order.)
    if (!declared || declared === a.name || isGenericWord(declared) || !isSubsequence(declared, a.name))
      continue;
    if (suffixesEndingAt(declared, declared.length).some((x) => x.suffix === declared)) continue;
    cores.set(declared, a);
    for (const b of anchors) {
      if (b === a || b.id === a.id || b.start <= a.end) continue;
      const written = doc.text.slice(b.start, b.end);
      if (written === declared) retarget(b, a);
      // 数产园管委会 after X产业园(下称“数产园”): the body of the place, named from its full name.
      const body = written.startsWith(declared) ? written.slice(declared.length) : '';
      // (青禾集团党委 after X集团有限公司(简称青禾集团): the firm's party body, named from the firm's full name.)
      const ownBody =
        a.type === 'Place'
          ? /^(?:管委会|管理委员会|党工委|党委)$/.test(body)
          : a.kind === 'company' && /^(?:党委|党总支|党支部|纪委|工会)$/.test(body);
      if (ownBody && b.source === 'named') {
        b.id = entityId('Organization', a.name + body);
        b.name = a.name + body;
        b.baseAnchor = a;
        b.headEnd = b.start + declared.length;
      }
    }
  }
  for (const [core, company] of [...cores].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = doc.text.indexOf(core); at >= 0; at = doc.text.indexOf(core, at + 1)) {
      if (taken(at, at + core.length) || extra.some((x) => at < x.end && x.start < at + core.length))
        continue;
      extra.push({
        ...company,
        start: at,
        end: at + core.length,
        headEnd: at + core.length,
        introduces: true,
      });
    }
  }
  return [...anchors.filter((a) => !unnamed.has(a)), ...extra].sort((a, b) => a.start - b.start);
}
