import { LIMITS, REFUSED_CHARACTERS } from '../../../contract/annotation/limits.ts';
import type { ArticleImage, ArticleLink } from '../../../contract/annotation/types.ts';
import { joinParagraphs } from './paragraphs.ts';

/**
 * A page is read whatever it carries: characters the format refuses (control and bidirectional formatting
 * characters) are removed, and what is longer than the format's limits (a whole e-paper edition, a gallery) is
 * cut to them, with a warning. The headline is fitted by `fitLine` once its gaps are filled (article.ts). The
 * limits are the schema's (contract/annotation/limits.ts).
 */

/** The fields of a parsed page this step fits (article.ts's ArticleFields has them). */
interface PageFields {
  source: string | null;
  site: string | null;
  url: string | null;
  reporters: string[];
  paragraphs: string[];
  images: ArticleImage[];
  links: ArticleLink[];
  warnings: string[];
}

const SENTENCE_END = /[。！？!?；]/gu;

/** One-line text without refused characters, cut to `limit` (noting it as `field`). */
export function fitLine(value: string, limit: number, field: string, warnings: string[]): string {
  const clean = value.replace(REFUSED_CHARACTERS.line, '');
  if (clean.length <= limit) return clean;
  warnings.push(`${field} cut to ${limit} characters`);
  return `${headOf(clean, limit - 1)}…`;
}

/** The first `length` UTF-16 units, one fewer where the last would be half of a character beyond the BMP. */
function headOf(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

function fitOptional(value: string | null, limit: number, field: string, warnings: string[]): string | null {
  return value === null ? null : fitLine(value, limit, field, warnings) || null;
}

/** An address longer than the format allows is no address (a cut one would lead elsewhere). */
function fitUrl(value: string | null | undefined, limit: number, warnings: string[]): string | null {
  const clean = value?.replace(REFUSED_CHARACTERS.line, '') ?? '';
  if (clean.length <= limit) return clean || null;
  warnings.push(`an address longer than ${limit} characters left out`);
  return null;
}

/** The paragraphs that fit in `limit` characters joined, the last one cut after its last full sentence that fits. */
function paragraphsWithin(paragraphs: string[], limit: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const paragraph of paragraphs) {
    const room = limit - used - (kept.length > 0 ? 1 : 0);
    if (paragraph.length <= room) {
      used += paragraph.length + (kept.length > 0 ? 1 : 0);
      kept.push(paragraph);
      continue;
    }
    const head = paragraph.slice(0, room);
    const ends = [...head.matchAll(SENTENCE_END)];
    const last = ends.at(-1);
    const cut = (last?.index !== undefined ? head.slice(0, last.index + 1) : head).trim();
    if (cut) kept.push(cut);
    break;
  }
  return kept;
}

function fitParagraphs(fields: PageFields): void {
  const clean = fields.paragraphs.map((p) => p.replace(REFUSED_CHARACTERS.text, '').trim()).filter(Boolean);
  const total = joinParagraphs(clean).length;
  fields.paragraphs = total > LIMITS.text ? paragraphsWithin(clean, LIMITS.text) : clean;
  if (total > LIMITS.text) {
    const kept = joinParagraphs(fields.paragraphs).length;
    fields.warnings.push(`text cut to its first ${kept} of ${total} characters (the format's limit)`);
  }
}

function fitImage(image: ArticleImage, warnings: string[]): ArticleImage {
  const fitted: ArticleImage = { ...image };
  if (image.file !== undefined) {
    const file = fitUrl(image.file, LIMITS.imageFile, warnings);
    if (file) fitted.file = file;
    else delete fitted.file;
  }
  if (image.caption !== undefined) {
    const caption = image.caption.replace(REFUSED_CHARACTERS.text, '');
    if (caption.length > LIMITS.caption) warnings.push(`caption cut to ${LIMITS.caption} characters`);
    fitted.caption = caption.length > LIMITS.caption ? `${headOf(caption, LIMITS.caption - 1)}…` : caption;
  }
  if (image.credit !== undefined) fitted.credit = fitLine(image.credit, LIMITS.credit, 'credit', warnings);
  return fitted;
}

function fitLink(link: ArticleLink, warnings: string[]): ArticleLink {
  const title = fitLine(link.title, LIMITS.linkTitle, 'link title', warnings);
  return link.url === undefined
    ? { ...link, title }
    : { ...link, title, url: fitUrl(link.url, LIMITS.linkUrl, warnings) };
}

function firstOf<T>(list: T[], limit: number, name: string, warnings: string[]): T[] {
  if (list.length > limit) warnings.push(`${name}: the first ${limit} of ${list.length} kept`);
  return list.slice(0, limit);
}

export function fitToFormat(fields: PageFields): void {
  const { warnings } = fields;
  fitParagraphs(fields);
  fields.source = fitOptional(fields.source, LIMITS.source, 'source', warnings);
  fields.site = fitOptional(fields.site, LIMITS.source, 'site', warnings);
  fields.url = fitUrl(fields.url, LIMITS.url, warnings);
  const reporters = fields.reporters
    .map((r) => r.replace(REFUSED_CHARACTERS.line, ''))
    .filter((r) => r && r.length <= LIMITS.reporter);
  fields.reporters = firstOf(reporters, LIMITS.reporters, 'reporters', warnings);
  fields.images = firstOf(fields.images, LIMITS.images, 'images', warnings).map((image) =>
    fitImage(image, warnings),
  );
  fields.links = firstOf(fields.links, LIMITS.links, 'links', warnings).map((link) =>
    fitLink(link, warnings),
  );
}
