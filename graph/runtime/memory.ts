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
