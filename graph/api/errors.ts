import type { FastifyError, FastifyInstance } from 'fastify';
import type { Neo4jError } from 'neo4j-driver';
import type { ApiError } from '../../contract/api/payloads.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';

export class NotFoundError extends Error {
  constructor(readonly what: string) {
    super(`${what} not found`);
  }
}

export class BadRequestError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** Errors become JSON that names the problem and never echoes Cypher or stack traces. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const first = error.validation[0];
      const missing = (first?.params as { missingProperty?: string } | undefined)?.missingProperty;
      const parameter = missing ?? first?.instancePath.replace(/^\//, '') ?? '';
      const body: ApiError = {
        error: 'bad_request',
        message: `${parameter || error.validationContext || 'request'} ${first?.message ?? 'is invalid'}`,
        parameter,
      };
      return reply.status(400).send(body);
    }
    if (error instanceof BadRequestError) {
      return reply
        .status(400)
        .send({ error: 'bad_request', message: error.message, parameter: error.parameter });
    }
    if (error instanceof NotFoundError) {
      return reply.status(404).send({ error: 'not_found', message: error.message });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ code: (error as unknown as Neo4jError).code }, 'Neo4j unavailable');
      return reply.status(503).send({
        error: 'database_unavailable',
        message: 'The graph database is not reachable; try again shortly.',
      });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: error.code ?? 'error', message: error.message });
    }
    request.log.error(error);
    return reply.status(500).send({ error: 'internal', message: 'Something went wrong on the server.' });
  });
}
