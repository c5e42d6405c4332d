import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../../contract/annotation/limits.ts';
import { parseBuffer } from '../../../../../seed/pipeline/parse/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const PARAGRAPH = '青湾区召开民营企业座谈会，区委书记林望舒出席并讲话。'.repeat(40);
/** Paragraphs that differ (a page repeating one paragraph is read as page furniture). */
const paragraph = (i: number) => `第${i}段。${PARAGRAPH}`;

describe('pages longer than the format allows', () => {
  it('keeps the paragraphs that fit, cuts the last after a full sentence and says so', () => {
    const count = Math.ceil(LIMITS.text / PARAGRAPH.length) + 5;
    const page = `青湾区召开民营企业座谈会\n2023-05-06 来源：青湾区融媒体中心\n${Array.from({ length: count }, (_, i) => paragraph(i)).join('\n')}`;
    const [article] = parseBuffer(utf8(page), 'whole-edition.txt');
    expect(article?.text.length).toBeLessThanOrEqual(LIMITS.text);
    expect(article?.text.length).toBeGreaterThan(LIMITS.text - paragraph(0).length - 10);
    expect(article?.text.endsWith('讲话。')).toBe(true);
    expect(article?.warnings?.join(' ')).toMatch(/text cut to its first \d+ of \d+ characters/);
  });

  it('keeps the first images of a gallery up to the limit', () => {
    const images = Array.from(
      { length: LIMITS.images + 40 },
      (_, i) => `<p><img src="/img/${i}.jpg"></p><p>图为座谈会现场第${i}张</p>`,
    ).join('');
    const page = `<html><head><meta charset="utf-8"><title>青湾区召开民营企业座谈会</title></head><body><div class="content"><p>5月6日，青湾区召开民营企业座谈会。</p>${images}</div></body></html>`;
    const [article] = parseBuffer(utf8(page), 'gallery.html');
    expect(article?.images).toHaveLength(LIMITS.images);
    expect(article?.warnings).toContain(`images: the first ${LIMITS.images} of ${LIMITS.images + 40} kept`);
  });
});

describe('what the format refuses inside a field', () => {
  it('removes control and bidirectional formatting characters and cuts an overlong headline and caption', () => {
    const headline = `青湾区召开\u202e民营企业座谈会${'暨项目推进会'.repeat(100)}`;
    const caption = `图为会场\u0007${'现场'.repeat(1200)}`;
    const page = `<html><head><meta charset="utf-8"><title>${headline}</title></head><body><div class="content"><p>5月6日，青湾区召开民营\u0007企业座谈会。</p><figure><img src="/a.jpg"><figcaption>${caption}</figcaption></figure></div></body></html>`;
    const [article] = parseBuffer(utf8(page), 'run-on.html');
    expect(article?.text).toBe('5月6日，青湾区召开民营企业座谈会。');
    expect(article?.title.length).toBe(LIMITS.title);
    expect(article?.title.startsWith('青湾区召开民营企业座谈会')).toBe(true);
    expect(article?.images?.[0]?.caption?.length).toBe(LIMITS.caption);
    expect(article?.images?.[0]?.caption?.startsWith('图为会场现场')).toBe(true);
    expect(article?.warnings).toContain(`title cut to ${LIMITS.title} characters`);
    expect(article?.warnings).toContain(`caption cut to ${LIMITS.caption} characters`);
  });

  it('never cuts a character beyond the BMP in half', () => {
    const rare = '𠀋'.repeat(300);
    const page = `<html><head><meta charset="utf-8"><title>${rare}</title></head><body><div class="content"><p>5月6日，青湾区召开民营企业座谈会。</p></div></body></html>`;
    const [article] = parseBuffer(utf8(page), 'rare-characters.html');
    // A lone surrogate does not survive a round trip through UTF-8.
    const title = article?.title ?? '';
    expect(new TextDecoder().decode(utf8(title))).toBe(title);
    expect(article?.title.length).toBeLessThanOrEqual(LIMITS.title);
  });
});
