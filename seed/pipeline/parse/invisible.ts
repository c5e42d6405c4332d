/**
 * Characters a page carries that no reader sees as text: zero-width spaces and joiners, word joiners, byte-order
 * marks and soft hyphens (they split a name, `林\u200b远航`, from its mentions), the object replacement character an
 * editor leaves where a picture was, and private-use characters (an icon font's glyphs: a camera before a caption, a
 * share button), which draw a missing-glyph box. They are removed before anything reads the page.
 */
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff\ufffc\ue000-\uf8ff\u{f0000}-\u{10fffd}]/gu;

export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_RE, '');
}
