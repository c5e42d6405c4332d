import type { FastifyInstance } from 'fastify';

/** The start page's view of the corpus. */
export async function overviewRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/overview',
    {
      schema: {
        summary:
          'The corpus at a glance: real articles and link stubs counted apart, the newest articles, articles by month and by source, the most connected people and organisations',
      },
    },
    async () => app.repository.overview(),
  );
}
