import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphDb } from '../db/connection.ts';

/** Index creation and the first queries of a cold JVM can take a while. */
const SCHEMA_TIMEOUT_MS = 120_000;
/** A migration that rewrites a large graph (in batches of its own) may run for long. */
const MIGRATION_TIMEOUT_MS = 6 * 3_600_000;
const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{3}-.+\.cypher$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 3)),
      name: file,
      statements: splitStatements(await readFile(path.join(dir, file), 'utf8')),
    })),
  );
}

/** Statements end with `;` at the end of a line; `//` comment lines are dropped. */
export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Applies every migration newer than the recorded version, each statement in an auto-commit transaction
 * (data migrations batch themselves with CALL { … } IN TRANSACTIONS). Statements are written so that
 * re-running one after a crash is harmless (IF NOT EXISTS, work left marked by what is not done yet); the
 * version is recorded after each file.
 */
export async function applySchema(db: GraphDb): Promise<{ from: number; to: number }> {
  const migrations = await readMigrations();
  const current = await recordedVersion(db);
  for (const migration of migrations.filter((m) => m.version > current)) {
    for (const statement of migration.statements) await db.autoCommit(statement, {}, MIGRATION_TIMEOUT_MS);
    await db.write(
      'MERGE (s:GuanxiSchema {id: "schema"}) SET s.version = $version, s.appliedAt = datetime()',
      {
        version: migration.version,
      },
    );
  }
  // A new index on a large graph populates for a while; queries may not use it until it is online.
  await db.write('CALL db.awaitIndexes(1800)', {}, MIGRATION_TIMEOUT_MS);
  return { from: current, to: Math.max(current, ...migrations.map((m) => m.version)) };
}

async function recordedVersion(db: GraphDb): Promise<number> {
  const result = await db.read<{ version: number | null }>(
    'OPTIONAL MATCH (s:GuanxiSchema {id: "schema"}) RETURN s.version AS version',
    {},
    SCHEMA_TIMEOUT_MS,
  );
  return result.records[0]?.get('version') ?? 0;
}
