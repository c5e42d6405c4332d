import { extractAnnotation } from '../extract/extract.ts';
import { type GoldCase, loadGoldSet } from './gold-set.ts';
import { type ArticleScore, type Figures, overall, scoreArticle } from './score.ts';

export interface Evaluation {
  scores: ArticleScore[];
  entities: Figures;
  relations: Figures;
  cases: GoldCase[];
}

/** Runs the extractor over a gold set directory and scores it; a page the parser refuses predicts nothing. */
export async function evaluate(dir: string): Promise<Evaluation> {
  const cases = await loadGoldSet(dir);
  const scores = cases.map((c) => {
    const predicted = c.refused ? { ...c.gold, entities: [], relations: [] } : extractAnnotation(c.article);
    return scoreArticle(c.name, predicted, c.gold);
  });
  return { scores, entities: overall(scores, 'entities'), relations: overall(scores, 'relations'), cases };
}
