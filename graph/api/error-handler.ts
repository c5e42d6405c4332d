import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { INVALID } from '../../contract/api/schemas/common.ts';
import { databaseProblem } from '../db/unavailable.ts';
import { ApiProblem, UnavailableError } from './errors.ts';
import { logFailure } from './request-log.ts';

declare module 'fastify' {
  interface FastifyReply {
    /** The problem this reply reports, for the request's log line. */
    problem?: ApiProblem;
  }
}

/** Sends a problem as the error body every route documents (with the request id of the log line). */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ApiProblem) {
  reply.problem = problem;
  reply.header('x-request-id', request.id);
  for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
  return reply.status(problem.status).send(problem.body(request.id));
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A URL whose percent-encoding does not decode: the router cannot even find a route for it. */
export function badUrl(_error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const problem = new ApiProblem(400, 'bad_request', 'url: not valid percent-encoded UTF-8', 'url');
  sendProblem(request, reply, problem);
  logFailure(request, reply);
}

/** Errors become JSON that names the problem and never echoes Cypher or stack traces. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.decorateReply('problem', undefined);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status === 500) request.log.error({ err: error }, 'unexpected error');
    return sendProblem(request, reply, problem);
  });
}

const BY_STATUS = new Map<number, ApiProblem['code']>([
  [400, 'bad_request'],
  [401, 'unauthorized'],
  [403, 'writes_disabled'],
  [404, 'not_found'],
  [405, 'method_not_allowed'],
  [409, 'conflict'],
  [413, 'payload_too_large'],
  [415, 'unsupported_media_type'],
  [429, 'rate_limited'],
]);

function toProblem(error: FastifyError, request: FastifyRequest): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error.validation) return validationProblem(error);
  const database = databaseProblem(error);
  if (database) return new UnavailableError(database);
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new ApiProblem(413, 'payload_too_large', 'body: larger than this endpoint accepts', 'body');
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const type = clip(request.headers['content-type'] ?? '', 100);
    return new ApiProblem(
      415,
      'unsupported_media_type',
      `content-type: ${type || 'missing'} is not read here`,
      'content-type',
    );
  }
  const status = error.statusCode ?? 500;
  const code = BY_STATUS.get(status);
  if (code) {
    const parameter = status === 400 ? 'body' : undefined;
    const message = status === 400 ? `body: ${error.message}` : error.message;
    return new ApiProblem(status, code, message, parameter);
  }
  return new ApiProblem(500, 'internal', 'Something went wrong on the server.');
}

interface AjvError {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: Record<string, unknown>;
}

/** The first broken rule, named by parameter (`q`) or body field (`body/article/title`). */
function validationProblem(error: FastifyError): ApiProblem {
  const first = error.validation?.[0] as AjvError | undefined;
  const context = error.validationContext ?? 'request';
  const text = (key: string) =>
    typeof first?.params[key] === 'string' ? (first.params[key] as string) : undefined;
  if (first?.keyword === 'discriminator') return discriminatorProblem(first, context);
  const missing = text('missingProperty');
  const unknown = text('additionalProperty');
  const named = missing ?? unknown;
  const path = `${first?.instancePath ?? ''}${named ? `/${named}` : ''}`.replace(/^\//, '');
  const parameter = context === 'body' ? `body${path ? `/${path}` : ''}` : path || context;
  const explained = first?.parentSchema?.[INVALID];
  const reason =
    (first?.keyword === 'pattern' || first?.keyword === 'format') && typeof explained === 'string'
      ? explained
      : missing
        ? 'is required'
        : unknown
          ? 'is not a known property'
          : (first?.message ?? 'is invalid');
  const allowed =
    first?.keyword === 'enum' ? ` (${(first.params.allowedValues as unknown[]).join(', ')})` : '';
  return new ApiProblem(400, 'bad_request', `${parameter} ${reason}${allowed}`, parameter);
}

/** A body whose tag property (`op`) is missing or names no shape the route reads. */
function discriminatorProblem(error: AjvError, context: string): ApiProblem {
  const tag = String(error.params.tag);
  const prefix = context === 'body' ? 'body/' : '';
  const parameter = `${prefix}${`${error.instancePath.replace(/^\//, '')}/${tag}`.replace(/^\//, '')}`;
  const shapes = (error.parentSchema?.oneOf ?? []) as { properties?: Record<string, { const?: unknown }> }[];
  const values = shapes.map((shape) => shape.properties?.[tag]?.const).filter((v) => v !== undefined);
  const reason = error.params.tagValue === undefined ? 'is required' : 'is not known';
  return new ApiProblem(400, 'bad_request', `${parameter} ${reason} (${values.join(', ')})`, parameter);
}
