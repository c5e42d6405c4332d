import type { Annotation } from '../../../contract/annotation/types.ts';
import { validateAnnotation } from '../../../contract/annotation/validate.ts';
import { extractAnnotation } from '../extract/extract.ts';
import { analysisText } from '../extract/script.ts';
import { alignEventsByNeighbours } from './event-alignment.ts';
import { type GoldCase, loadGoldSet } from './gold-set.ts';
import { type ArticleScore, type Figures, overall, scoreArticle } from './score.ts';

export interface PartFigures {
  articles: number;
  entities: Figures;
  relations: Figures;
}

export interface Evaluation {
  scores: ArticleScore[];
  entities: Figures;
  relations: Figures;
  /** Relations scored with each predicted event renamed to the gold event it shares most neighbours with. */
  relationsEventNamesAside: Figures;
  /** The same figures over the pages written in simplified and in traditional characters apart. */
  byScript: { simplified: PartFigures; traditional: PartFigures };
  cases: GoldCase[];
}

/** Runs the extractor over a gold set directory and scores it; a page the parser refuses predicts nothing. */
export async function evaluate(dir: string): Promise<Evaluation> {
  return evaluateCases(await loadGoldSet(dir));
}

/** Runs the extractor over each case's article and scores it against the case's gold. */
export function evaluateCases(given: GoldCase[]): Evaluation {
  return scoreRuns(given.map(extractChecked));
}

/** A case and what is scored against its gold: the extractor's output, or another annotator's gold. */
export interface Run {
  case: GoldCase;
  predicted: Annotation;
}

export function scoreRuns(runs: Run[]): Evaluation {
  const cases = runs.map((r) => r.case);
  const scores = runs.map((r) => scoreArticle(r.case.name, r.predicted, r.case.gold));
  const aligned = runs.map((r) =>
    scoreArticle(r.case.name, alignEventsByNeighbours(r.predicted, r.case.gold), r.case.gold),
  );
  const traditional = cases.map((c) => analysisText(c.article.text).traditional);
  const part = (wanted: boolean): PartFigures => {
    const some = scores.filter((_, i) => traditional[i] === wanted);
    return {
      articles: some.length,
      entities: overall(some, 'entities'),
      relations: overall(some, 'relations'),
    };
  };
  return {
    scores,
    entities: overall(scores, 'entities'),
    relations: overall(scores, 'relations'),
    relationsEventNamesAside: overall(aligned, 'relations'),
    byScript: { simplified: part(false), traditional: part(true) },
    cases,
  };
}

/**
 * The case's prediction: a page the parser refused predicts nothing, and so does one whose extraction the annotation
 * schema rejects (the case then says why, and counts as refused). Stricter than `npm run extract`, which keeps the
 * valid part (trimInvalid): here a rule's fault must show.
 */
function extractChecked(c: GoldCase): Run {
  const nothing = { ...c.gold, entities: [], relations: [] };
  if (c.refused) return { case: c, predicted: nothing };
  const predicted = extractAnnotation(c.article);
  try {
    validateAnnotation(predicted, c.name);
    return { case: c, predicted };
  } catch (error) {
    return {
      case: { ...c, refused: error instanceof Error ? error.message : String(error) },
      predicted: nothing,
    };
  }
}

/**
 * An article as a reviewer left it (the graph's extraction + corrections) as a gold case: the extractor reads
 * the article as the parser gave it then, and is scored against what the reviewer accepted.
 */
export function reviewedCase(reviewed: Annotation): GoldCase {
  return {
    name: `${reviewed.article.id} ${reviewed.article.title}`,
    file: undefined,
    note: reviewed.review?.by ? `reviewed by ${reviewed.review.by}` : undefined,
    refused: undefined,
    article: reviewed.article,
    gold: reviewed,
  };
}
