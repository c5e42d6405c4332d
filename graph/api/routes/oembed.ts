import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { parseEmbedUrl } from '../../../contract/api/embed-url.ts';
import type { OEmbedResponse } from '../../../contract/api/payloads.ts';
import { oembedRoute } from '../../../contract/api/schemas/oembed.ts';
import { ApiProblem, NotFoundError } from '../errors.ts';

const DEFAULT_SIZE = { width: 640, height: 420 };
const MIN_SIZE = { width: 200, height: 150 };

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function oembedSize(maxwidth?: number, maxheight?: number): { width: number; height: number } {
  return {
    width: Math.max(Math.min(DEFAULT_SIZE.width, maxwidth ?? Number.POSITIVE_INFINITY), MIN_SIZE.width),
    height: Math.max(Math.min(DEFAULT_SIZE.height, maxheight ?? Number.POSITIVE_INFINITY), MIN_SIZE.height),
  };
}

/** This server's origin as the client addressed it (normalised: no default port). */
function origin(request: FastifyRequest): string {
  return new URL(`${request.protocol}://${request.host}`).origin;
}

/** oEmbed 1.0 for guanxi embed URLs: type rich, an iframe sized within maxwidth × maxheight. */
export const oembedRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...oembedRoute,
    handler: async (request, reply) => {
      const q = request.query;
      if (q.format !== 'json') {
        throw new ApiProblem(
          501,
          'not_implemented',
          `format "${q.format}" is not supported; use json`,
          'format',
        );
      }
      let url: URL;
      try {
        url = new URL(q.url);
      } catch {
        throw new NotFoundError(`embed URL "${q.url}"`);
      }
      const target = url.origin === origin(request) ? parseEmbedUrl(url) : undefined;
      const title = target ? await app.repository.embedTitle(target) : undefined;
      if (!title) throw new NotFoundError(`embed URL "${q.url}"`);
      const { width, height } = oembedSize(q.maxwidth, q.maxheight);
      const body: OEmbedResponse = {
        version: '1.0',
        type: 'rich',
        provider_name: 'guanxi 关系',
        provider_url: `${origin(request)}/`,
        title,
        width,
        height,
        cache_age: 3600,
        html: `<iframe src="${escapeAttr(url.href)}" width="${width}" height="${height}" title="${escapeAttr(title)}" style="border:0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
      };
      return reply.header('access-control-allow-origin', '*').send(body);
    },
  });
};
