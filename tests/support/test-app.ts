import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../graph/api/app.ts';
import { DIST_DIR } from '../../graph/cli/spa-build.ts';
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

/** The HTTP app over the test Neo4j holding exactly the seed article. */
export async function seededApp(): Promise<SeededApp> {
  const db = await openTestDb();
  await clearDatabase(db);
  await loadAnnotations(db, [seedAnnotation()]);
  const app = await buildApp({ repository: new GraphRepository(db), staticDir: DIST_DIR, rateLimit: 10_000 });
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
