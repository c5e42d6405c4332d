import type { AnnotatedArticle, Annotation } from '../../contract/annotation/types.ts';

/**
 * What the write endpoints need from the article pipeline (seed/pipeline), injected by the entry
 * point so that graph/ does not import seed/.
 */
export interface ArticlePipeline {
  /** Raw bytes of a page scrape, HTML page or JSON/NDJSON records; `name` tells the format. Throws on bad input. */
  parse(bytes: Uint8Array, name: string): AnnotatedArticle[];
  extract(article: AnnotatedArticle): Annotation;
  /** Errors from `parse` that describe bad input (answered with 400). */
  isInputError(error: unknown): error is Error;
}
