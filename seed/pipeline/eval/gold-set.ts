import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleId } from '../../../contract/annotation/ids.ts';
import type { AnnotatedArticle, Annotation } from '../../../contract/annotation/types.ts';
import { type AnnotationSpec, specToAnnotation } from '../../review/spec-to-annotation.ts';
import { parseFile } from '../parse/index.ts';

/**
 * A scored set: `<dir>/*.spec.json` with the raw files in `<dir>/articles/`. The raw file of `NAME.spec.json` is
 * `articles/NAME.<ext>`; of `NAME.2.spec.json` it is `articles/NAME.<ext>`, record 2 (1-based). The article the
 * extractor sees is what the parser makes of the raw file; when there is no raw file (the seed article lives in
 * seed/articles/), the spec's own article is used and the case says so. A raw file the parser refuses is a refused
 * case: it scores as if nothing had been extracted.
 */

export interface GoldCase {
  name: string;
  /** The raw file parsed, or undefined when the spec's article is used. */
  file: string | undefined;
  /** Why the spec's article was used instead of the parsed raw file. */
  note: string | undefined;
  /** The parser's error when it refused the raw file: the case scores as an empty prediction. */
  refused: string | undefined;
  article: AnnotatedArticle;
  gold: Annotation;
}

const SPEC = /^(.*?)(?:\.(\d+))?\.spec\.json$/;

async function rawFile(dir: string, base: string): Promise<string | undefined> {
  const files = await readdir(join(dir, 'articles')).catch(() => [] as string[]);
  const match = files.find((f) => f.startsWith(`${base}.`) && !f.endsWith('.spec.json'));
  return match ? join(dir, 'articles', match) : undefined;
}

export async function loadGoldSet(dir: string): Promise<GoldCase[]> {
  const names = (await readdir(dir)).filter((f) => SPEC.test(f)).sort();
  const cases: GoldCase[] = [];
  for (const name of names) {
    const m = SPEC.exec(name);
    const base = m?.[1] ?? name;
    const record = m?.[2] ? Number(m[2]) : 1;
    const spec = JSON.parse(await readFile(join(dir, name), 'utf8')) as AnnotationSpec;
    spec.article.id ||= articleId(spec.article);
    const gold = specToAnnotation(spec);
    const file = await rawFile(dir, base);
    let article = spec.article;
    const note: string | undefined = file ? undefined : 'no raw file: article from the spec';
    let refused: string | undefined;
    if (file) {
      try {
        const articles = await parseFile(file);
        const parsed = articles[record - 1];
        if (!parsed)
          throw new Error(`${file}: has ${articles.length} record(s), ${name} wants record ${record}`);
        article = parsed;
      } catch (error) {
        refused = error instanceof Error ? error.message : String(error);
      }
    }
    cases.push({ name: name.replace(/\.spec\.json$/, ''), file, note, refused, article, gold });
  }
  return cases;
}
