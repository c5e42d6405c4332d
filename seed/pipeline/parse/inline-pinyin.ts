/**
 * Mirror sites that convert simplified pages to traditional characters often annotate the characters they were
 * unsure of with their pinyin: `企業(yè)`, `區(qū)委書記潘功發(fā)`, `市長(zhǎng)藍(lán)曉`, `會(huì )`. The annotation is page debris:
 * it splits names (`潘功發(fā)` is 潘功發) and words, so it is removed before anything reads the text. Only a
 * parenthesised syllable with a tone mark right after a Han character counts; `(2023)`, `(中国)` and `(ye)` stay.
 */

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const SYLLABLE = `[a-zü]*[${TONE}][a-zü]*(?:ng|n|r)?`;
// Some mirrors leave a space before the bracket closes (`會(huì )`, `長(cháng )`).
const ANNOTATION_RE = new RegExp(`(?<=[\\u3400-\\u9fff])[(（]${SYLLABLE} ?[)）]`, 'gu');

export function stripInlinePinyin(text: string): string {
  return text.includes('(') || text.includes('（') ? text.replace(ANNOTATION_RE, '') : text;
}
