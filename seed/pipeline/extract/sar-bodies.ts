import type { Doc } from './doc.ts';
import type { NamedSpan } from './named.ts';

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
const OPENERS = /(?:包括|以及|署理|率领|由|和|与|同|的|及其|还有|陪同|出席|前往|到访|官员|成员|代表)$/;
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
        rule: 'named:sar-body',
      });
    }
  }
  return found;
}

export function findSarBodies(doc: Doc, divisionEnds: ReadonlySet<number>): NamedSpan[] {
  const { text } = doc;
  if (!SAR_PAGE.test(text)) return [];
  const found: NamedSpan[] = sarGovernments(doc);
  for (let end = 3; end <= text.length; end++) {
    // 财政司长X: the body and its head's title written with one 司 (局, 署, 处).
    const shared = text[end] === '长' && !/^长(?:期|远|久|者|江|城|沙|春|安)/.test(text.slice(end, end + 2));
    if (!ENDINGS.includes(text[end - 1] ?? '') || !(HEAD.test(text.slice(end, end + 5)) || shared)) continue;
    let start = end - 1;
    while (start > 0 && /[\u4e00-\u9fff]/.test(text[start - 1] ?? '') && end - start < 12) {
      if (OPENERS.test(text.slice(Math.max(0, start - 3), start)) && doc.tokens.isBoundary(start)) break;
      start--;
    }
    // 香港保安局, 特区政府保安局: the region or its government in front is no part of the body's name.
    const region = /^(?:香港特区政府|澳门特区政府|特区政府|香港|澳门|港府|澳府)/.exec(text.slice(start, end));
    if (region) start += region[0].length;
    const name = text.slice(start, end);
    if (name.length < 3 || LEVELS.test(name) || divisionEnds.has(start)) continue;
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
