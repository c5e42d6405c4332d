import type { AnnotatedArticle, Annotation } from '../../../../../contract/annotation/types.ts';
import { extractAnnotation } from '../../../../../seed/pipeline/extract/extract.ts';

/** A minimal article around a text, for rule tests. */
export function article(text: string, extra: Partial<AnnotatedArticle> = {}): AnnotatedArticle {
  return {
    id: 'test',
    title: extra.title ?? '测试',
    publishedAt: '2023-05-20T08:00:00+08:00',
    source: null,
    reporters: [],
    language: 'zh',
    text,
    ...extra,
  };
}

export function annotate(text: string, extra: Partial<AnnotatedArticle> = {}): Annotation {
  return extractAnnotation(article(text, extra));
}

/** Entity ids of an annotation. */
export function ids(annotation: Annotation): string[] {
  return annotation.entities.map((e) => e.id);
}

/** Relations as `TYPE from -> to [title|role]` lines. */
export function relations(annotation: Annotation): string[] {
  return annotation.relations.map((r) => {
    const p = r.properties ?? {};
    const extra = p.title ?? p.role;
    return `${r.type} ${r.from} -> ${r.to}${extra ? ` ${String(extra)}` : ''}`;
  });
}

/** PARTICIPATED_IN lines of the events whose id holds `event`, as `from role`. */
export function rolesIn(text: string, event: string): string[] {
  return relations(annotate(text))
    .filter((r) => r.startsWith('PARTICIPATED_IN') && r.includes(event))
    .map((r) => {
      const [, from, , , role] = r.split(' ');
      return `${from} ${role}`;
    });
}

/** The HOLDS_POSITION relations of one person, as `title -> to`. */
export function positionsOf(annotation: Annotation, person: string): string[] {
  return annotation.relations
    .filter((r) => r.type === 'HOLDS_POSITION' && r.from === `person:${person}`)
    .map((r) => `${String(r.properties?.title)} -> ${r.to}`);
}

/**
 * Loads the segmenter, its dictionary and the gazetteer (seconds on a busy machine) before a file's first test,
 * so no single test pays for it against the test timeout: `beforeAll(warmUp, WARM_UP_TIMEOUT)`.
 */
export function warmUp(): void {
  extractAnnotation(article('普陀区委常委、组织部部长李红珍出席。'));
}

export const WARM_UP_TIMEOUT = 120_000;
