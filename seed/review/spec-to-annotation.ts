import { entityId } from '../../contract/annotation/ids.ts';
import type {
  AnnotatedArticle,
  AnnotatedEntity,
  AnnotatedRelation,
  Annotation,
  Span,
} from '../../contract/annotation/types.ts';
import type { EntityType, RelationType } from '../../contract/model.ts';
import { sentenceAround, sentenceSpans } from './sentences.ts';

/**
 * A compact, hand-writable description of what an article says, from which the full annotation
 * (ids, mention offsets, evidence sentences with offsets) is computed. Reviewers and gold-set
 * authors write specs; nobody counts UTF-16 offsets by hand.
 */
export interface AnnotationSpec {
  article: AnnotatedArticle;
  entities: EntitySpec[];
  relations: RelationSpec[];
  review?: Annotation['review'];
}

export interface EntitySpec {
  type: EntityType;
  name: string;
  /** Defaults to entityId(type, name); give it for qualified ids such as place:上海市普陀区. */
  id?: string;
  kind?: string;
  aliases?: string[];
  /** Strings that count as mentions in the text; defaults to the name and the aliases. */
  surface?: string[];
  properties?: Record<string, unknown>;
}

export interface RelationSpec {
  type: RelationType;
  /** Entity name or id. */
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  /** A piece of the supporting sentence; the whole sentence becomes the evidence. */
  evidence: string;
}

export class SpecError extends Error {}

export function specToAnnotation(spec: AnnotationSpec): Annotation {
  const { text } = spec.article;
  const entities = spec.entities.map((e) => toEntity(e));
  const mentions = findMentions(text, spec.entities, entities);
  for (const [index, entity] of entities.entries()) entity.mentions = mentions[index] ?? [];
  const sentences = sentenceSpans(text);
  const relations = spec.relations.map((r, index) => toRelation(r, index, entities, text, sentences));
  return {
    schemaVersion: 1,
    article: spec.article,
    entities,
    relations,
    ...(spec.review ? { review: spec.review } : {}),
  };
}

function toEntity(spec: EntitySpec): AnnotatedEntity {
  return {
    id: spec.id ?? entityId(spec.type, spec.name),
    type: spec.type,
    ...(spec.kind ? { kind: spec.kind } : {}),
    name: spec.name,
    aliases: spec.aliases ?? [],
    ...(spec.properties ? { properties: spec.properties } : {}),
  };
}

/** Longest surface first; an occurrence inside an accepted longer one is not a mention of its own. */
function findMentions(text: string, specs: EntitySpec[], entities: AnnotatedEntity[]): Span[][] {
  const candidates: { entity: number; start: number; end: number }[] = [];
  specs.forEach((spec, entity) => {
    const surfaces = new Set(spec.surface ?? [spec.name, ...(spec.aliases ?? [])]);
    for (const surface of surfaces) {
      if (!surface) continue;
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        candidates.push({ entity, start: at, end: at + surface.length });
      }
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  const result: Span[][] = entities.map(() => []);
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
    result[c.entity]?.push({ start: c.start, end: c.end });
  }
  for (const spans of result) spans.sort((a, b) => a.start - b.start);
  return result;
}

function toRelation(
  spec: RelationSpec,
  index: number,
  entities: AnnotatedEntity[],
  text: string,
  sentences: Span[],
): AnnotatedRelation {
  const from = resolve(spec.from, entities, index, 'from');
  const to = resolve(spec.to, entities, index, 'to');
  const at = text.indexOf(spec.evidence);
  if (at < 0) throw new SpecError(`relations[${index}].evidence: "${spec.evidence}" is not in the text`);
  const sentence = sentenceAround(sentences, at, at + spec.evidence.length);
  if (!sentence)
    throw new SpecError(`relations[${index}].evidence: "${spec.evidence}" crosses a sentence end`);
  return {
    type: spec.type,
    from,
    to,
    ...(spec.properties ? { properties: spec.properties } : {}),
    evidence: { text: text.slice(sentence.start, sentence.end), ...sentence },
  };
}

function resolve(ref: string, entities: AnnotatedEntity[], index: number, field: string): string {
  const found = entities.find((e) => e.id === ref || e.name === ref);
  if (!found) throw new SpecError(`relations[${index}].${field}: no entity named or with id "${ref}"`);
  return found.id;
}
