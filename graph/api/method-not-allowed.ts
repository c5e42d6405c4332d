import type { FastifyInstance, HTTPMethods } from 'fastify';
import { sendProblem } from './error-handler.ts';
import { ApiProblem } from './errors.ts';

const METHODS: HTTPMethods[] = ['DELETE', 'GET', 'HEAD', 'PATCH', 'POST', 'PUT', 'QUERY', 'TRACE'];

/**
 * Collects the routes an API scope registers; `answerOtherMethods` then makes every other method on
 * those paths a 405 with `Allow` (RFC 9110) instead of a 404, and OPTIONS a 204 with `Allow`, unless
 * CORS answers OPTIONS itself.
 */
export function collectRoutes(scope: FastifyInstance) {
  const methods = new Map<string, Set<string>>();
  scope.addHook('onRoute', (route) => {
    const path = route.routePath.replace(/(.)\/$/, '$1');
    if (path === '' || path === '/') return;
    const set = methods.get(path) ?? new Set<string>();
    methods.set(path, set);
    for (const method of [route.method].flat()) set.add(method.toUpperCase());
  });

  return {
    answerOtherMethods(options: { options: boolean }) {
      for (const [path, allowed] of [...methods]) {
        if (allowed.has('GET')) allowed.add('HEAD');
        const allow = [...allowed]
          .filter((m) => m !== 'OPTIONS')
          .sort()
          .join(', ');
        const others = METHODS.filter((m) => !allowed.has(m));
        if (others.length > 0) {
          scope.route({
            method: others,
            url: path,
            schema: { hide: true },
            // Answered before the body is read: a method that is not allowed gets 405 whatever it sends.
            onRequest: async (request, reply) => {
              reply.header('allow', allow);
              const message = `${request.method} is not allowed on ${request.routeOptions.url}; allowed: ${allow}`;
              return sendProblem(request, reply, new ApiProblem(405, 'method_not_allowed', message));
            },
            handler: async () => undefined,
          });
        }
        if (options.options && !allowed.has('OPTIONS')) {
          scope.route({
            method: 'OPTIONS',
            url: path,
            schema: { hide: true },
            handler: (_request, reply) => reply.header('allow', `${allow}, OPTIONS`).status(204).send(),
          });
        }
      }
    },
  };
}
