/**
 * The article pipeline's public API: parse a file (seed/pipeline/parse), extract an annotation from an article
 * (seed/pipeline/extract: rules, gazetteer, segmenter; deterministic and offline), resolve names to canonical ids
 * (seed/pipeline/resolve). `extractFile` does both steps for a file that holds one article or several records.
 */
import type { AnnotatedArticle, Annotation } from '../../contract/annotation/types.ts';
import { extract, extractAnnotation } from './extract/extract.ts';
import { parseFile } from './parse/index.ts';

export { type Extraction, extract, extractAnnotation } from './extract/extract.ts';
export { type Division, Gazetteer, gazetteer } from './gazetteer/gazetteer.ts';
export { ParseError, parseBuffer, parseFile } from './parse/index.ts';
export { pinyinAliases, traditionalAlias } from './resolve/aliases.ts';
export { englishNames } from './resolve/english-names.ts';

/** Parses `path` (scrape .txt, HTML, JSON or NDJSON records) and extracts one annotation per article in it. */
export async function extractFile(path: string): Promise<Annotation[]> {
  const articles: AnnotatedArticle[] = await parseFile(path);
  return articles.map((article) => extractAnnotation(article));
}

/** Like `extractFile`, with each annotation's rule trace (which rule produced each entity and relation). */
export async function extractFileWithTrace(path: string): Promise<ReturnType<typeof extract>[]> {
  return (await parseFile(path)).map((article) => extract(article));
}
