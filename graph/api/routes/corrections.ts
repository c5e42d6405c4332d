import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { CorrectionConflict } from '../../../contract/api/corrections.ts';
import { correctionListRoute, correctRoute } from '../../../contract/api/schemas/corrections.ts';
import { reviewArticleRoute, reviewQueueRoute } from '../../../contract/api/schemas/review.ts';
import { CorrectionError } from '../../corrections/resolve.ts';
import { requireToken } from '../auth.ts';
import { ApiProblem, BadRequestError, NotFoundError } from '../errors.ts';

export interface CorrectionRouteOptions {
  token: string | undefined;
  /** Who corrections made with the token are by (GUANXI_API_TOKEN_LABEL). */
  tokenLabel: string;
}

/** A 409 that carries what the graph holds now. */
class ConflictProblem extends ApiProblem {
  constructor(
    message: string,
    parameter: string,
    readonly current: CorrectionConflict['current'],
  ) {
    super(409, 'conflict', message, parameter);
  }

  override body(requestId: string) {
    return { ...super.body(requestId), current: this.current };
  }
}

/** The field a refusal is about, named as the validator names body fields (`body/into`). */
const problemOf = (error: CorrectionError) =>
  error.status === 409
    ? new ConflictProblem(error.message, `body/${error.parameter}`, error.current ?? {})
    : new BadRequestError(`body/${error.parameter}`, error.message);

/**
 * POST /corrections (token): one correction, applied in one transaction. GET /corrections: the history of
 * an entity or an article. GET /review/queue and /review/articles/:id: what the review page shows.
 */
export const correctionRoutes: FastifyPluginAsyncTypebox<CorrectionRouteOptions> = async (app, options) => {
  app.route({
    ...correctRoute,
    onRequest: requireToken(options.token),
    handler: async (request, reply) => {
      try {
        const result = await app.corrections.apply(request.body, options.tokenLabel);
        return reply.status(201).send(result);
      } catch (error) {
        if (error instanceof CorrectionError) throw problemOf(error);
        throw error;
      }
    },
  });

  app.route({
    ...correctionListRoute,
    handler: async (request) => {
      const { entity, article, limit } = request.query;
      return app.corrections.list({ limit, ...(entity ? { entity } : {}), ...(article ? { article } : {}) });
    },
  });

  app.route({
    ...reviewQueueRoute,
    handler: async (request) => {
      const { limit, offset } = request.query;
      return app.corrections.reviewQueue({ limit, offset });
    },
  });

  app.route({
    ...reviewArticleRoute,
    handler: async (request) => {
      const review = await app.corrections.reviewArticle(request.params.id);
      if (!review) throw new NotFoundError(`article "${request.params.id}"`);
      return review;
    },
  });
};
