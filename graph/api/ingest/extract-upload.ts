import type { AnnotatedArticle, Annotation } from '../../../contract/annotation/types.ts';
import type { IngestFailure } from '../../../contract/api/payloads.ts';
import { BadRequestError } from '../errors.ts';
import type { ArticlePipeline } from '../pipeline.ts';

/** Articles per task sent to a worker: small enough for steady progress, large enough that messages are few. */
const CHUNK = 25;

/** The articles of a raw upload, parsed on a worker; input that is not an article is a 400 naming it. */
export async function parseUpload(
  pipeline: ArticlePipeline | undefined,
  bytes: Buffer | undefined,
  name: string,
): Promise<AnnotatedArticle[]> {
  if (bytes === undefined) throw new BadRequestError('body', 'body is required');
  if (!pipeline)
    throw new BadRequestError('body', 'body: this server cannot extract raw articles; send an annotation');
  let articles: AnnotatedArticle[];
  try {
    articles = await pipeline.parse(bytes, name);
  } catch (error) {
    if (pipeline.isInputError(error)) throw new BadRequestError('body', error.message);
    throw error;
  }
  if (articles.length === 0) throw new BadRequestError('body', `${name}: no article found`);
  return articles;
}

/** One article of an upload as extraction left it: loaded next, or skipped with its reason. */
export type UploadOutcome =
  | { record: number; annotation: Annotation }
  | { record: number; failure: IngestFailure };

/**
 * The outcomes of `articles[from…]` in upload order (records count from 1), extracted on the pipeline's
 * workers a chunk at a time with every worker kept busy, so a consumer that writes to Neo4j overlaps
 * with extraction and memory holds a few chunks whatever the upload's size. Stops early when the
 * consumer stops pulling.
 */
export async function* extractUpload(
  pipeline: ArticlePipeline,
  articles: AnnotatedArticle[],
  name: string,
  from = 0,
): AsyncGenerator<UploadOutcome> {
  const many = articles.length > 1;
  const inFlight: Promise<UploadOutcome[]>[] = [];
  let next = from;
  const fill = () => {
    while (inFlight.length < pipeline.parallelism * 2 && next < articles.length) {
      const start = next;
      const chunk = articles.slice(start, start + CHUNK);
      next += chunk.length;
      const names = chunk.map((_, i) => (many ? `${name} record ${start + i + 1}` : name));
      const outcomes = pipeline.extract(chunk, names).then((results) =>
        results.map((result, i): UploadOutcome => {
          const record = start + i + 1;
          if (result.ok) return { record, annotation: result.annotation };
          const title = chunk[i]?.title.slice(0, 200) ?? null;
          return { record, failure: { record: many ? record : null, title, reason: result.reason } };
        }),
      );
      outcomes.catch(() => {}); // thrown when its turn comes
      inFlight.push(outcomes);
    }
  };
  fill();
  while (inFlight.length > 0) {
    const outcomes = await (inFlight.shift() as Promise<UploadOutcome[]>);
    fill();
    yield* outcomes;
  }
}
