import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseEmbedUrl } from '../../contract/api/embed-url.ts';
import { CSP_DIRECTIVES } from './csp.ts';

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * /embed/… pages: the small embed bundle (dist/embed.html), framable by any site or only by
 * GUANXI_EMBED_ORIGINS, with the oEmbed discovery link for the page's own URL.
 */
export async function registerEmbedPages(
  app: FastifyInstance,
  root: string,
  frameAncestors: string[],
): Promise<void> {
  const file = path.join(root, 'embed.html');
  let template: string | undefined;
  const helmet = {
    frameguard: false,
    contentSecurityPolicy: {
      directives: { ...CSP_DIRECTIVES, frameAncestors: frameAncestors.length ? frameAncestors : ['*'] },
    },
  } as const;

  app.get('/embed/*', { helmet, schema: { hide: true } }, async (request, reply) => {
    template ??= await readFile(file, 'utf8').catch(() => undefined);
    const url = pageUrl(request);
    if (!template)
      return reply.status(404).send({ error: 'not_found', message: 'the embed bundle is not built' });
    if (!parseEmbedUrl(url)) return reply.status(404).type('text/plain').send('No such embed.');
    const oembed = `${url.origin}/api/oembed?format=json&url=${encodeURIComponent(url.href)}`;
    const link = `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(oembed)}" title="guanxi" />`;
    return reply.type('text/html; charset=utf-8').send(template.replace('</head>', `    ${link}\n  </head>`));
  });
}

function pageUrl(request: FastifyRequest): URL {
  return new URL(request.url, `${request.protocol}://${request.host}`);
}
