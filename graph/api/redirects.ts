import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from './errors.ts';

/**
 * An entity that is not there may have been merged into another: then the same request about the
 * survivor answers (307, so old URLs and embeds still open); otherwise a 404.
 */
export async function entityMissing(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
): Promise<FastifyReply> {
  const to = await app.corrections.redirectOf(id);
  if (!to) throw new NotFoundError(`entity "${id}"`);
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
  const moved = (request.routeOptions.url ?? '').replace(':id', encodeURIComponent(to));
  return reply.redirect(`${moved}${query}`, 307);
}
