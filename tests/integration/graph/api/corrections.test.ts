import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorrectionResult, ReviewArticle, ReviewQueue } from '../../../../contract/api/corrections.ts';
import { loadCorrected } from '../../../../graph/corrections/load-corrected.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';

let served: SeededApp;
const TOKEN = 'review-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const A = 'f272be3deda32c55';

beforeAll(async () => {
  served = await seededApp([], { apiToken: TOKEN, apiTokenLabel: 'alice' });
  await loadCorrected(served.db, [seedAnnotation()]);
});

afterAll(async () => {
  await served?.close();
});

const post = (payload: unknown, headers: Record<string, string> = auth) =>
  served.app.inject({ method: 'POST', url: '/api/corrections', payload: payload as object, headers });

describe('POST /api/corrections', () => {
  it('needs the token', async () => {
    const response = await post({ op: 'review', article: A }, {});
    expect(response.statusCode).toBe(401);
  });

  it('answers a bad body with a 400 that names the field', async () => {
    const unknownOp = await post({ op: 'explode' });
    expect([unknownOp.statusCode, unknownOp.json().parameter]).toEqual([400, 'body/op']);
    const missing = await post({ op: 'merge', entity: 'org:上海市普陀区科委' });
    expect([missing.statusCode, missing.json().parameter]).toEqual([400, 'body/into']);
    const self = await post({ op: 'merge', entity: 'org:上海市普陀区科委', into: 'org:上海市普陀区科委' });
    expect(self.statusCode).toBe(400);
    expect(self.json().message).toContain('itself');
    const types = await post({ op: 'merge', entity: 'place:未来岛园区', into: 'org:上海市普陀区科委' });
    expect([types.statusCode, types.json().parameter]).toEqual([400, 'body/type']);
  });

  it('merges, records who, redirects the old id (307) and lists the history', async () => {
    const response = await post({
      op: 'merge',
      entity: 'org:上海市普陀区政府',
      into: 'org:上海市普陀区委',
      note: '测试',
    });
    expect(response.statusCode).toBe(201);
    const result = response.json() as CorrectionResult;
    expect(result.correction).toMatchObject({ by: 'alice', note: '测试', status: 'applied' });

    const old = await served.app.inject(
      `/api/entities/${encodeURIComponent('org:上海市普陀区政府')}/neighborhood?depth=1`,
    );
    expect(old.statusCode).toBe(307);
    expect(old.headers.location).toBe(
      `/api/entities/${encodeURIComponent('org:上海市普陀区委')}/neighborhood?depth=1`,
    );

    const again = await post({ op: 'merge', entity: 'org:上海市普陀区政府', into: 'org:上海市普陀区科委' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'conflict', current: { mergedInto: 'org:上海市普陀区委' } });

    const history = await served.app.inject(
      `/api/corrections?entity=${encodeURIComponent('org:上海市普陀区委')}`,
    );
    expect(history.json().corrections.map((c: { change: { op: string } }) => c.change.op)).toEqual(['merge']);
  });

  it('shows an article for review and takes it off the queue once reviewed', async () => {
    const queue = (await served.app.inject('/api/review/queue?limit=100&offset=0')).json() as ReviewQueue;
    expect(queue.items.map((i) => i.id)).toContain(A);
    expect(queue.items[0]?.entities).toBeGreaterThan(0);
    const review = (await served.app.inject(`/api/review/articles/${A}`)).json() as ReviewArticle;
    expect(review.extraction.entities.map((e) => e.id)).toContain('org:上海市普陀区政府');
    expect(review.corrected.entities.map((e) => e.id)).not.toContain('org:上海市普陀区政府');
    expect(review.reviewed).toBeNull();
    expect((await post({ op: 'review', article: A })).statusCode).toBe(201);
    const after = (await served.app.inject('/api/review/queue')).json() as ReviewQueue;
    expect(after.items.map((i) => i.id)).not.toContain(A);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await served.app.inject('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/corrections', '/api/review/queue', '/api/review/articles/{id}']),
    );
  });
});
