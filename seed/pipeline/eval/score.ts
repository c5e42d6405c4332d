import type { Annotation } from '../../../contract/annotation/types.ts';
import { relationKey } from '../extract/registry.ts';

/**
 * Scoring as the annotation guide's Scoring section says: entities match on type + id, relations on type + from +
 * to (+ title for HOLDS_POSITION, + role for PARTICIPATED_IN). Mentions and evidence are not scored.
 */

export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  name: string;
  entities: Figures;
  relations: Figures;
  missedEntities: string[];
  spuriousEntities: string[];
  missedRelations: string[];
  spuriousRelations: string[];
}

export function entityKey(e: { type: string; id: string }): string {
  return `${e.type}|${e.id}`;
}

export function figures(c: Counts): Figures {
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.truePositives / c.predicted;
  const recall = c.gold === 0 ? 1 : c.truePositives / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function compare(
  predicted: Set<string>,
  gold: Set<string>,
): { counts: Counts; missed: string[]; spurious: string[] } {
  const missed = [...gold].filter((k) => !predicted.has(k));
  const spurious = [...predicted].filter((k) => !gold.has(k));
  return {
    counts: { truePositives: gold.size - missed.length, predicted: predicted.size, gold: gold.size },
    missed,
    spurious,
  };
}

export function scoreArticle(name: string, predicted: Annotation, gold: Annotation): ArticleScore {
  const entities = compare(new Set(predicted.entities.map(entityKey)), new Set(gold.entities.map(entityKey)));
  const relations = compare(
    new Set(predicted.relations.map(relationKey)),
    new Set(gold.relations.map(relationKey)),
  );
  return {
    name,
    entities: figures(entities.counts),
    relations: figures(relations.counts),
    missedEntities: entities.missed,
    spuriousEntities: entities.spurious,
    missedRelations: relations.missed,
    spuriousRelations: relations.spurious,
  };
}

/** Micro-averaged figures over articles. */
export function overall(scores: ArticleScore[], part: 'entities' | 'relations'): Figures {
  const sum = (key: keyof Counts) => scores.reduce((total, s) => total + s[part][key], 0);
  return figures({ truePositives: sum('truePositives'), predicted: sum('predicted'), gold: sum('gold') });
}
