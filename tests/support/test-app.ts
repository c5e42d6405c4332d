import type { FastifyInstance } from 'fastify';
import { DIST_DIR, ensureSpaBuilt } from '../../bin/spa-build.ts';
import type { Annotation } from '../../contract/annotation/types.ts';
import { type AppOptions, buildApp } from '../../graph/api/app.ts';
import type { GraphDb } from '../../graph/db/connection.ts';
import { loadAnnotations } from '../../graph/loader/load-annotations.ts';
import { GraphRepository } from '../../graph/queries/repository.ts';
import { clearDatabase, openTestDb } from './graph-db.ts';
import { seedAnnotation } from './seed-annotation.ts';

export interface SeededApp {
  app: FastifyInstance;
  db: GraphDb;
  close(): Promise<void>;
}

/** Builds the SPA (vite build) unless dist/ is up to date: for tests that load pages. */
export function buildSpa(): Promise<void> {
  return ensureSpaBuilt((m) => console.log(`[test] ${m}`));
}

/** The HTTP app over the test Neo4j holding exactly the given annotations (default: the seed article). */
export async function seededApp(
  annotations: Annotation[] = [seedAnnotation()],
  options: Partial<AppOptions> = {},
): Promise<SeededApp> {
  const db = await openTestDb();
  await clearDatabase(db);
  await loadAnnotations(db, annotations);
  const app = await buildApp({
    repository: new GraphRepository(db),
    staticDir: DIST_DIR,
    rateLimit: 10_000,
    ...options,
  });
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
