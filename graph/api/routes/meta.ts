import type { FastifyInstance } from 'fastify';
import type { Health } from '../../../contract/api/payloads.ts';
import { API_VERSION } from '../version.ts';

export async function metaRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health', async (_request, reply) => {
    const up = await app.repository.isUp();
    const body: Health = { status: up ? 'ok' : 'degraded', neo4j: up ? 'up' : 'down', version: API_VERSION };
    return reply.status(up ? 200 : 503).send(body);
  });

  app.get('/stats', async () => app.repository.stats());
}
