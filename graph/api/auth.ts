import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Writes need `Authorization: Bearer $GUANXI_API_TOKEN`; without the variable, writes are off.
 * Compared in constant time (on digests, so lengths do not leak either).
 */
export function requireToken(token: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!token) {
      return reply.status(403).send({
        error: 'writes_disabled',
        message: 'Writes are off: start the server with GUANXI_API_TOKEN set.',
      });
    }
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (!given || !timingSafeEqual(digest(given), digest(token))) {
      return reply
        .status(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: 'unauthorized', message: 'Send Authorization: Bearer <GUANXI_API_TOKEN>.' });
    }
  };
}
