import type { AnnotatedEntity, AnnotatedRelation, Annotation } from '../../contract/annotation/types.ts';
import type { Correction, CorrectionChange, TextSpan } from '../../contract/api/corrections.ts';
import { QUALIFIER } from '../../contract/model.ts';
import { factId } from '../loader/prepare.ts';

export interface CorrectedAnnotations {
  annotations: Annotation[];
  /** Per correction id, the articles in which it found its target. */
  matched: Map<string, Set<string>>;
}

/**
 * The graph is "extraction + corrections": this turns what the extractor said about some articles into
 * what the graph should hold, by applying every correction that is not undone, oldest first. Pure and
 * deterministic; the inputs are not changed. A correction whose target is not in an article leaves it alone.
 */
export function applyCorrections(annotations: Annotation[], corrections: Correction[]): CorrectedAnnotations {
  const active = corrections.filter((c) => c.undoneBy === null).sort((a, b) => a.seq - b.seq);
  const matched = new Map<string, Set<string>>();
  const corrected = annotations.map((original) => {
    const annotation = structuredClone(original);
    for (const correction of active) {
      if (applyOne(annotation, correction)) {
        const set = matched.get(correction.id) ?? new Set<string>();
        set.add(annotation.article.id);
        matched.set(correction.id, set);
      }
    }
    return annotation;
  });
  return { annotations: corrected, matched };
}

function applyOne(annotation: Annotation, correction: Correction): boolean {
  const change = correction.change;
  const inArticle = (article: string | null) => article === null || article === annotation.article.id;
  switch (change.op) {
    case 'merge':
      return merge(annotation, change);
    case 'split':
      return split(annotation, change);
    case 'rename': {
      const entity = find(annotation, change.entity.id);
      if (!entity) return false;
      rename(entity, change.name);
      return true;
    }
    case 'retype': {
      const entity = find(annotation, change.entity.id);
      if (!entity) return false;
      setType(entity, change.type, change.kind);
      return true;
    }
    case 'reject': {
      if (!inArticle(change.article) || !find(annotation, change.entity.id)) return false;
      removeEntity(annotation, change.entity.id);
      return true;
    }
    case 'accept':
      return inArticle(change.article) && find(annotation, change.entity.id) !== undefined;
    case 'respan': {
      const entity = find(annotation, change.entity.id);
      if (!inArticle(change.article) || !entity) return false;
      if (annotation.article.text.slice(change.to.start, change.to.end) !== change.text) return false;
      const mention = entity.mentions?.find((m) => sameSpan(m, change.from));
      if (!mention) return false;
      mention.start = change.to.start;
      mention.end = change.to.end;
      return true;
    }
    case 'addEntity':
      return addEntity(annotation, change);
    case 'addRelation':
      return addRelation(annotation, change);
    case 'removeRelation': {
      if (!inArticle(change.article)) return false;
      const before = annotation.relations.length;
      annotation.relations = annotation.relations.filter((r) => factId(r) !== change.relation);
      return annotation.relations.length < before;
    }
    case 'review':
      if (!inArticle(change.article)) return false;
      annotation.review = { status: 'reviewed', by: correction.by, at: correction.at };
      return true;
    case 'undo':
      return false;
  }
}

const find = (annotation: Annotation, id: string) => annotation.entities.find((e) => e.id === id);
const sameSpan = (a: TextSpan, b: TextSpan) => a.start === b.start && a.end === b.end;

function unionSpans(a: TextSpan[] = [], b: TextSpan[] = []): TextSpan[] {
  const out = [...a];
  for (const span of b) if (!out.some((s) => sameSpan(s, span))) out.push({ ...span });
  return out.sort((x, y) => x.start - y.start);
}

function unionNames(names: (string | undefined)[], except: string): string[] {
  return [...new Set(names.filter((n): n is string => !!n && n !== except))];
}

function rename(entity: AnnotatedEntity, name: string): void {
  if (entity.name === name) return;
  entity.aliases = unionNames([...(entity.aliases ?? []), entity.name], name);
  entity.name = name;
}

function setType(entity: AnnotatedEntity, type: AnnotatedEntity['type'], kind: string | null): void {
  entity.type = type;
  if (kind) entity.kind = kind;
  else delete entity.kind;
}

function removeEntity(annotation: Annotation, id: string): void {
  annotation.entities = annotation.entities.filter((e) => e.id !== id);
  annotation.relations = annotation.relations.filter((r) => r.from !== id && r.to !== id);
}

/** Relations after their ends moved: none from an entity to itself, each fact once. */
function tidyRelations(relations: AnnotatedRelation[]): AnnotatedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    if (r.from === r.to) return false;
    const id = factId(r);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function merge(annotation: Annotation, change: Extract<CorrectionChange, { op: 'merge' }>): boolean {
  const goner = find(annotation, change.entity.id);
  const survivor = find(annotation, change.into.id);
  if (survivor) setType(survivor, change.type, change.kind);
  if (!goner) return false;
  if (survivor) {
    survivor.mentions = unionSpans(survivor.mentions, goner.mentions);
    survivor.aliases = unionNames(
      [...(survivor.aliases ?? []), ...(goner.aliases ?? []), goner.name],
      survivor.name,
    );
    annotation.entities = annotation.entities.filter((e) => e !== goner);
  } else {
    goner.id = change.into.id;
    rename(goner, change.into.name);
    setType(goner, change.type, change.kind);
  }
  for (const relation of annotation.relations) {
    if (relation.from === change.entity.id) relation.from = change.into.id;
    if (relation.to === change.entity.id) relation.to = change.into.id;
  }
  annotation.relations = tidyRelations(annotation.relations);
  return true;
}

function split(annotation: Annotation, change: Extract<CorrectionChange, { op: 'split' }>): boolean {
  const old = find(annotation, change.entity.id);
  if (!old) return false;
  const wholeArticle = change.articles.includes(annotation.article.id);
  const moving = new Set(change.relations);
  const touches = (r: AnnotatedRelation) => r.from === old.id || r.to === old.id;
  const moved = annotation.relations.filter((r) => touches(r) && (wholeArticle || moving.has(factId(r))));
  if (moved.length === 0 && !wholeArticle) return false;
  for (const relation of moved) {
    if (relation.from === old.id) relation.from = change.created.id;
    if (relation.to === old.id) relation.to = change.created.id;
  }
  annotation.relations = tidyRelations(annotation.relations);
  const created: AnnotatedEntity = {
    id: change.created.id,
    type: change.created.type,
    name: change.created.name,
    ...(change.created.kind ? { kind: change.created.kind } : {}),
    mentions: (old.mentions ?? []).map((m) => ({ ...m })),
  };
  annotation.entities.push(created);
  // The old entity keeps the article only while one of its relationships here is still its own.
  if (wholeArticle || !annotation.relations.some(touches)) {
    annotation.entities = annotation.entities.filter((e) => e !== old);
  }
  return true;
}

function addEntity(annotation: Annotation, change: Extract<CorrectionChange, { op: 'addEntity' }>): boolean {
  if (annotation.article.id !== change.article) return false;
  if (annotation.article.text.slice(change.start, change.end) !== change.text) return false;
  const span = { start: change.start, end: change.end };
  const existing = find(annotation, change.entity.id);
  if (existing) {
    existing.mentions = unionSpans(existing.mentions, [span]);
    return true;
  }
  annotation.entities.push({
    id: change.entity.id,
    type: change.entity.type,
    name: change.entity.name,
    ...(change.entity.kind ? { kind: change.entity.kind } : {}),
    mentions: [span],
  });
  return true;
}

function addRelation(
  annotation: Annotation,
  change: Extract<CorrectionChange, { op: 'addRelation' }>,
): boolean {
  if (annotation.article.id !== change.article) return false;
  if (!find(annotation, change.from.id) || !find(annotation, change.to.id)) return false;
  const { start, end, text } = change.evidence;
  if (annotation.article.text.slice(start, end) !== text) return false;
  const qualifierKey = QUALIFIER[change.type];
  const relation: AnnotatedRelation = {
    type: change.type,
    from: change.from.id,
    to: change.to.id,
    ...(qualifierKey && change.qualifier ? { properties: { [qualifierKey]: change.qualifier } } : {}),
    evidence: { start, end, text },
    confidence: 1,
  };
  if (!annotation.relations.some((r) => factId(r) === change.relation)) annotation.relations.push(relation);
  return true;
}

/** The relation id an added relation gets (the same function the loader uses). */
export function addedRelationId(
  type: AnnotatedRelation['type'],
  from: string,
  to: string,
  qualifier: string | null,
): string {
  const key = QUALIFIER[type];
  return factId({
    type,
    from,
    to,
    ...(key && qualifier ? { properties: { [key]: qualifier } } : {}),
    evidence: { start: 0, end: 0, text: '' },
  });
}
