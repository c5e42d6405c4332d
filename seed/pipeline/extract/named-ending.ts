import { INSIDE_WORD, NOT_AFTER_NAME } from './lexicon/name-scan.ts';
import { suffixesEndingAt } from './lexicon/suffixes.ts';

/**
 * Whether the name endings that end at `end` end no name: another ending reaches further, or the ending is read
 * inside a longer word or runs on into one (及时报告, 协商会, 集团化, 大学校长, 石门村村部). See ./named.ts.
 */
export function endingReadOtherwise(text: string, end: number): boolean {
  // 科学会堂: the ending 会堂 that reaches further wins over 学会 inside it.
  // (unless that ending runs into a title: 大学校长 is 大学 + 校长.)
  // (委员会客厅: a venue's ending reaching two characters further wins over 委员会 too.)
  const overlapped =
    (text[end + 1] !== '长' &&
      suffixesEndingAt(text, end + 1).some((x) => end + 1 - x.suffix.length < end)) ||
    suffixesEndingAt(text, end + 2).some((x) => x.kind === 'venue' && end + 2 - x.suffix.length < end);
  if (overlapped) return true;
  if (NOT_AFTER_NAME.some((w) => text.startsWith(w, end))) return true;
  // 及时报告, 同时报送, 每周报道: a paper's ending read inside a verb of reporting is no paper.
  if (text[end - 1] === '报' && /[告送道导名到表批备]/.test(text[end] ?? '')) return true;
  // 市政协会议, 县政协会见: 政协 and a word opening on 会 (会议, 会见, 会同), no 协会.
  if (text.endsWith('政协会', end)) return true;
  // 分会场: a sub-venue, no association's branch.
  if (text.endsWith('分会', end) && text[end] === '场') return true;
  // 专题协商会: an ending read inside a longer word (协商会 is no 商会).
  if (INSIDE_WORD.some((w) => text.startsWith(w, end - w.length))) return true;
  // 五星级党组织, 集团化: the ending is the start of a longer word.
  if (/^(?:织|化)/.test(text[end] ?? '') && /(?:党组|集团|公司)$/.test(text.slice(0, end))) return true;
  // 河南郑岳大学校长: 学校 is read across 大学 and the title 校长; the name ends at 大学.
  if (text[end] === '长' && suffixesEndingAt(text, end - 1).length > 0) return true;
  // 荣誉总会长, <society>总会总会长: 总会 before 长 is the title 总会长 (a federation's head), no society's end.
  if (text.endsWith('总会', end) && text[end] === '长') return true;
  // 石门村村部, 石门村村委会: the village's office; the village ends at the first 村.
  if (text.endsWith('村村', end) && /^(?:部|委|民|两委|干部)/.test(text.slice(end, end + 2))) return true;
  return false;
}
