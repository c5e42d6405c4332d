import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureLauncherBuilt, LAUNCHER_CLASSPATH, type Log } from './launcher-build.ts';
import { neo4jMemory } from './memory.ts';

export interface ImportInput {
  nodes: string[];
  relationships: { type: string; file: string }[];
}

/**
 * Neo4j's own bulk importer (`neo4j-admin database import full`, run from the launcher's jars) into the
 * embedded data folder: it writes the store files directly, an order of magnitude faster than
 * transactions, and only into a database that is not running. Replaces whatever store the folder holds,
 * so callers check that the database is empty first. The schema (constraints, indexes) is applied at
 * the next start.
 */
export async function importIntoStore(
  dataDir: string,
  input: ImportInput,
  options: {
    log?: Log;
    heapMb?: number;
    pageCacheMb?: number;
    arrayDelimiter: string;
    onLine?: (line: string) => void;
  },
): Promise<void> {
  const log = options.log ?? (() => {});
  await ensureLauncherBuilt(log);
  await mkdir(dataDir, { recursive: true });
  const { heapMb, pageCacheMb } = neo4jMemory({
    ...(options.heapMb ? { heapMb: options.heapMb } : {}),
    ...(options.pageCacheMb ? { pageCacheMb: options.pageCacheMb } : {}),
  });
  const delimiter = `U+${options.arrayDelimiter.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  const args = [
    `-Xmx${heapMb}m`,
    '-cp',
    LAUNCHER_CLASSPATH,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    '--multiline-fields=true',
    `--array-delimiter=${delimiter}`,
    '--bad-tolerance=0',
    // Its caches beside the heap: what the database's page cache would take, not 90 % of a shared machine.
    `--max-off-heap-memory=${pageCacheMb}M`,
    `--report-file=${path.join(dataDir, 'import.report')}`,
    ...input.nodes.map((file) => `--nodes=${file}`),
    ...input.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
  ];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    // The admin tool finds the store where the embedded launcher keeps it: under NEO4J_HOME/data.
    const child = spawn('java', args, {
      env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: path.join(dataDir, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 200) output.shift();
        options.onLine?.(line);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `The bulk import (neo4j-admin database import) exited with ${code}; nothing was loaded. Its report: ${path.join(dataDir, 'import.report')}\n${output.slice(-15).join('\n')}`,
    );
  }
}
