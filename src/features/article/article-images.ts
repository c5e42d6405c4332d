import type { ArticleDetail } from '../../../contract/api/payloads.ts';

type ArticleImage = ArticleDetail['article']['images'][number];

/**
 * What the reader prints for one picture of the page: its caption (else its file name) and its credit in
 * brackets. Text only: a pictograph before it (🖼) drew a missing-glyph box on systems without an emoji font.
 */
export function imageLine(image: ArticleImage): string {
  const what = image.caption ?? image.file ?? '';
  return image.credit ? `${what} (${image.credit})`.trim() : what;
}
