import type { FastifyInstance } from 'fastify';
import { JsonInputError, jsonDepth, MAX_JSON_DEPTH } from '../../contract/annotation/bounded-json.ts';
import { BadRequestError } from './errors.ts';

/**
 * JSON bodies are checked for nesting before they are parsed (a body nested 500,000 levels deep is a
 * 400, not a stack overflow later), then parsed by Fastify's own parser, which refuses `__proto__` and
 * `constructor.prototype` keys.
 */
export function registerJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      const error = new JsonInputError('body', `JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
      done(new BadRequestError('body', error.message), undefined);
      return;
    }
    parse(request, text, (error, value) => {
      if (error) done(new BadRequestError('body', `body: not valid JSON (${error.message})`), undefined);
      else done(null, value);
    });
  });
}
