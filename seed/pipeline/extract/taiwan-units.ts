import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';
import type { DivisionHit } from './division-hits.ts';
import type { Doc } from './doc.ts';
import { mayOccur } from './text-pairs.ts';
import { dictionaryEntry } from './tokens.ts';

/**
 * Taiwan's units as Taiwan's pages write them, read only on traditional pages: a county by its short form (X縣,
 * X縣府), and townships and county cities the gazetteer does not list (X鄉, X鎮, X市 below a county),
 * by their own names. Kinmen and Matsu are written as counties too; Matsu's 連江縣 is not Fuzhou's county.
 */

const CJK = /[\u4e00-\u9fff]/;
/** What follows a township's name when it is one (东引乡公所, 东引乡长, X镇农会, X乡民代表会). */
const TOWN_BODY = /^(?:公所|长|农会|渔会|民代表会|代表会|户政事务所|卫生所|图书馆)/;
/**
 * Words that end like a township's head but are none (现任乡长, 各乡镇长, 由陈乡长 …): characters that rule out a bare
 * `X乡长` reading (only there: after its county or before its office a township may hold them, 和美镇, 新埔镇).
 */
const NOT_IN_NAME =
  /[乡镇市县区村里任各全本该我由和与及等在到赴向对为请邀让率偕陪同副代暨前后原时兼首新历位名个些、，。\s]/;
/** Words of the clause, never in a township's name: 到该乡公所, 在本镇农会, 由各乡代表会, <clock time>点于乡公所. */
const CLAUSE_WORD = /^[该本各全我其此到在向对为赴往由等及与让请邀率偕陪同于从经]|[该本各全我其此于在到]$/;
/** The clause words of CLAUSE_WORD that open one (在, 到, 由 …): no Taiwan township's name starts with them. */
const CLAUSE_OPENS = /^[该本各全我其此到在向对为赴往由等及与让请邀率偕陪同于从经]/;
/** Matsu's own words: its islands and the strait between it and Taiwan (台马). */
const MATSU = /马祖|南竿|北竿|莒光|东引|台马/;
/** A township's office or council as only Taiwan's pages write them (金寧鄉公所, 鄉代會): a Taiwan page. */
const TOWNSHIP_OFFICE = /[\u4e00-\u9fff]{2}[乡镇](?:公所|民代表会|代会)/;

/**
 * The short forms Taiwan's pages write for its counties (竹县 for 新竹县, 投县 for 南投县, 东县 for 台东县), none a
 * mainland unit's name (云县 is Yunnan's, so 云林县 has none here).
 */
const SHORT_FORMS: Record<string, string> = {
  苗县: '苗栗县',
  彰县: '彰化县',
  屏县: '屏东县',
  花县: '花莲县',
  嘉县: '嘉义县',
  澎县: '澎湖县',
  竹县: '新竹县',
  投县: '南投县',
  东县: '台东县',
  宜县: '宜兰县',
};

/** The county short forms above, and the city named after its county (宜兰市 of 宜兰县), which the gazetteer lacks. */
function countyForms(): { short: Map<string, Division>; seats: Map<string, Division> } {
  const gaz = gazetteer();
  const short = new Map<string, Division>();
  const seats = new Map<string, Division>();
  const taiwan = gaz.taiwanUnits();
  for (const [form, name] of Object.entries(SHORT_FORMS)) {
    const county = taiwan.find((d) => d.name === name);
    if (county && gaz.byName(form).length === 0) short.set(form, county);
  }
  for (const county of taiwan)
    if (county.name.endsWith('县')) {
      const seat = `${county.name.slice(0, -1)}市`;
      if (gaz.byName(seat).length === 0) seats.set(seat, county);
    }
  return { short, seats };
}

let forms: ReturnType<typeof countyForms> | undefined;

function overlaps(hits: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return hits.some((h) => start < h.end && h.start < end);
}

/**
 * X縣Y鎮農會, X縣府: a Taiwan county by its short form; X市長 (X the county's short form): the city named after its
 * county.
 * Neither inside a longer word.
 */
function countyFormHits(doc: Doc, hits: readonly DivisionHit[]): DivisionHit[] {
  forms ??= countyForms();
  const gaz = gazetteer();
  const found: DivisionHit[] = [];
  for (const [table, short] of [
    [forms.short, true],
    [forms.seats, false],
  ] as const) {
    for (const [form, county] of table) {
      if (!mayOccur(doc.text, form)) continue;
      for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (overlaps(hits, at, end) || (CJK.test(doc.text[at - 1] ?? '') && !doc.tokens.isBoundary(at)))
          continue;
        const division = short ? county : gaz.taiwanTownship(form, county);
        found.push({ start: at, end, surface: form, short, division, rule: 'division:taiwan' });
      }
    }
  }
  return found;
}

/**
 * <county>X鄉, X市公所, X鄉長, X鎮鎮長: a township or county city the gazetteer does not list (or lists only on
 * the mainland, with nothing on the page for it), after its county or before its office, head or farmers'
 * association. Its other mentions are read once it is known. The county is the Taiwan unit written right before it,
 * else the one named last before it, else the first the page names, else Taiwan.
 */
function townHits(
  doc: Doc,
  hits: readonly DivisionHit[],
  counties: readonly DivisionHit[],
  people: readonly { start: number; end: number }[],
): DivisionHit[] {
  const gaz = gazetteer();
  const { text } = doc;
  const names = new Map<string, Division | undefined>();
  // A two-character stem anywhere; a three-character one (太麻里乡) right after its county.
  const candidates = [
    ...[...text.matchAll(/([\u4e00-\u9fff]{2})([乡镇市])/g)].map((m) => ({ m, long: false })),
    ...[...text.matchAll(/(?=([\u4e00-\u9fff]{3})([乡镇市]))/g)].map((m) => ({ m, long: true })),
  ];
  for (const { m, long } of candidates) {
    const stem = m[1] ?? '';
    const level = m[2] ?? '';
    const name = stem + level;
    const start = m.index;
    const end = start + name.length;
    const after = text.slice(end, end + 5);
    const rightAfter = counties.find((c) => c.end === start);
    if (long && !rightAfter) continue;
    // Taiwan's cities (新竹市, 臺中市) hold districts only: 新竹市代理市長, 新竹市府的市政 name no township in the city.
    if (rightAfter?.division.name.endsWith('市')) continue;
    // 金湖鎮鎮長: the level written twice, the second opening the head's title.
    const doubled = text[end] === level && /^长|^公所/.test(text.slice(end + 1));
    const office = /^(?:公所|民代表会|代表会|农会|渔会)/.test(after);
    if (!rightAfter && !TOWN_BODY.test(after) && !doubled) continue;
    // A bare X乡长 (no county before, no office after) must not be 现任乡长, 各乡镇长 or 由陈乡长.
    if (!rightAfter && !office && NOT_IN_NAME.test(stem)) continue;
    // Before its office: not a clause word in front (到该乡公所, 在本镇农会); right after a county or 台湾 not one
    // opening the words (台湾在社区营造…: 在 opens a clause, no township 在社区).
    if (!rightAfter && CLAUSE_WORD.test(stem)) continue;
    if (rightAfter && CLAUSE_OPENS.test(stem)) continue;
    // (陪同鄉公所人員, 說明鄉公所: a verb before the bare 乡公所 is no township's name.)
    if (!rightAfter && /^v/.test(dictionaryEntry(stem)?.tag ?? '')) continue;
    // Never: another level or a post in the name (前任乡长, 各乡镇), a level word after it (乡镇 = townships).
    if (/[乡镇市县区任各全，。、\s]/.test(stem) || (/^[乡镇市]/.test(after) && !doubled)) continue;
    const known = gaz.byName(name);
    if (known.some((d) => gaz.isTaiwan(d) || d.level !== 'township')) continue;
    // 柯善言市长, 柯善言市府: the end of a person's name and the level after it are no township.
    if (people.some((p) => p.start < start && start < p.end)) continue;
    // A mainland town the page supports is left to the township reading (see divisions.ts).
    if (known.length > 0 && overlaps(hits, start, end) && !rightAfter) continue;
    const before = counties.filter((c) => c.end <= start);
    const county =
      rightAfter?.division ??
      before[before.length - 1]?.division ??
      counties[0]?.division ??
      gaz.byCode.get('71');
    if (county && !names.has(name)) names.set(name, county);
  }
  const found: DivisionHit[] = [];
  for (const [name, county] of names) {
    if (!county) continue;
    const town = gaz.taiwanTownship(name, county);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (CJK.test(text[at - 1] ?? '') && !counties.some((c) => c.end === at) && !doc.tokens.isBoundary(at))
        continue;
      found.push({ start: at, end, surface: name, short: false, division: town, rule: 'division:taiwan' });
    }
  }
  // <county>太平里鄉公所: where a three-character township is read, its last two characters and the level (平里鄉) are
  // no township of their own (elsewhere on the page they may be).
  return found.filter(
    (f) =>
      !found.some(
        (g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start,
      ),
  );
}

/**
 * Whether the page is Taiwan's: a traditional page naming a Taiwan unit (not the province alone), Kinmen, Matsu's
 * own words, or a township's office (鄉公所, 鄉代會). The one test for every Taiwan reading (taiwan-townships.ts too).
 */
export function taiwanPage(doc: Doc, hits: readonly DivisionHit[]): boolean {
  if (!doc.traditional) return false;
  const gaz = gazetteer();
  return (
    [...hits.map((h) => h.division), ...doc.page].some(
      (d) => gaz.isTaiwanAdministered(d) && d.level !== 'province',
    ) ||
    MATSU.test(doc.text) ||
    TOWNSHIP_OFFICE.test(doc.text)
  );
}

/**
 * 連江縣 on a page that names Matsu's islands, or beside a Taiwan county on a Taiwan page: Matsu's county, a Taiwan
 * unit by its own name (place:连江县), not Fuzhou's.
 */
function matsu(hits: DivisionHit[]): DivisionHit[] {
  const gaz = gazetteer();
  const fuzhou = gaz.byName('连江县').find((d) => !gaz.isTaiwan(d));
  if (!fuzhou || !hits.some((h) => h.division === fuzhou)) return hits;
  const otherMainland = hits.some(
    (h) =>
      !gaz.isTaiwan(h.division) &&
      h.division !== fuzhou &&
      (gaz.isWithin(fuzhou, h.division) || gaz.isWithin(h.division, fuzhou)),
  );
  if (otherMainland) return hits;
  const own = gaz.taiwanCounty('连江县');
  return hits.map((h) => (h.division === fuzhou ? { ...h, division: own, rule: 'division:taiwan' } : h));
}

/**
 * 金門縣 on a Taiwan page: Kinmen, which Taiwan governs, is named by its own name as Taiwan's counties are
 * (place:金门县, org:金门县政府), not by the chain the gazetteer files it under (福建省泉州市).
 */
function kinmenAsTaiwan(hits: DivisionHit[]): DivisionHit[] {
  const gaz = gazetteer();
  const filed = (d: Division) => d.name === '金门县' && d.level === 'area' && !gaz.isTaiwan(d);
  if (!hits.some((h) => filed(h.division))) return hits;
  const own = gaz.taiwanCounty('金门县');
  return hits.map((h) => (filed(h.division) ? { ...h, division: own, rule: 'division:taiwan' } : h));
}

/** Taiwan's units on a traditional page (see above), added to the divisions found; none on a simplified page. */
export function taiwanUnits(
  doc: Doc,
  hits: DivisionHit[],
  people: readonly { start: number; end: number }[] = [],
): DivisionHit[] {
  if (!doc.traditional) return hits;
  const counties = countyFormHits(doc, hits);
  // A short form alone makes a Taiwan page only before its government, head, council, farmers' association or a
  // township (苗縣府, X縣Y鎮): 花縣 on a Hong Kong page may be Guangdong's former county.
  const telling = counties.filter((c) =>
    /^(?:府|政府|长|议会|议员|农会|[\u4e00-\u9fff]{2}[乡镇市])/.test(doc.text.slice(c.end, c.end + 4)),
  );
  if (!taiwanPage(doc, [...hits, ...telling])) return hits;
  let all = [...hits, ...counties].sort((a, b) => a.start - b.start);
  all = kinmenAsTaiwan(matsu(all));
  const gaz = gazetteer();
  const taiwanCounties = all.filter((h) => gaz.isTaiwan(h.division) && h.division.level !== 'township');
  const kinmen = all.filter((h) => h.division.name === '金门县' && h.division.level === 'area');
  const towns = townHits(
    doc,
    all,
    [...taiwanCounties, ...kinmen].sort((a, b) => a.start - b.start),
    people,
  );
  // A town read here replaces the mainland hits inside or across it (湖镇镇 across 金湖镇鎮長).
  const kept = all.filter(
    (h) => !towns.some((t) => h.start < t.end && t.start < h.end && h.division !== t.division),
  );
  return [...kept, ...towns.filter((t) => !kept.some((k) => k.start < t.end && t.start < k.end))].sort(
    (a, b) => a.start - b.start,
  );
}
