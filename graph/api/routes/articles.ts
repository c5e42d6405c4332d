import type { FastifyInstance } from 'fastify';
import type { ArticleListParams } from '../../queries/article-list.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';
import { DATE_PARAM, ID_PARAMS } from '../params.ts';

export async function articleRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: ArticleListParams }>(
    '/articles',
    {
      schema: {
        summary: 'Articles, newest first: by entity mentioned, words in title or text, date range',
        querystring: {
          type: 'object',
          properties: {
            entity: { type: 'string', minLength: 1, maxLength: 300 },
            q: { type: 'string', minLength: 1, maxLength: 100 },
            from: DATE_PARAM,
            to: DATE_PARAM,
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            cursor: { type: 'string', maxLength: 200 },
          },
        },
      },
    },
    async (request) => {
      const list = await app.repository.articles(request.query);
      if (!list) throw new BadRequestError('cursor', 'cursor: not a cursor from a previous page');
      return list;
    },
  );

  app.get<{ Params: { id: string } }>(
    '/articles/:id',
    { schema: { summary: 'An article with its text, mentions, links and subgraph', params: ID_PARAMS } },
    async (request) => {
      const detail = await app.repository.article(request.params.id);
      if (!detail) throw new NotFoundError(`article "${request.params.id}"`);
      return detail;
    },
  );

  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/articles/:id/related',
    {
      schema: {
        summary: "The page's own links and the articles that share its entities",
        params: ID_PARAMS,
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 } },
        },
      },
    },
    async (request) => {
      const related = await app.repository.relatedArticles(request.params.id, request.query.limit);
      if (!related) throw new NotFoundError(`article "${request.params.id}"`);
      return related;
    },
  );
}
