/**
 * Captioned images of an HTML page: `<figure>` with `<figcaption>`, and caption paragraphs (`图说:…`, `图为…`, or
 * a caption class such as `pic-text`) with the `<img>` inside or just before them. They become `images` and are
 * removed from the DOM. Images without a caption are not recorded.
 */
import type { ArticleImage } from '../../../contract/annotation/types.ts';
import { allElements, hasDescendant, inlineText } from './html-text.ts';
import { captionText, makeImage, splitCredit } from './images.ts';

const CAPTION_CLASS_RE =
  /caption|pic-?(?:txt|text|info|desc|title)|img-?(?:desc|txt|text)|image-?desc|tuzhu|photo-?desc/i;
const MAX_CREDITED_CAPTION = 120;
const LEAF_CANDIDATES = new Set(['P', 'DIV', 'SPAN', 'CENTER', 'TD', 'DD']);
const BLOCK_INSIDE = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'LI', 'TABLE', 'UL', 'OL']);

/** The image's address, made absolute against `base` (`<base href>` or the page URL) when there is one. */
function imageFile(img: Element | null | undefined, base: string | null): string | undefined {
  const src = (
    img?.getAttribute('src') ||
    img?.getAttribute('data-src') ||
    img?.getAttribute('data-original')
  )?.trim();
  if (!src || !base) return src || undefined;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/**
 * The image a caption belongs to: inside it, or in the element just before it or before one of its nearest
 * ancestors (`<tr><td><img></td></tr><tr><td class="note">caption</td></tr>`).
 */
function imageNear(el: Element): Element | null {
  const inside = el.getElementsByTagName('img')[0];
  if (inside) return inside;
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const prev: Element | null = node.previousElementSibling;
    if (prev) return prev.tagName === 'IMG' ? prev : (prev.getElementsByTagName('img')[0] ?? null);
  }
  return null;
}

/** A short line right after an image that ends with a credit (`区领导为获奖企业授牌。 记者 孙海鸥 摄`). */
function creditedCaption(el: Element, text: string): boolean {
  return (
    text.length <= MAX_CREDITED_CAPTION && splitCredit(text).credit !== undefined && imageNear(el) !== null
  );
}

const MAX_PLAIN_CAPTION = 50;

/**
 * `<p><img></p><p>程远山在某某公司调研</p>`: a short line with no sentence in it, right after a block that holds
 * only a picture, is that picture's caption (portal editors centre it under the image).
 */
function plainCaption(el: Element, text: string): boolean {
  const prev = el.previousElementSibling;
  if (!prev || text.length > MAX_PLAIN_CAPTION || /[。！？；;]/u.test(text)) return false;
  const picture = prev.tagName === 'IMG' || prev.getElementsByTagName('img').length > 0;
  return picture && inlineText(prev) === '';
}

export function extractImages(document: Document, base: string | null): ArticleImage[] {
  const images: ArticleImage[] = [];
  for (const figure of [...document.getElementsByTagName('figure')]) {
    const caption = inlineText(figure.getElementsByTagName('figcaption')[0]);
    const file = imageFile(figure.getElementsByTagName('img')[0], base);
    if (!caption && !file) continue;
    images.push(makeImage(file, caption ? (captionText(caption) ?? caption) : undefined));
    figure.remove();
  }
  const candidates = allElements(document.body).filter((el) => LEAF_CANDIDATES.has(el.tagName.toUpperCase()));
  for (const el of candidates) {
    if (!el.isConnected || hasDescendant(el, BLOCK_INSIDE)) continue;
    const text = inlineText(el);
    if (!text || text.length > 300) continue;
    const captionLike =
      CAPTION_CLASS_RE.test(el.getAttribute('class') ?? '') ||
      creditedCaption(el, text) ||
      plainCaption(el, text);
    const caption = captionText(text) ?? (captionLike ? text : undefined);
    if (caption === undefined) continue;
    images.push(makeImage(imageFile(imageNear(el), base), caption));
    el.remove();
  }
  return images;
}
