import { type Division, gazetteer } from '../gazetteer/gazetteer.ts';
import { outletProvince } from '../resolve/outlet-regions.ts';
import { choose, dropOverlaps, fullHits, type RawHit, standaloneShortFormsIn } from './division-hits.ts';
import type { Doc } from './doc.ts';
import { MEDIA_NAME } from './lexicon/words.ts';
import { analysisText } from './script.ts';

/** The story's own county or district by its bare level: 我县, 全区, 县委 (the first one written). */
const OWN_LEVEL = /(?:我|全|本)([县区])|(?<![\u4e00-\u9fff])([县区])(?:委|政府|人大|政协)/;

/** Words outlets put before their place's short form (今日青川网, 掌上青川, 云上青川, 魅力青川). */
const OUTLET_LEAD = /^(?:今日|掌上|云上|魅力|美丽|大美|智慧|数字)/;

/**
 * The divisions the page names outside the story, in its source and site (`云龙区融媒体中心`, `徐州市云龙区人民政府`):
 * a government portal's own district, which its stories call 区委 and 云龙 without naming it.
 */
export function pageHits(doc: Doc): RawHit[] {
  return copies(pageHitsOf, doc, readPageHits);
}

/** What a page's fields and text give, read once per page (several readers ask): a copy of the hits each time. */
const pageHitsOf = new WeakMap<Doc, RawHit[]>();
const pageShortHitsOf = new WeakMap<Doc, RawHit[]>();

function copies(memo: WeakMap<Doc, RawHit[]>, doc: Doc, read: (doc: Doc) => RawHit[]): RawHit[] {
  let hits = memo.get(doc);
  if (!hits) {
    hits = read(doc);
    memo.set(doc, hits);
  }
  return hits.map((h) => ({ ...h }));
}

function readPageHits(doc: Doc): RawHit[] {
  const { source, site } = doc.article;
  const fields = `${source ?? ''}\n${site ?? ''}`;
  const full = dropOverlaps(fullHits(fields));
  // 南通日报, 烟台日报: an outlet or site named by its city's (or province's) short form, leading the name; also after
  // a word that outlets put before it (今日青川网, 掌上青川, 云上青川).
  const gaz = gazetteer();
  const short: RawHit[] = [];
  for (const [offset, field] of [
    [0, source ?? ''],
    [(source ?? '').length + 1, site ?? ''],
  ] as const) {
    const lead = OUTLET_LEAD.exec(field)?.[0].length ?? 0;
    const analysed = analysisText(field).text;
    for (const len of [3, 2]) {
      const surface = analysed.slice(lead, lead + len);
      const options = gaz.byShortName(surface).filter((d) => gaz.isStandaloneShortForm(surface, d));
      const at = offset + lead;
      if (options.length !== 1 || full.some((h) => h.start < at + len && at < h.end)) continue;
      short.push({ start: at, end: at + len, surface, short: true, options });
      break;
    }
  }
  // Offsets before the text: these hits name no place in it.
  return [...full, ...short].map((h) => ({ ...h, start: h.start - 1000, end: h.end - 1000 }));
}

/**
 * `凤翔政协`, `南岗发布`: a WeChat account or an outlet named by its district's short form. Taken only when one reading
 * of the short form is in a province or city the story names (宝鸡凤翔酒业… names 宝鸡).
 */
export function pageShortHits(doc: Doc): RawHit[] {
  return copies(pageShortHitsOf, doc, readPageShortHits);
}

function readPageShortHits(doc: Doc): RawHit[] {
  const gaz = gazetteer();
  const named = dropOverlaps(fullHits(doc.text)).flatMap((h) => h.options);
  for (const surface of standaloneShortFormsIn(doc.text).keys()) named.push(...gaz.byShortName(surface));
  const found: RawHit[] = [];
  const own = OWN_LEVEL.exec(doc.text);
  const level = own?.[1] ?? own?.[2];
  for (const field of [doc.article.source, doc.article.site]) {
    const lead = OUTLET_LEAD.exec(field ?? '')?.[0].length ?? 0;
    for (const len of [3, 2]) {
      const surface = (field ?? '').slice(lead, lead + len);
      const options = gaz.byShortName(surface).filter((d) => d.level === 'area');
      // …or the story speaks of its own county or district by the bare level (我县, 全区, 县委) and one reading has it.
      const ownLevel = (d: Division) => level !== undefined && d.name.endsWith(level);
      const inNamed = options.filter((o) => named.some((n) => gaz.isWithin(o, n)));
      const supported = inNamed.length > 0 ? inNamed : options.filter(ownLevel);
      if (supported.length === 1) {
        found.push({ start: -1000, end: -1000 + len, surface, short: true, options: supported });
        return found;
      }
    }
  }
  return found;
}

/** The divisions of the page's source and site (see pageHits), for bare 区委 and 区长 the story never places. */
export function findPageDivisions(doc: Doc): Division[] {
  const full = pageHits(doc);
  const hits = full.length > 0 ? full : pageShortHits(doc);
  const chosen = choose(hits, outletProvince(doc.article.source));
  return [...new Set(hits.flatMap((h) => chosen.get(h.surface) ?? []))];
}

/** Where the outlet's own name is written (`湘潭在线3月9日讯`): a place inside it is the outlet's, not the story's. */
export function outletSpans(doc: Doc): { start: number; end: number }[] {
  const name = doc.article.source?.trim();
  const spans: { start: number; end: number }[] = [];
  if (!name || !MEDIA_NAME.test(name) || gazetteer().byName(name).length > 0) return spans;
  for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1))
    spans.push({ start: at, end: at + name.length });
  return spans;
}

/**
 * `某省网某市频道`, `某某网某地视窗`: a place written between a site's name and 频道 or 视窗 names a section of the site
 * (part of the outlet's name, like `outletSpans`), no place of the story. (A dateline, `某某社北京9月27日电`, is kept: it
 * is often where the story happened.)
 */
const CHANNEL = /(?:^|\n)[^\n，。,]{0,12}?(?:网|在线)[?？\-—·\s]{0,2}([\u4e00-\u9fff]{2,4}?)(?=频道|视窗)/g;

export function channelSpans(doc: Doc): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of doc.text.matchAll(CHANNEL)) {
    const place = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - place.length;
    spans.push({ start, end: start + place.length });
  }
  return spans;
}
