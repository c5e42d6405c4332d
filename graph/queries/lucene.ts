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
  const last = words.at(-1) ?? '';
  if (words.length > 1 && LATIN.test(words.join(' ')) && last.length >= 2)
    clauses.push(`(${[...words.slice(0, -1), `${last}*`].join(' AND ')})`);
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
 * The full-text query for words in article text: each word (a run of characters without spaces) as an
 * exact phrase, all of them required. The cjk analyzer indexes character bigrams, so an unquoted Chinese
 * word would match any article sharing one bigram with it (党建火红 finding every 党建 article).
 */
export function articleTextQuery(normalized: string): string {
  const words = normalized.toLowerCase().split(/\s+/).filter(Boolean);
  return words.map((w) => `"${escapeLucene(w)}"`).join(' AND ');
}
