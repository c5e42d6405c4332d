/**
 * A word list asked which of its words a text holds at an offset, as readers ask in loops over every offset: the
 * words are grouped by their first character once, so a question asks only the words that open with the character
 * written there. The answers are those of `words.find((w) => text.startsWith(w, at))`, in the list's own order.
 */
export interface WordsAt {
  /** The first word of the list (in its order) written at `at`. */
  find(text: string, at: number): string | undefined;
  /** Whether any word of the list is written at `at`. */
  some(text: string, at: number): boolean;
}

export function wordsAt(words: readonly string[]): WordsAt {
  // (An empty word is written everywhere: such a list is asked as it is.)
  if (words.includes('')) {
    const find = (text: string, at: number) => words.find((w) => text.startsWith(w, at));
    return { find, some: (text, at) => find(text, at) !== undefined };
  }
  const byFirst = new Map<number, string[]>();
  for (const word of words) {
    const list = byFirst.get(word.charCodeAt(0));
    if (list) list.push(word);
    else byFirst.set(word.charCodeAt(0), [word]);
  }
  const find = (text: string, at: number): string | undefined => {
    // (startsWith reads a position before the text as its start.)
    const list = byFirst.get(text.charCodeAt(Math.max(0, at)));
    if (!list) return undefined;
    for (const word of list) if (text.startsWith(word, at)) return word;
    return undefined;
  };
  return { find, some: (text, at) => find(text, at) !== undefined };
}
