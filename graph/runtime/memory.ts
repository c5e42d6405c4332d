import os from 'node:os';

export interface Neo4jMemory {
  heapMb: number;
  pageCacheMb: number;
}

const MB = 1024 * 1024;
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * The embedded Neo4j's memory for this machine, unless the configuration says otherwise: an eighth of the
 * RAM for the heap (0.5–8 GB: transaction state of large batches, query memory) and a quarter for the page
 * cache (0.25–16 GB; it only takes what the store needs, and a store that fits is read from memory).
 */
export function neo4jMemory(configured: Partial<Neo4jMemory> = {}, totalBytes = os.totalmem()): Neo4jMemory {
  const total = totalBytes / MB;
  return {
    heapMb: configured.heapMb ?? Math.round(clamp(total / 8, 512, 8 * 1024)),
    pageCacheMb: configured.pageCacheMb ?? Math.round(clamp(total / 4, 256, 16 * 1024)),
  };
}

/** `GUANXI_NEO4J_HEAP=4g`, `512m`, or a number of megabytes; undefined when unset. */
export function parseMemorySize(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([gGmM]?)[bB]?\s*$/.exec(value);
  if (!match) throw new Error(`${name}: expected a size like 4g or 512m, got "${value}"`);
  const n = Number(match[1]) * (match[2]?.toLowerCase() === 'g' ? 1024 : 1);
  if (n < 64) throw new Error(`${name}: at least 64m, got "${value}"`);
  return Math.round(n);
}
