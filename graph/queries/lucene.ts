import { syllableSplits } from '../names/pinyin-syllables.ts';

const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes Lucene query syntax so user input is matched as text, never interpreted. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

const LATIN = /^[a-z0-9 ]+$/;
const HAN_CHARACTER = /^\p{Script=Han}$/u;

/**
 * The full-text query for a search box entry: the exact phrase first, then all words, then (for
 * pinyin and initials typed with or without spaces) the joined form and its prefix. Pinyin typed as
 * words (fengxiang zhengx) also asks for the words with the last one as far as it is typed: the
 * search keys hold every word of a name joined (graph/names/search-keys.ts), so words in between may be
 * left out; only the last is a prefix, as only the last is still being typed.
 */
export function searchQuery(normalized: string): string {
  const words = normalized.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const clauses = [`"${escapeLucene(words.join(' '))}"^4`];
  if (words.length > 1) clauses.push(`(${words.map(escapeLucene).join(' AND ')})^2`);
  else clauses.push(escapeLucene(words[0] ?? ''));
  if (LATIN.test(words.join(' '))) {
    const asWords = pinyinWords(words);
    if (asWords) clauses.push(asWords);
  }
  // One Chinese character: the cjk analyzer indexed names as bigrams, so the character is their prefix.
  if (words.length === 1 && HAN_CHARACTER.test(words[0] ?? ''))
    clauses.push(`${escapeLucene(words[0] ?? '')}*`);
  const joined = words.join('');
  if (LATIN.test(joined) && joined.length >= 2) {
    clauses.push(`${escapeLucene(joined)}^3`, `${escapeLucene(joined)}*`);
  }
  return clauses.join(' OR ');
}

/**
 * Pinyin typed as words, each word either a word of the name's keys or its syllables anywhere in the name
 * (putuoqu → "pu tuo qu", whatever the name's words are), the last also as far as it is typed (not one
 * letter); null when that asks nothing the other clauses do not.
 */
function pinyinWords(words: string[]): string | null {
  const alternatives = words.map((word, i) => {
    const phrases = syllableSplits(word).filter((s) => s.length > 1);
    // Syllables are only in the pinyin readings: one field to look in, not the index's six.
    const forms = [word, ...phrases.map((s) => `pinyin:"${s.join(' ')}"`)];
    if (i === words.length - 1 && word.length >= 2) forms.push(`${word}*`);
    return forms;
  });
  if (words.length === 1) {
    const phrases = (alternatives[0] ?? []).filter((form) => form.startsWith('pinyin:'));
    return phrases.length > 0 ? phrases.join(' OR ') : null;
  }
  return `(${alternatives.map((forms) => (forms.length > 1 ? `(${forms.join(' OR ')})` : forms[0])).join(' AND ')})`;
}

/**
 * The full-text query for words in article text: each word (a run of characters without spaces) as an
 * exact phrase, all of them required. The cjk analyzer indexes character bigrams, so an unquoted Chinese
 * word would match any article sharing one bigram with it (党建火红 finding every 党建 article).
 */
export function articleTextQuery(normalized: string): string {
  const words = normalized.toLowerCase().split(/\s+/).filter(Boolean);
  return words.map((w) => `"${escapeLucene(w)}"`).join(' AND ');
}
