import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { KINDS } from '../model.ts';
import schema from './annotation.schema.json' with { type: 'json' };
import { MAX_JSON_DEPTH, valueDepth } from './bounded-json.ts';
import type { Annotation, Span } from './types.ts';

export class AnnotationError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: invalid annotation\n  - ${problems.join('\n  - ')}`);
    this.name = 'AnnotationError';
  }

  /** The field of the first problem, as a JSON pointer (`/article/title`). */
  get field(): string {
    return problemField(this.problems[0] ?? '');
  }
}

/** The field a problem line names, as a JSON pointer (`/entities/4/kind`), or '' when it names none. */
export function problemField(problem: string): string {
  return /^(\/[^:\s]*)/.exec(problem)?.[1] ?? '';
}

const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
addFormats(ajv);
const checkSchema = ajv.compile<Annotation>(schema);
const MAX_LISTED = 20;

const KINDS_BY_TYPE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(KINDS).map(([type, kinds]) => [type, new Set<string>(kinds)]),
);

/**
 * Validates against annotation.schema.json, then what a JSON schema cannot say: relation ends are
 * entities of this annotation, ids are unique, kinds belong to their type, offsets lie inside the text
 * and evidence matches it. `source` (a file name or "request body") is named in every error.
 */
export function validateAnnotation(value: unknown, source: string): Annotation {
  if (valueDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new AnnotationError(source, [`(root): nested deeper than ${MAX_JSON_DEPTH} levels`]);
  }
  if (!checkSchema(value)) {
    const errors = checkSchema.errors ?? [];
    const problems = [...new Set(errors.map(describeSchemaError))].slice(0, MAX_LISTED);
    if (errors.length > MAX_LISTED) problems.push(`… and ${errors.length - MAX_LISTED} more`);
    throw new AnnotationError(source, problems);
  }
  const problems = semanticProblems(value);
  if (problems.length > 0) throw new AnnotationError(source, problems.slice(0, MAX_LISTED));
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
  const explained = (error.parentSchema as Record<string, unknown> | undefined)?.['x-invalid'];
  const message =
    (error.keyword === 'pattern' || error.keyword === 'format') && typeof explained === 'string'
      ? explained
      : (error.message ?? 'is invalid');
  return `${where}: ${message}${extra}`;
}

function semanticProblems(annotation: Annotation): string[] {
  const problems: string[] = [];
  const { text } = annotation.article;
  const ids = new Set<string>();
  annotation.entities.forEach((entity, i) => {
    if (ids.has(entity.id)) problems.push(`/entities/${i}/id: duplicate id "${entity.id}"`);
    ids.add(entity.id);
    const kinds = KINDS_BY_TYPE.get(entity.type);
    if (entity.kind !== undefined && !kinds?.has(entity.kind)) {
      const allowed = [...(kinds ?? [])].join(', ') || 'none';
      problems.push(`/entities/${i}/kind: "${entity.kind}" is not a kind of ${entity.type} (${allowed})`);
    }
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
