import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import schema from './annotation.schema.json' with { type: 'json' };
import type { Annotation, Span } from './types.ts';

export class AnnotationError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: invalid annotation\n  - ${problems.join('\n  - ')}`);
    this.name = 'AnnotationError';
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const checkSchema = ajv.compile<Annotation>(schema);

/**
 * Validates against annotation.schema.json, then what a JSON schema cannot say: relation ends are
 * entities of this annotation, ids are unique, offsets lie inside the text and evidence matches it.
 * `source` (a file name or "request body") is named in every error.
 */
export function validateAnnotation(value: unknown, source: string): Annotation {
  if (!checkSchema(value)) {
    throw new AnnotationError(source, (checkSchema.errors ?? []).map(describeSchemaError));
  }
  const problems = semanticProblems(value);
  if (problems.length > 0) throw new AnnotationError(source, problems);
  return value;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const extra =
    error.keyword === 'additionalProperties'
      ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
      : error.keyword === 'enum'
        ? ` (${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')})`
        : '';
  return `${where}: ${error.message ?? 'is invalid'}${extra}`;
}

function semanticProblems(annotation: Annotation): string[] {
  const problems: string[] = [];
  const { text } = annotation.article;
  const ids = new Set<string>();
  annotation.entities.forEach((entity, i) => {
    if (ids.has(entity.id)) problems.push(`/entities/${i}/id: duplicate id "${entity.id}"`);
    ids.add(entity.id);
    entity.mentions?.forEach((m, j) => {
      const problem = spanProblem(m, text.length);
      if (problem) problems.push(`/entities/${i}/mentions/${j}: ${problem}`);
    });
  });
  annotation.relations.forEach((relation, i) => {
    if (!ids.has(relation.from)) problems.push(`/relations/${i}/from: unknown entity "${relation.from}"`);
    if (!ids.has(relation.to)) problems.push(`/relations/${i}/to: unknown entity "${relation.to}"`);
    const { evidence } = relation;
    const problem = spanProblem(evidence, text.length);
    if (problem) problems.push(`/relations/${i}/evidence: ${problem}`);
    else if (text.slice(evidence.start, evidence.end) !== evidence.text) {
      problems.push(
        `/relations/${i}/evidence/text: does not match article.text at ${evidence.start}-${evidence.end}`,
      );
    }
  });
  return problems;
}

function spanProblem(span: Span, length: number): string | undefined {
  if (span.end < span.start) return `end ${span.end} is before start ${span.start}`;
  if (span.end > length) return `end ${span.end} is past the end of article.text (${length})`;
  return undefined;
}
