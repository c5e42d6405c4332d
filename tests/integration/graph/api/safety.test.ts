import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../../graph/api/app.ts';
import { GraphDb } from '../../../../graph/db/connection.ts';
import { loadAnnotations } from '../../../../graph/loader/load-annotations.ts';
import { GraphRepository } from '../../../../graph/queries/repository.ts';
import { startEmbeddedNeo4j } from '../../../../graph/runtime/embedded-neo4j.ts';
import { freePort } from '../../../../graph/runtime/free-port.ts';
import { applySchema } from '../../../../graph/schema/apply-schema.ts';
import { seedAnnotation } from '../../../support/graph-fixtures.ts';
import { enc } from '../../../support/inject.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

let ctx: SeededApp;

beforeAll(async () => {
  ctx = await seededApp();
});

afterAll(async () => {
  await ctx?.close();
});

describe('the API contract', () => {
  it('publishes an OpenAPI 3 document generated from the route schemas, with a docs page', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of [
      '/api/search',
      '/api/paths',
      '/api/articles/{id}/related',
      '/api/export',
      '/api/oembed',
      '/api/ingest',
    ]) {
      expect(Object.keys(doc.paths)).toContain(route);
    }
    expect(doc.paths['/api/paths'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['from', 'to', 'maxLength', 'limit']),
    );
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('limits paths more strictly than other reads', async () => {
    const url = `/api/paths?from=${enc('person:肖立')}&to=${enc('person:郁芳')}`;
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await ctx.app.inject({ method: 'GET', url })).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/stats' })).statusCode).toBe(200);
  });

  it('keeps CORS closed by default and sends security headers on API responses', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/stats',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'self'");
  });
});

describe('when Neo4j goes away', () => {
  it('answers 503 within 2 s, stays up, and recovers by itself when Neo4j returns', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-down-test-'));
    const boltPort = await freePort();
    // Two JVM starts beside the suite's own Neo4j: each took over 120 s at a load average of 30 on 2 cores.
    const start = () =>
      startEmbeddedNeo4j({ dataDir, boltPort, heapMb: 384, pageCacheMb: 16, readyTimeoutMs: 400_000 });
    let neo4j = await start();
    const db = new GraphDb(neo4j.target);
    const app = await buildApp({ repository: new GraphRepository(db), rateLimit: 10_000 });
    try {
      await applySchema(db);
      await loadAnnotations(db, [seedAnnotation()]);
      const search = () => app.inject({ method: 'GET', url: `/api/search?q=${enc('李红珍')}` });
      expect((await search()).statusCode).toBe(200);

      await neo4j.stop();
      const started = Date.now();
      const down = await search();
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({
        error: 'database_unavailable',
        message: 'The graph database is not reachable; try again shortly.',
        requestId: down.headers['x-request-id'],
      });
      expect(down.headers['retry-after']).toBe('5');
      expect(down.body).not.toMatch(/MATCH|CALL|at .*\.ts/);
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ neo4j: 'down' });

      neo4j = await start();
      await expect.poll(async () => (await search()).statusCode, { timeout: 30_000 }).toBe(200);
    } finally {
      await app.close();
      await db.close();
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 900_000);
});
