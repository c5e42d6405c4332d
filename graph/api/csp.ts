import { createHash } from 'node:crypto';

/** Cytoscape injects this one rule into <head>; CSP allows exactly it, by hash. */
const CYTOSCAPE_CONTAINER_CSS = '.__________cytoscape_container { position: relative; }';
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_CONTAINER_CSS).digest('base64')}'`;

/** The content security policy of every page; only embed pages loosen frame-ancestors. */
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
};
