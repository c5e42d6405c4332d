import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** Cytoscape injects this one rule into <head>; CSP allows exactly it, by hash. */
const CYTOSCAPE_CONTAINER_CSS = '.__________cytoscape_container { position: relative; }';
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_CONTAINER_CSS).digest('base64')}'`;

/**
 * The content security policy of every page; only embed pages loosen frame-ancestors. Helmet's default
 * `upgrade-insecure-requests` is left out here: over plain HTTP on a LAN name it sends the browser to an
 * https:// that does not exist and the app stays blank (`upgradeOverHttps` adds it where it belongs).
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", CYTOSCAPE_STYLE_HASH],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/** `upgrade-insecure-requests` only on answers to requests that came over HTTPS. */
export function upgradeOverHttps(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.protocol !== 'https') return payload;
    const policy = reply.raw.getHeader('content-security-policy');
    if (typeof policy === 'string' && !policy.includes('upgrade-insecure-requests')) {
      reply.raw.setHeader('content-security-policy', `${policy};upgrade-insecure-requests`);
    }
    return payload;
  });
}
