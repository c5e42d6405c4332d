import { readFile, writeFile } from 'node:fs/promises';
import { articleId } from '../../contract/annotation/ids.ts';
import { validateAnnotation } from '../../contract/annotation/validate.ts';
import { type AnnotationSpec, specToAnnotation } from './spec-to-annotation.ts';

/** Usage: tsx seed/review/cli-spec.ts SPEC.json [OUT.json] — writes the annotation (stdout without OUT). */
const [specPath, outPath] = process.argv.slice(2);
if (!specPath) {
  console.error('usage: tsx seed/review/cli-spec.ts SPEC.json [OUT.json]');
  process.exit(2);
}
const spec = JSON.parse(await readFile(specPath, 'utf8')) as AnnotationSpec;
spec.article.id ||= articleId(spec.article);
const annotation = validateAnnotation(specToAnnotation(spec), specPath);
const json = `${JSON.stringify(annotation, null, 2)}\n`;
if (outPath) await writeFile(outPath, json);
else process.stdout.write(json);
