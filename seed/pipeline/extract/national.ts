import type { Doc } from './doc.ts';
import { NATIONAL_BODIES, NATIONAL_NAMES } from './lexicon/national.ts';
import { TAIWAN_BRANCHES, TAIWAN_CENTRAL_BODIES, TAIWAN_CENTRAL_FULL } from './lexicon/taiwan-central.ts';
import type { NamedSpan } from './named-span.ts';
import { SAR_PAGE } from './sar-bodies.ts';
import { mayOccur } from './text-pairs.ts';

const TAIWAN_NAMES = [...TAIWAN_CENTRAL_BODIES].sort((a, b) => b.length - a.length);
const FIVE_YUAN = [...TAIWAN_BRANCHES].filter((b) => b.endsWith('院'));
const TAIWAN_CABINET = '行政院';
/** The last character of a body's name (办, 局, 委 …). */
const BODY_END = /[办局委厅司署处会部]/;
/** 中科院青禾所, 中国科学院青禾所: an institute of the academy written short (not 所长, 所在, 所属). */
const ACADEMY_INSTITUTE = /(?:中科院|中国科学院)[\u4e00-\u9fff]{2,6}?所(?![长在属有以])/g;
const ACADEMY_INSTITUTE_NAME = new RegExp(`^${ACADEMY_INSTITUTE.source}$`);
/** A region or its government written in front (香港环保署): that region's body, not Taiwan's. */
const REGION_BEFORE = /(?:特区政府|香港|澳门)$/;

/**
 * National bodies by name (国务院, 商务部): whole words, not inside a longer name. On a Taiwan page (`taiwan`), Taiwan's
 * central bodies instead of their mainland namesakes (行政院, 经济部, 农委会, 科技部), each by one id whichever way it is
 * written: its own full name (客委会, 客家委员会 and 行政院客家委员会 are org:客家委员会; 内政部 is org:内政部).
 */
export function findNational(doc: Doc, taiwanPage: boolean): NamedSpan[] {
  // (A traditional page that names one of Taiwan's five 院, which no other government has, is Taiwan's too; not a
  // Hong Kong or Macau page, whose world news names other countries' presidential offices and Taiwan's 院 alike.)
  const branch = doc.traditional && !SAR_PAGE.test(doc.text) && FIVE_YUAN.some((b) => doc.text.includes(b));
  const taiwan = taiwanPage || branch ? TAIWAN_NAMES : [];
  const taiwanNames = new Set(taiwan);
  const candidates: { start: number; end: number; name: string; canonical?: string }[] = [];
  for (const name of [...taiwan, ...NATIONAL_NAMES]) {
    if (!mayOccur(doc.text, name)) continue;
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const cabinet =
        taiwanNames.has(name) && name !== TAIWAN_CABINET && doc.text.endsWith(TAIWAN_CABINET, at);
      if (taiwanNames.has(name) && REGION_BEFORE.test(doc.text.slice(Math.max(0, at - 4), at))) continue;
      // 商务部门: a department (部门) of a trade, no ministry.
      if (name.endsWith('部') && doc.text[at + name.length] === '门') continue;
      if (cabinet) candidates.push({ start: at - TAIWAN_CABINET.length, end: at + name.length, name });
      // (中联办经济部: a department glued to another body's name is that body's, no Taiwan ministry.)
      else if (doc.tokens.isBoundary(at) && !(taiwanNames.has(name) && BODY_END.test(doc.text[at - 1] ?? '')))
        candidates.push({ start: at, end: at + name.length, name });
    }
  }
  // 国家工信部: 国家 written before a ministry named without it is part of the mention, not of the ministry's name
  // (国家工信部 and 工信部 are one body).
  // 全国妇联教育部: a national body's department written right after it, named by a ministry's name, is the
  // department (科技部 there is no ministry).
  for (const c of candidates) {
    if (doc.text.endsWith('国家', c.start) && !/^(?:国家|国务院|中国|全国|中央|中华|最高)/.test(c.name)) {
      c.start -= 2;
      c.canonical = c.name;
      c.name = `国家${c.name}`;
      continue;
    }
    const owner = candidates.find(
      (o) =>
        o !== c &&
        o.end <= c.start &&
        c.start - o.end <= 4 &&
        /^[\u4e00-\u9fff]*$/.test(doc.text.slice(o.end, c.start)) &&
        !/[的和与及、等]/.test(doc.text.slice(o.end, c.start)),
    );
    if (owner && NATIONAL_BODIES.get(owner.name) === 'association') {
      c.name = doc.text.slice(owner.start, c.end);
      c.start = owner.start;
    }
  }
  // 中科院青禾所: an academy's institute written short (所 for 研究所).
  for (const m of doc.text.matchAll(ACADEMY_INSTITUTE))
    candidates.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  // The longest first (a stable sort keeps the lexicon's order among equals).
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start));
  const found: NamedSpan[] = [];
  for (const { start, end, name, canonical: listed } of candidates) {
    if (found.some((f) => start < f.end && f.start < end)) continue;
    const canonical = taiwanNames.has(name) ? taiwanCanonical(name) : listed;
    found.push({
      ...(canonical ? { canonical } : {}),
      start,
      end,
      type: 'Organization',
      kind:
        NATIONAL_BODIES.get(listed ?? name) ??
        (ACADEMY_INSTITUTE_NAME.test(name) ? 'institute' : 'government'),
      suffix: '',
      goal: false,
      rule: taiwanNames.has(name) ? 'named:taiwan-central' : 'named:national',
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A Taiwan body's one name: its own full name, as the pages and the real-page gold write it (客委会 → 客家委员会;
 * 内政部, not 行政院内政部), whether or not 行政院 is written in front.
 */
function taiwanCanonical(name: string): string {
  const own =
    name.startsWith(TAIWAN_CABINET) && name !== TAIWAN_CABINET ? name.slice(TAIWAN_CABINET.length) : name;
  return TAIWAN_CENTRAL_FULL.get(own) ?? own;
}
