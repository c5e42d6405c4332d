import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Doc } from './doc.ts';
import { TITLES } from './lexicon/titles.ts';
import type { NamedSpan } from './named-span.ts';
import { simplifiedName } from './script.ts';

/**
 * Hong Kong's and Macau's government bodies (保安局, 运输及物流局, 政务司, 入境事务处): outside the mainland's divisions,
 * they are written with no place in front and named by their own name (org:保安局), like national bodies. Read on a
 * page that speaks of either region, where the body is followed by its head's title (保安局局长X, 财政司副司长X,
 * 署理运输及物流局局长X); a mainland bureau written bare (商务局局长) on such a page is read as one only when it is
 * not a level's body (区商务局) and no division is written in front.
 */
export const SAR_PAGE = /香港|澳门|港府|澳府|特区政府|港澳/;
const HEAD = /^(?:副|常务副)?(?:局长|司长|署长|处长)|^常任秘书长/;
const ENDINGS = '局司署处';
/** Words that open the run before a body's name: lists, leaders, the acting prefix (署理保安局局长). */
const OPENERS =
  /(?:包括|以及|署理|署任|出任|接任|兼任|担任|委任|率领|由|和|与|同|的|及其|还有|陪同|出席|前往|到访|官员|成员|代表|而|将)$/;
const LEVELS = /^[省市区县镇乡]/;

/**
 * 香港特区政府, 特区政府, 港府 (and Macau's): one government, named in full whichever way the page writes it
 * (香港特别行政区政府; 特区 is its short form). A bare 特区政府 is the government of the one region the page names.
 */
const REGIONS = [
  { region: '香港', full: '香港特别行政区政府', short: '香港特区政府', bare: '港府' },
  { region: '澳门', full: '澳门特别行政区政府', short: '澳门特区政府', bare: '澳府' },
];

function sarGovernments(doc: Doc): NamedSpan[] {
  const { text } = doc;
  const named = REGIONS.filter((r) => text.includes(r.region) || text.includes(r.bare));
  const found: NamedSpan[] = [];
  for (const r of REGIONS) {
    const inFull = new RegExp(`${r.region}特别行政区[(（]特区[)）]政府`, 'g');
    const canonical = r.full;
    const forms = [
      inFull.source,
      r.short,
      r.bare,
      ...(named.length === 1 && named[0] === r ? ['特区政府'] : []),
    ];
    for (const m of text.matchAll(new RegExp(forms.join('|'), 'g'))) {
      if (found.some((f) => m.index < f.end && f.start < m.index + m[0].length)) continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'Organization',
        kind: 'government',
        suffix: '政府',
        goal: false,
        canonical,
        regionName: r.full.replace(/政府$/, ''),
        rule: 'named:sar-body',
      });
    }
  }
  return found;
}

/**
 * 特区政府驻X经贸办事处 (and 驻Y联络处 right after it): a region government's office in a mainland province or city, named in
 * full after the government (香港特别行政区政府驻X经贸办事处) and part of it. The region government is written in
 * front, or the office follows one so read after 和, 及, 、 (its region then); the place after 驻 is a mainland
 * division's name or short form. An office written after anything else (青禾商会驻X代表处) is that body's.
 */
const OFFICE =
  /(?:(香港|澳门)(?:特别行政区|特区)?政府|特区政府|港府|澳府)?驻([\u4e00-\u9fff]{2,3}?)(经济贸易办事处|经贸办事处|经贸办|联络处|办事处|代表处)/g;

function sarOffices(doc: Doc): NamedSpan[] {
  const { text } = doc;
  const gaz = gazetteer();
  const named = REGIONS.filter((r) => text.includes(r.region) || text.includes(r.bare));
  const found: NamedSpan[] = [];
  let last: { end: number; region: (typeof REGIONS)[number] } | undefined;
  for (const m of text.matchAll(OFFICE)) {
    const place = m[2] ?? '';
    const at = m.index + m[0].indexOf('驻');
    const written =
      m[1] ?? (/^(?:港府|澳府)/.test(m[0]) ? (m[0].startsWith('港') ? '香港' : '澳门') : undefined);
    const governmentInFront = at > m.index;
    const followsOffice =
      last !== undefined && last.end + 1 === at && /[和及、与]/.test(text[last.end] ?? '');
    if (!governmentInFront && !followsOffice) continue;
    const region =
      REGIONS.find((r) => r.region === written) ??
      (followsOffice ? last?.region : undefined) ??
      (named.length === 1 ? named[0] : undefined);
    if (!region) continue;
    const divisions = [...gaz.byName(place), ...gaz.byShortName(place)].filter(
      (d) => !gaz.isTaiwanAdministered(d),
    );
    if (divisions.length === 0 || place === '香港' || place === '澳门') continue;
    last = { end: m.index + m[0].length, region };
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'Organization',
      kind: 'government',
      suffix: m[3] ?? '',
      goal: false,
      canonical: `${region.full}驻${place}${m[3] ?? ''}`,
      parentName: region.full,
      rule: 'named:sar-body',
    });
  }
  return found;
}

/**
 * The central government's liaison office in either region (中联办, 澳门中联办, 中央人民政府驻澳门特区联络办公室) and the
 * foreign ministry's office there (外交部驻澳门公署, 中华人民共和国外交部驻澳门特区特派员公署): named as written when the
 * name holds its region, as the real-page gold names them; a bare 中联办 in full by the one region the page names (as
 * written when it names both): 中联办 on a Hong Kong page is 中央人民政府驻香港特别行政区联络办公室. A department of the
 * liaison office written after it (中联办联络部) when its head's title, a space before a name, a list, or a name and
 * title follow, is part of it and named after it.
 */
const LIAISON =
  /中央(?:人民)?政府驻(香港|澳门)(?:特别行政区|特区)?联络办公室|(香港|澳门)?中联办|(?:中华人民共和国)?外交部驻(香港|澳门|港|澳)(?:特别行政区|特区)?(?:特派员)?公署/g;
const LIAISON_DEPARTMENT = /^(?:办公厅|[\u4e00-\u9fff]{2,5}?(?:部|处))/;
/** What a department's name never holds: joiners, words of a clause, and words for all or some (全体干部, 各部). */
const NOT_IN_DEPARTMENT = /[的和与及在是了为对向将把从到等、，,。全各]|有关|(?:干|内|外|总)部$/;

/** The one region the page names (香港 or 澳门, or their governments' short forms), if only one. */
function pageRegion(doc: Doc): (typeof REGIONS)[number] | undefined {
  const named = REGIONS.filter((r) => doc.text.includes(r.region) || doc.text.includes(r.bare));
  return named.length === 1 ? named[0] : undefined;
}

function regionNamed(written: string | undefined, doc: Doc): string | undefined {
  if (written) return written.startsWith('港') || written === '香港' ? '香港' : '澳门';
  return pageRegion(doc)?.region;
}

function liaisonOffices(doc: Doc): NamedSpan[] {
  const { text } = doc;
  const found: NamedSpan[] = [];
  const span = (start: number, end: number, canonical?: string, parentName?: string): NamedSpan => ({
    start,
    end,
    type: 'Organization',
    kind: 'government',
    suffix: '',
    goal: false,
    ...(canonical ? { canonical } : {}),
    ...(parentName ? { parentName } : {}),
    rule: 'named:sar-liaison',
  });
  for (const m of text.matchAll(LIAISON)) {
    const end = m.index + m[0].length;
    if (m[0].endsWith('公署')) {
      found.push(span(m.index, end));
      continue;
    }
    // (a bare 中联办: the one region the page names, in full.)
    const region = (m[1] ?? m[2]) ? undefined : regionNamed(undefined, doc);
    const office = region && `中央人民政府驻${region}特别行政区联络办公室`;
    const department = LIAISON_DEPARTMENT.exec(text.slice(end, end + 6));
    const after = department ? end + department[0].length : end;
    const closed =
      text[after] === ' ' ||
      /[、及和]/.test(text[after] ?? '') ||
      TITLES.some((t) => text.startsWith(t, after)) ||
      // 中联办联络部长: the head's title written with the department's 部.
      text.startsWith('长', after) ||
      // 中联办联络部李明副部长: a name and its title.
      [2, 3, 4].some(
        (n) =>
          /^[\u4e00-\u9fff]+$/.test(text.slice(after, after + n)) &&
          TITLES.some((t) => text.startsWith(t, after + n)),
      );
    if (department && !NOT_IN_DEPARTMENT.test(department[0]) && closed) {
      const parent = office ?? simplifiedName(m[0]);
      found.push(span(m.index, after, office && `${office}${department[0]}`, parent));
      continue;
    }
    found.push(span(m.index, end, office));
  }
  return found;
}

/**
 * The region's legislature (立法会, 香港立法会, 香港特别行政区立法会): one id by its region's short name (香港立法会), as
 * the real-page gold names it (a bare 立法会 on a Hong Kong page too).
 */
const COUNCIL = /(香港|澳门)?(?:特别行政区|特区)?立法会/g;

function legislatures(doc: Doc): NamedSpan[] {
  return [...doc.text.matchAll(COUNCIL)].map((m): NamedSpan => {
    const region = regionNamed(m[1], doc);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'Organization',
      kind: 'government',
      suffix: '立法会',
      goal: false,
      ...(region ? { canonical: `${region}立法会`, regionName: `${region}特别行政区` } : {}),
      rule: 'named:sar-council',
    };
  });
}

export function findSarBodies(doc: Doc, divisionEnds: ReadonlySet<number>): NamedSpan[] {
  const { text } = doc;
  if (!SAR_PAGE.test(text)) return [];
  const offices = sarOffices(doc);
  const found: NamedSpan[] = [
    ...sarGovernments(doc),
    ...offices,
    ...liaisonOffices(doc),
    ...legislatures(doc),
  ];
  for (let end = 3; end <= text.length; end++) {
    if (!ENDINGS.includes(text[end - 1] ?? '')) continue;
    // 财政司长X: the body and its head's title written with one 司 (局, 署, 处).
    // (事务局局长: the body ends at the first 局; 局局 is no body's end.)
    const shared =
      text[end] === '长' &&
      text[end - 2] !== text[end - 1] &&
      !/^长(?:期|远|久|者|江|城|沙|春|安)/.test(text.slice(end, end + 2));
    if (!(HEAD.test(text.slice(end, end + 5)) || shared)) continue;
    let start = end - 1;
    while (start > 0 && /[\u4e00-\u9fff]/.test(text[start - 1] ?? '') && end - start < 12) {
      if (OPENERS.test(text.slice(Math.max(0, start - 3), start)) && doc.tokens.isBoundary(start)) break;
      start--;
    }
    // 香港保安局, 特区政府保安局: the region or its government in front is no part of the body's name.
    // (<name>及澳门<司>司长: a region inside the run starts the body after it.)
    const run = text.slice(start, end);
    // (青禾隧道香港工程处: a region inside a name, after no joiner, stays in it.)
    const region = [...run.matchAll(/香港特区政府|澳门特区政府|特区政府|香港|澳门|港府|澳府/g)]
      .filter((r) => r.index === 0 || /[及和与、]/.test(run[r.index - 1] ?? ''))
      .pop();
    if (region) start += region.index + region[0].length;
    const name = text.slice(start, end);
    if (name.length < 3 || LEVELS.test(name) || divisionEnds.has(start)) continue;
    // (…在<city>商务局长X: a mainland division inside the run names its own body, read with the division's.)
    if ([...divisionEnds].some((e) => start < e && e < end)) continue;
    if (!doc.tokens.isBoundary(start) || found.some((f) => start < f.end && f.start < end)) continue;
    found.push({
      start,
      end,
      type: 'Organization',
      kind: 'government',
      suffix: name.slice(-1),
      goal: false,
      rule: 'named:sar-body',
    });
  }
  return found;
}
