import type { GraphEdge, GraphNode, NodeTypeName } from '../../../contract/api/payloads.ts';
import { NODE_TYPES } from '../../lib/entity-look.ts';
import { chinaDay } from '../../lib/names.ts';
import { firstReported } from '../../lib/view/visibility.ts';

export interface Facets {
  types: Map<NodeTypeName, number>;
  kinds: Map<string, number>;
  relations: Map<string, number>;
  /** First and last day (China time) on which something in view was first reported. */
  dateRange: { min: string; max: string } | null;
}

/** Pure: what the loaded view contains, for filter choices with counts. */
export function computeFacets(nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): Facets {
  const types = new Map<NodeTypeName, number>();
  const kinds = new Map<string, number>();
  const relations = new Map<string, number>();
  for (const node of nodes) {
    types.set(node.type, (types.get(node.type) ?? 0) + 1);
    if (node.kind) kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
  }
  let min: string | null = null;
  let max: string | null = null;
  for (const edge of edges) {
    relations.set(edge.type, (relations.get(edge.type) ?? 0) + 1);
    const day = chinaDay(firstReported(edge));
    if (day) {
      if (!min || day < min) min = day;
      if (!max || day > max) max = day;
    }
  }
  const orderedTypes = new Map(NODE_TYPES.filter((t) => types.has(t)).map((t) => [t, types.get(t) ?? 0]));
  return {
    types: orderedTypes,
    kinds: new Map([...kinds].sort((a, b) => b[1] - a[1])),
    relations: new Map([...relations].sort((a, b) => b[1] - a[1])),
    dateRange: min && max ? { min, max } : null,
  };
}

/** Every day from `min` to `max` inclusive (YYYY-MM-DD), for the slider's steps. */
export function daysBetween(min: string, max: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${max}T00:00:00Z`);
  for (let t = Date.parse(`${min}T00:00:00Z`); t <= end && days.length < 20_000; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export interface TimelineBucket {
  month: string;
  count: number;
  /** Last day of the month, for setting the as-of date from a bar. */
  lastDay: string;
}

/** Articles per month (China time), every month between the first and the last shown. */
export function monthBuckets(dates: readonly (string | null)[]): TimelineBucket[] {
  const counts = new Map<string, number>();
  for (const iso of dates) {
    const day = chinaDay(iso);
    if (day) counts.set(day.slice(0, 7), (counts.get(day.slice(0, 7)) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const first = months[0] as string;
  const last = months.at(-1) as string;
  const out: TimelineBucket[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    out.push({ month, count: counts.get(month) ?? 0, lastDay });
    if (month === last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
