import { LIMITS } from './limits.ts';
import type { Annotation } from './types.ts';
import { AnnotationError, problemField, validateAnnotation } from './validate.ts';

/** How many times problems are taken out before the annotation is given up as invalid. */
const ROUNDS = 5;

/**
 * The extractor's annotation as the schema accepts it: where the only problems are single entities, relations or
 * mentions (an unknown kind, evidence or a mention off the text, a duplicate id), those are left out, with the relations
 * of an entity left out, and the article's warnings say what was left out, so one faulty extraction does not cost the
 * whole page. Problems anywhere else (the article itself) still refuse it, naming `source`.
 */
export function trimInvalid(annotation: Annotation, source: string): Annotation {
  let current = annotation;
  for (let round = 0; ; round++) {
    try {
      return validateAnnotation(current, source);
    } catch (error) {
      if (!(error instanceof AnnotationError) || round === ROUNDS) throw error;
      const trimmed = withoutProblems(current, error.problems);
      if (!trimmed) throw error;
      current = trimmed;
    }
  }
}

function withoutProblems(annotation: Annotation, problems: readonly string[]): Annotation | undefined {
  const bad = { entities: new Set<number>(), relations: new Set<number>() };
  const badMentions = new Map<number, Set<number>>();
  for (const problem of problems) {
    if (problem.startsWith('…')) continue; // more than were listed: the next round finds them
    const [, part, index, inner, innerIndex] = problemField(problem).split('/');
    const i = Number(index);
    if ((part !== 'entities' && part !== 'relations') || !Number.isInteger(i)) return undefined;
    if (part === 'entities' && inner === 'mentions' && Number.isInteger(Number(innerIndex)))
      badMentions.set(i, (badMentions.get(i) ?? new Set()).add(Number(innerIndex)));
    else bad[part].add(i);
  }
  const dropped = annotation.entities.filter((_, i) => bad.entities.has(i));
  const entities = annotation.entities.flatMap((e, i) => {
    if (bad.entities.has(i)) return [];
    const wrong = badMentions.get(i);
    return [wrong && e.mentions ? { ...e, mentions: e.mentions.filter((_, j) => !wrong.has(j)) } : e];
  });
  // An id left out whose twin stays (a duplicate) keeps its relations.
  const kept = new Set(entities.map((e) => e.id));
  const gone = new Set(dropped.map((e) => e.id).filter((id) => !kept.has(id)));
  const relations = annotation.relations.filter(
    (r, i) => !bad.relations.has(i) && !gone.has(r.from) && !gone.has(r.to),
  );
  const left = annotation.relations.length - relations.length;
  const named = dropped.slice(0, 5).map((e) => e.id);
  const mentions = [...badMentions.values()].reduce((n, set) => n + set.size, 0);
  const note = `left out what the schema refused: ${dropped.length} entities${
    named.length > 0 ? ` (${named.join(', ')})` : ''
  }, ${left} relations${mentions > 0 ? `, ${mentions} mentions` : ''}`.slice(0, LIMITS.warning);
  const warnings = annotation.article.warnings ?? [];
  return {
    ...annotation,
    article: {
      ...annotation.article,
      warnings: warnings.length < LIMITS.warnings ? [...warnings, note] : warnings,
    },
    entities,
    relations,
  };
}
