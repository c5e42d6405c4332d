import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  articleListRoute,
  articleRoute,
  relatedArticlesRoute,
} from '../../../contract/api/schemas/articles.ts';
import { BadRequestError, NotFoundError } from '../errors.ts';

export const articleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...articleListRoute,
    handler: async (request) => {
      const list = await app.repository.articles(request.query);
      if (!list) throw new BadRequestError('cursor', 'cursor is not a cursor from a previous page');
      return list;
    },
  });

  app.route({
    ...articleRoute,
    handler: async (request) => {
      const detail = await app.repository.article(request.params.id);
      if (!detail) throw new NotFoundError(`article "${request.params.id}"`);
      return detail;
    },
  });

  app.route({
    ...relatedArticlesRoute,
    handler: async (request) => {
      const related = await app.repository.relatedArticles(request.params.id, request.query.limit);
      if (!related) throw new NotFoundError(`article "${request.params.id}"`);
      return related;
    },
  });
};
