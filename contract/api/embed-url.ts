/**
 * Embed URLs (`/embed/entity/:id`, `/embed/article/:id`, `/embed/path?from=&to=`, `/embed/view/:id`):
 * shared by the oEmbed endpoint and the embed pages. No server imports: the SPA may use it.
 */
/** What an embed URL points at, or undefined when guanxi does not serve it. */
export type EmbedTarget =
  | { kind: 'entity'; id: string }
  | { kind: 'article'; id: string }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'view'; id: string };

export function parseEmbedUrl(url: URL): EmbedTarget | undefined {
  const match = /^\/embed\/(entity|article|view)\/([^/]+)$/.exec(url.pathname);
  if (match?.[1] && match[2]) {
    return { kind: match[1] as 'entity' | 'article' | 'view', id: decodeURIComponent(match[2]) };
  }
  if (url.pathname === '/embed/path') {
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    if (from && to) return { kind: 'path', from, to };
  }
  return undefined;
}
