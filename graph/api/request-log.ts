import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Short, unguessable, unique enough to find one line in a day of logs. */
export const newRequestId = () => randomBytes(8).toString('base64url');

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * One structured line for every request that fails (4xx at info, 503 at warn, other 5xx at error),
 * carrying the request id that the error body and the `x-request-id` header also carry.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => logFailure(request, reply));
}

/** The line of a failed request (answers sent before routing, like a bad URL, call it themselves). */
export function logFailure(request: FastifyRequest, reply: FastifyReply): void {
  const status = reply.statusCode;
  if (status < 400) return;
  const level = status >= 500 && status !== 503 ? 'error' : status === 503 ? 'warn' : 'info';
  request.log[level](
    {
      method: request.method,
      url: clip(request.url, 300),
      status,
      ms: Math.round(reply.elapsedTime),
      error: reply.problem?.code,
      detail: reply.problem ? clip(reply.problem.message, 300) : undefined,
    },
    'request failed',
  );
}
