import type { AnnotatedArticle } from '../../../../../contract/annotation/types.ts';
import { parseBuffer } from '../../../../../seed/pipeline/parse/index.ts';

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** The one article a made-up page of these lines parses to. */
export function page(lines: string[]): AnnotatedArticle {
  const [article] = parseBuffer(utf8(lines.join('\n')), 'page.txt');
  if (!article) throw new Error('no article');
  return article;
}
