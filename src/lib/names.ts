import type { GraphNode } from '../../contract/api/payloads.ts';

/** The reading shown beside a name: English when known, else pinyin, else nothing (names already in Latin script). */
export function secondaryName(node: Pick<GraphNode, 'name' | 'pinyin' | 'nameEn'>): string | null {
  if (node.nameEn && node.nameEn !== node.name) return node.nameEn;
  if (node.pinyin && /[\u3400-\u9fff]/.test(node.name)) return node.pinyin;
  return null;
}

/** A date (ISO, any zone) as YYYY-MM-DD in China time, where the news happens. */
export function chinaDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time + 8 * 3600_000).toISOString().slice(0, 10);
}
