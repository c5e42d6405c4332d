import { readFileSync } from 'node:fs';
import type { Annotation } from '../../contract/annotation/types.ts';

export const SEED_ANNOTATION_FILE = 'seed/annotations/f272be3deda32c55.json';

/**
 * A fresh copy of the reviewed seed annotation, safe to modify in a test. Without its page fingerprint: copies
 * given other ids stay other articles (an article with another's fingerprint replaces it; tests of that set one).
 */
export function seedAnnotation(): Annotation {
  const annotation = JSON.parse(readFileSync(SEED_ANNOTATION_FILE, 'utf8')) as Annotation;
  delete annotation.article.fingerprint;
  return annotation;
}

/** The seed's district science committee, and the separate id a second article wrongly gives it. */
export const KEWEI = 'org:上海市普陀区科委';
export const KEWEI_LONG = 'org:普陀区科学技术委员会';
export const SECOND_ARTICLE_ID = 'bbbbbbbbbbbbbbbb';

/**
 * The seed article again under another id and title, in which the extractor made a separate
 * 普陀区科学技术委员会 (KEWEI_LONG): a merge correction joins the two.
 */
export function secondArticle(title = '另一篇报道'): Annotation {
  const b = seedAnnotation();
  b.article.id = SECOND_ARTICLE_ID;
  b.article.title = title;
  b.article.publishedAt = '2023-05-01T09:00:00+08:00';
  b.article.links = [];
  for (const e of b.entities)
    if (e.id === KEWEI) Object.assign(e, { id: KEWEI_LONG, name: '普陀区科学技术委员会' });
  for (const r of b.relations) {
    if (r.from === KEWEI) r.from = KEWEI_LONG;
    if (r.to === KEWEI) r.to = KEWEI_LONG;
  }
  return b;
}
