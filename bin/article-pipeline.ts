import type { ArticlePipeline } from '../graph/api/pipeline.ts';
import { ParseError } from '../seed/pipeline/parse/index.ts';
import { createExtractionPool, type ExtractionPool } from '../seed/pipeline/pool/extraction-pool.ts';

/** The API's pipeline port served by the extraction pool's worker threads. */
export function poolPipeline(pool: ExtractionPool): ArticlePipeline {
  return {
    parse: (bytes, name) => pool.parse(bytes, name),
    extract: (articles, names) => pool.extractArticles(articles, names),
    parallelism: pool.size,
    isInputError: (error): error is Error => error instanceof ParseError,
  };
}

/** A pool of its own (one worker per core unless `size` says) and the port over it; `close` stops the workers. */
export function startArticlePipeline(size?: number): {
  pipeline: ArticlePipeline;
  close: () => Promise<void>;
} {
  const pool = createExtractionPool(size === undefined ? {} : { size });
  return { pipeline: poolPipeline(pool), close: () => pool.close() };
}
