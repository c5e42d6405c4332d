/** What search knows of a hit: its names and the keys the loader wrote (graph/names/search-keys.ts). */
export interface RankedNames {
  name: string;
  /** Aliases, traditional forms and English names. */
  names: string[];
  /** Readings of the whole name: by syllable, joined, by word. */
  pinyin: string[];
  initials: string[];
}

/**
 * How well a hit answers the query, best first: 3 the whole name (or alias, or its pinyin or initials, spaces
 * aside); 2 the start of one; 1 the query's words in the name or its pinyin in their order, others left out
 * between them (红珍 or hongzhen in 李红珍; `fengxiang zhengx` in 凤翔县政协); 0 the index's other finds (the
 * words out of order, a shared pair of characters).
 */
export function matchRank(hit: RankedNames, normalizedQuery: string): number {
  const query = normalizedQuery.toLowerCase();
  const words = query.split(/\s+/).filter(Boolean);
  const compact = words.join('');
  const names = [hit.name, ...hit.names].map((n) => n.toLowerCase());
  const readings = [...hit.pinyin, ...hit.initials].map((r) => r.replace(/\s+/g, ''));
  if (names.includes(query) || readings.includes(compact)) return 3;
  if (names.some((n) => n.startsWith(query)) || readings.some((r) => r.startsWith(compact))) return 2;
  const joined = hit.pinyin.map((r) => r.replace(/\s+/g, ''));
  if (names.some((n) => inOrder(n, words)) || joined.some((r) => inOrder(r, words))) return 1;
  return 0;
}

/** Each word found in the text after the one before it. */
function inOrder(text: string, words: string[]): boolean {
  let from = 0;
  for (const word of words) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}
