import type { EntityTypeName, SearchHit, SearchResult } from '../../../contract/api/payloads.ts';

export interface HitGroup {
  type: EntityTypeName;
  /** How many matches of this type the server found (may exceed the hits shown). */
  count: number;
  hits: SearchHit[];
}

/**
 * Suggestions grouped by type, groups in the order of their best hit, so the first option shown is
 * the best match overall and Enter opens it.
 */
export function groupHits(result: SearchResult | undefined): { groups: HitGroup[]; options: SearchHit[] } {
  if (!result) return { groups: [], options: [] };
  const byType = new Map<EntityTypeName, SearchHit[]>();
  for (const hit of result.hits) {
    const list = byType.get(hit.type);
    if (list) list.push(hit);
    else byType.set(hit.type, [hit]);
  }
  const counts = new Map(result.groups.map((g) => [g.type, g.count]));
  const groups = [...byType].map(([type, hits]) => ({
    type,
    count: Math.max(counts.get(type) ?? 0, hits.length),
    hits,
  }));
  groups.sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0));
  return { groups, options: groups.flatMap((g) => g.hits) };
}
