import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Doc } from './doc.ts';
import { FIRM_HEAD_TITLES, TITLE_PATTERN, titleSuffix } from './lexicon/titles.ts';
import { HARD_BOUNDARY } from './lexicon/words.ts';
import { isGenericHead } from './named-heads.ts';
import type { NamedSpan } from './named-span.ts';
import { opensProperName } from './named-words.ts';
import { readName } from './names.ts';

/**
 * A firm written by its brand alone, known by its head's post: `青禾科技董事长李明`, `远山电子总裁王芳`, and the Taiwan and
 * Hong Kong order `青禾科技李明董事长`. Only the posts a firm's own heads hold count (FIRM_HEAD_TITLES), and only with a
 * person's name beside them; what stands before the post must open on a proper name and be no place, person, kind of
 * firm or reference (该企业董事长, 各企业负责人, 公司总经理 name nothing).
 */

const FIRM_HEAD = new RegExp(
  `(?:${[...FIRM_HEAD_TITLES].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);
/** Further posts of the same person after the first (董事长兼总经理, 董事长、总裁). */
const MORE_TITLES = new RegExp(`^(?:[、兼](?:${TITLE_PATTERN}))*`);
/** Words that refer to or count firms, or date a post, before it: no brand. */
const NOT_A_BRAND_START =
  /^(?:该|本|各|其|这|那|某|原|前|时任|现任|新任|首任|母|子|分|我|贵|两|多|每|全|此|他|她|由|任|兼|及|和|与)/;
/** A division's or a party's unit, or a firm named by its kind: read by the body and name readers, not here. */
const NOT_A_BRAND_END =
  /(?:[省市区县镇乡村局委办厅部处科所站组队]|党委|支部|政府|公司|集团|企业|单位|工厂|机构|方面|负责人|代表)$/;
/** What follows a brand inside a company's full name (…科技股份有限公司, …集团). */
const FULL_NAME_AFTER = /^[\u4e00-\u9fff()（）]{0,10}?(?:有限公司|有限责任公司|股份公司|集团|公司)/;
/** Tags of the words a brand may follow inside a clause: prepositions, conjunctions, particles, verbs, adverbs. */
const CLAUSE_TAG = /^(?:p|c|u|v|d|r)/;

function brandAt(doc: Doc, start: number, end: number): boolean {
  const brand = doc.text.slice(start, end);
  if (brand.length < 2 || brand.length > 6 || !/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(brand)) return false;
  if (NOT_A_BRAND_START.test(brand) || NOT_A_BRAND_END.test(brand) || isGenericHead(brand)) return false;
  // (X市长向Y总经理: a post inside the words, or a clause word closing them, makes a clause, not a brand.)
  for (let i = 2; i <= brand.length; i++) if (titleSuffix(brand.slice(0, i))) return false;
  const last = doc.tokens.startOfTokenEndingAt(end);
  if (!doc.tokens.isBoundary(end) || (last >= start && CLAUSE_TAG.test(doc.tokens.tagAt(last)))) return false;
  const gaz = gazetteer();
  if (gaz.byName(brand).length > 0 || gaz.byShortName(brand).length > 0) return false;
  if (readName(`${brand}，`, 0)?.end === brand.length) return false;
  // <place><brand>科技股份有限公司 … <brand>董事长: the core of a company named in full is its short form (./aliases.ts).
  for (let at = doc.text.indexOf(brand); at >= 0; at = doc.text.indexOf(brand, at + 1))
    if (FULL_NAME_AFTER.test(doc.text.slice(at + brand.length, at + brand.length + 14))) return false;
  return opensProperName(doc, start, end);
}

/** The brand ending at `end`: the longest run after a hard boundary or a clause word that reads as one. */
function brandEndingAt(doc: Doc, end: number): number | undefined {
  const { text, tokens } = doc;
  let q = end;
  while (q > 0 && end - q < 10 && !HARD_BOUNDARY.test(text[q - 1] ?? '')) q--;
  if (end - q >= 10) return undefined;
  const starts = [q];
  for (let at = q + 1; at < end - 1; at++) {
    if (!tokens.isBoundary(at)) continue;
    const from = tokens.startOfTokenEndingAt(at);
    if (CLAUSE_TAG.test(tokens.tagAt(from))) starts.push(at);
  }
  return starts.find((s) => brandAt(doc, s, end));
}

export function findTitledBrands(doc: Doc): NamedSpan[] {
  const { text } = doc;
  const found: NamedSpan[] = [];
  for (const m of text.matchAll(FIRM_HEAD)) {
    const s = m.index;
    const e = s + m[0].length;
    const more = MORE_TITLES.exec(text.slice(e, e + 30))?.[0] ?? '';
    const after = readName(text, e + more.length, true);
    // 青禾科技李明董事长: the name between the brand and the post.
    const between = [3, 2]
      .map((n) => s - n)
      .find((at) => at > 0 && !HARD_BOUNDARY.test(text[at - 1] ?? '') && readName(text, at)?.end === s);
    const end = after && after.start <= e + more.length + 1 ? s : between;
    if (end === undefined) continue;
    const start = brandEndingAt(doc, end);
    if (start === undefined || found.some((f) => f.start === start)) continue;
    found.push({
      start,
      end,
      type: 'Organization',
      kind: 'company',
      suffix: '',
      goal: false,
      rule: 'named:titled-brand',
    });
  }
  return found;
}
