import type { AnnotatedArticle, ArticleOutcome } from '../../contract/annotation/types.ts';

/**
 * What the write endpoints need from the article pipeline (seed/pipeline), injected by the entry point so
 * that graph/ does not import seed/. Both steps run off the thread that answers requests (the pipeline's
 * worker threads), so a big upload never holds up reads.
 */
export interface ArticlePipeline {
  /** Raw bytes of a page scrape, HTML page or JSON/NDJSON records; `name` tells the format. Rejects bad input. */
  parse(bytes: Uint8Array, name: string): Promise<AnnotatedArticle[]>;
  /** Extracts and validates articles, one outcome per article in order; `names[i]` names article i in reasons. */
  extract(articles: AnnotatedArticle[], names: string[]): Promise<ArticleOutcome[]>;
  /** How many `extract` calls run at once (worker threads): callers keep that many busy. */
  readonly parallelism: number;
  /** Errors from `parse` that describe bad input (answered with 400). */
  isInputError(error: unknown): error is Error;
}
