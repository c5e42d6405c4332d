import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleList, GraphPayload } from '../../../../contract/api/payloads.ts';
import { CONTRACT_TOKEN, contractServer } from '../../../support/contract-server.ts';
import { enc, getJson } from '../../../support/inject.ts';
import { ensureSchemathesis, runSchemathesis, writeConfig } from '../../../support/schemathesis.ts';

let server: Awaited<ReturnType<typeof contractServer>>;
let dir: string;

beforeAll(async () => {
  ensureSchemathesis();
  server = await contractServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-contract-'));
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the API and its OpenAPI document', () => {
  it('agree: schemathesis finds no failure in any phase or check', async () => {
    const graph = await getJson<GraphPayload>(
      server.app,
      `/api/entities/${enc('person:李红珍')}/neighborhood?depth=2`,
    );
    const articles = await getJson<ArticleList>(server.app, '/api/articles');
    const entities = graph.nodes.map((n) => n.id).slice(0, 8);
    const ids = [
      ...entities,
      ...graph.edges.map((e) => e.id).slice(0, 6),
      ...articles.items.map((a) => a.id),
    ];
    const config = path.join(dir, 'schemathesis.toml');
    writeConfig(config, { all: ids, entities });

    const run = await runSchemathesis({
      url: server.url,
      config,
      token: CONTRACT_TOKEN,
      maxExamples: 50,
      seed: 2,
    });
    const summary = run.output.slice(run.output.lastIndexOf('SUMMARY'));
    console.log(`[contract] schemathesis: ${run.generated} cases generated, ${run.passed} passed`);
    expect(run.status, run.output.slice(-20_000)).toBe(0);
    expect(run.generated).toBeGreaterThan(1_000);
    expect(run.passed, summary).toBe(run.generated);
  }, 900_000);
});
