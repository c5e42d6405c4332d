import type { Doc } from './doc.ts';
import type { NameSuffix } from './lexicon/suffixes.ts';
import type { ScanLimits } from './named-span.ts';
import { dictionaryEntry } from './tokens.ts';

/** Words before 村 or 社区 that make a kind of settlement, not a name: 示范村, 精品村, 城市社区, 老旧小区. */
const SETTLEMENT_KIND =
  /^(?:农|乡|新农|美丽乡|和美乡|精品|行政|自然|重点|先进|文明|示范|美丽|和美|特色|试点|贫困|脱贫|经济强|专业|明星|中心|邻|相邻|周边|城市|城中|城郊|老旧|物业|智慧|和谐|幸福|平安|绿色|无疫|完整|工业|商品房|保障房|安置|拆迁|入驻|所在|所属|辖区|涉农|村|社区|居民|未来|人才|共富|现代|宜居|健康|智能|文化|生态|国际|低碳|数字|创新|创业|产业|青年|老年|农村|乡村|社会|度假|淘宝|电商|网红|旅游|民俗|古)$/;

/**
 * A village, community or residential area is named by a proper head of its own (曾埭村, 金湖社区, 开鲁新村第一居民区,
 * 羊山工业社区), not by a kind word (示范村, 城市社区) or a head the segmenter reads as one common word.
 */
export function settlementHead(
  doc: Doc,
  suffix: NameSuffix,
  start: number,
  s: number,
  limits: ScanLimits,
): boolean {
  if (suffix.kind !== 'village' && suffix.kind !== 'community') return true;
  // 村容村貌, 乡村社区化: an ending the segmenter reads inside one word (on both sides) ends no name.
  if (!doc.tokens.isBoundary(s) && !doc.tokens.isBoundary(s + suffix.suffix.length)) return false;
  const head = doc.text.slice(start, s).replace(/[“”"‘’]/g, '');
  // 和盛镇幸福村, 嘉禾街道嘉禾社区: right after its town, even a kind word (幸福) is the name.
  // (新园社区与盛兴社区: listed after another settlement, likewise.)
  const listed = /(?:社区|村|居民区)[与和、及]$/.test(doc.text.slice(Math.max(0, start - 4), start));
  const afterTown = (limits.divisionEnds.has(start) || listed) && !/^(?:村|社区|居民)$/.test(head);
  if ((SETTLEMENT_KIND.test(head) && !afterTown) || head.length > 8) return false;
  // 要让农村老人就近就医: 农村 and 乡村 are words of their own (the countryside), never a village's name's end.
  if (!afterTown && /^[农乡]村/.test(doc.text.slice(s - 1, s + 1)) && head.length > 1) return false;
  // 该村, 本社区, 各居民区: a determiner in front.
  if (/^[该本各全每此这那其两三几多]/.test(head)) return false;
  // 志愿服务进社区: a verb the segmenter joined to the ending (进社区, 进村) closes a phrase, no name.
  const glued = doc.tokens.startOfTokenEndingAt(s + 1) === s - 1;
  if (!afterTown && glued && /^v/.test(dictionaryEntry(doc.text[s - 1] ?? '')?.tag ?? '')) return false;
  // 党建统领社区治理, 统领乡村社区: a head of three or more characters holding a verb of two is a clause (what
  // something does to communities), no name (a two-character verb alone may name a village: 新建村).
  if (!afterTown && head.length > 2 && verbInside(doc, start, s)) return false;
  // 壮大村集体, 进村, 驻村: a verb the segmenter reads right before 村 is no name.
  return afterTown || !/^(?:v|vd|vn|a|ad|d|p)$/.test(doc.tokens.tagAt(start)) || head.length > 2;
}

/**
 * Whether the head is a clause around a verb of two characters: a verb after a word of two or more (党建统领), or a verb
 * before a kind word (统领乡村). (大联合村: one character before the verb still names a village.)
 */
function verbInside(doc: Doc, start: number, end: number): boolean {
  const words: { at: number; to: number }[] = [];
  for (let at = start; at < end; ) {
    let to = at + 1;
    while (to < end && !doc.tokens.isBoundary(to)) to++;
    words.push({ at, to });
    at = to;
  }
  const verb = (w: { at: number; to: number } | undefined) =>
    w !== undefined && w.to - w.at >= 2 && doc.tokens.tagAt(w.at) === 'v';
  const last = words[words.length - 1];
  const first = words[0];
  if (last && verb(last) && last.at - start >= 2 && doc.tokens.isBoundary(end)) return true;
  return (
    first !== undefined &&
    verb(first) &&
    SETTLEMENT_KIND.test(doc.text.slice(first.to, end)) &&
    first.to < end
  );
}
