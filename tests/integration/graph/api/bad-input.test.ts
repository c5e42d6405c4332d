import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startArticlePipeline } from '../../../../bin/article-pipeline.ts';
import type { ApiError } from '../../../../contract/api/payloads.ts';
import { ERROR_CODES } from '../../../../contract/api/schemas/common.ts';
import { graphFingerprint } from '../../../support/graph-dump.ts';
import { followUpAnnotation, seedAnnotation } from '../../../support/graph-fixtures.ts';
import { logCapture } from '../../../support/log-lines.ts';
import { httpRequest, type RawResponse, rawRequest } from '../../../support/raw-http.ts';
import { type SeededApp, seededApp } from '../../../support/test-app.ts';
import { type BadInput, TOKEN } from './bad-input/case.ts';
import { PROTOCOL_CASES } from './bad-input/protocol-cases.ts';
import { READ_CASES } from './bad-input/read-cases.ts';
import { WRITE_CASES } from './bad-input/write-cases.ts';

// Raw uploads are extracted on worker threads, as in the app.
const { pipeline, close: closePipeline } = startArticlePipeline(1);
const CASES = [...READ_CASES, ...WRITE_CASES, ...PROTOCOL_CASES];
const log = logCapture();
let ctx: SeededApp;
let port: number;
let before: string;

beforeAll(async () => {
  ctx = await seededApp([seedAnnotation(), followUpAnnotation()], {
    apiToken: TOKEN,
    pipeline,
    logger: { level: 'info', stream: log.stream },
  });
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  port = (ctx.app.server.address() as AddressInfo).port;
  before = await graphFingerprint(ctx.db);
});

afterAll(async () => {
  await ctx?.close();
  await closePipeline();
});

function send(c: BadInput): Promise<RawResponse> {
  if (c.raw !== undefined) return rawRequest(port, c.raw);
  return httpRequest(`http://127.0.0.1:${port}${c.path ?? '/'}`, {
    method: c.method ?? 'GET',
    ...(c.headers ? { headers: c.headers } : {}),
    ...(c.body !== undefined ? { body: c.body } : {}),
  });
}

describe(`bad input: ${CASES.length} requests`, () => {
  it('has at least 60 cases, each named once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: a 4xx naming the problem, nothing written',
    async (_name, c) => {
      const response = await send(c);
      expect(response.status, response.body.slice(0, 400)).toBe(c.status);
      if (c.beforeApp) {
        expect(response.body).toMatch(c.names);
      } else {
        const body = JSON.parse(response.body) as ApiError;
        expect(ERROR_CODES).toContain(body.error);
        const named = [body.message, body.parameter ?? ''].some((text) => c.names.test(text));
        expect(named, `${c.names} in ${response.body.slice(0, 400)}`).toBe(true);
        expect(body.requestId).toBe(response.headers['x-request-id']);
        if (c.status === 405) expect(response.headers.allow).toMatch(/^[A-Z, ]+$/);
        const lines = log.lines.filter((l) => l.reqId === body.requestId);
        expect(lines, 'one log line for the failed request').toHaveLength(1);
        expect(lines[0]).toMatchObject({ msg: 'request failed', status: c.status, error: body.error });
      }
      expect(await graphFingerprint(ctx.db)).toBe(before);
    },
  );
});
