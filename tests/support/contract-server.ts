import type { FastifyInstance } from 'fastify';
import { startArticlePipeline } from '../../bin/article-pipeline.ts';
import { followUpAnnotation, seedAnnotation } from './graph-fixtures.ts';
import { type SeededApp, seededApp } from './test-app.ts';

export const CONTRACT_TOKEN = 'contract-token';

/**
 * The app as schemathesis meets it: the seed and a follow-up article, writes on with a token, the
 * pipeline wired in, and rate limits raised so that thousands of generated requests are not throttled.
 */
export async function contractServer(): Promise<SeededApp & { url: string; app: FastifyInstance }> {
  const { pipeline, close: closePipeline } = startArticlePipeline(1);
  const ctx = await seededApp([seedAnnotation(), followUpAnnotation()], {
    apiToken: CONTRACT_TOKEN,
    pipeline,
    rateLimit: 1_000_000,
    strictRateLimit: 1_000_000,
  });
  const address = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  const close = async () => {
    await ctx.close();
    await closePipeline();
  };
  return { ...ctx, close, url: address };
}
