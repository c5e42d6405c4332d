/**
 * Mirror sites that convert simplified pages to traditional characters often annotate the characters they were
 * unsure of with their pinyin: `企業(yè)`, `區(qū)委書記潘功發(fā)`, `市長(zhǎng)藍(lán)曉`, `會(huì )`. The annotation is page debris:
 * it splits names (`潘功發(fā)` is 潘功發) and words, so it is removed before anything reads the text. Only a
 * parenthesised syllable with a tone mark right after a Han character counts; `(2023)`, `(中国)` and `(ye)` stay.
 */

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const SYLLABLE = `[a-zü]*[${TONE}][a-zü]*(?:ng|n|r)?`;
// A character and its reading. Some mirrors leave a space before the bracket closes (`會(huì )`, `長(cháng )`).
const ANNOTATED_RE = new RegExp(`([\\u3400-\\u9fff])[(（](${SYLLABLE}) ?[)）]`, 'gu');
/**
 * `解放日?qǐng)?bào)社`: a character the mirror could not encode, printed `?` with its annotation but without the
 * opening bracket (sometimes after a stray one). The last syllable is the lost character's reading.
 */
const LOST = `\\?(${SYLLABLE}) ?[)）]`;
const LOST_CHARACTER_RE = new RegExp(`(?:${LOST})+`, 'gu');
const LOST_ONE_RE = new RegExp(LOST, 'gu');

/** The page's own annotations, reading → character, where a reading names one character only. */
function readingsOf(text: string): Map<string, string | null> {
  const readings = new Map<string, string | null>();
  for (const [, char, syllable] of text.matchAll(ANNOTATED_RE)) {
    if (!char || !syllable) continue;
    const known = readings.get(syllable);
    readings.set(syllable, known === undefined || known === char ? char : null);
  }
  return readings;
}

/** A lost character comes back when the page annotates that reading elsewhere with one character. */
function restoreLost(text: string): string {
  if (!text.includes('?')) return text;
  const readings = readingsOf(text);
  return text.replace(LOST_CHARACTER_RE, (run: string) => {
    const last = [...run.matchAll(LOST_ONE_RE)].at(-1)?.[1] ?? '';
    return readings.get(last) ?? '';
  });
}

/**
 * `青禾I(yè)`: a character the mirror garbled into a Latin letter (after a Han character) keeps its reading; the reading
 * goes, the letter stays (it is no character the page meant, and nothing reads it as one).
 */
const GARBLED_RE = new RegExp(`(?<=[\\u3400-\\u9fff][A-Za-z])[(（]${SYLLABLE} ?[)）]`, 'gu');

export function stripInlinePinyin(text: string): string {
  if (!text.includes(')') && !text.includes('）')) return text;
  return restoreLost(text).replace(ANNOTATED_RE, '$1').replace(GARBLED_RE, '');
}
