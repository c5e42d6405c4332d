import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblem } from './errors.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Writes need `Authorization: Bearer $GUANXI_API_TOKEN`; without the variable, writes are off.
 * Compared in constant time (on digests, so lengths do not leak either).
 */
export function requireToken(token: string | undefined) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!token) {
      throw new ApiProblem(
        403,
        'writes_disabled',
        'Writes are off: start the server with GUANXI_API_TOKEN set.',
      );
    }
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (!given || !timingSafeEqual(digest(given), digest(token))) {
      throw new ApiProblem(
        401,
        'unauthorized',
        'Send Authorization: Bearer <GUANXI_API_TOKEN>.',
        'authorization',
        { 'www-authenticate': 'Bearer' },
      );
    }
  };
}
