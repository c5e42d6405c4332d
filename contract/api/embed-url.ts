/**
 * Embed URLs (`/embed/entity/:id`, `/embed/article/:id`, `/embed/path?from=&to=`, `/embed/view/:id`),
 * written and read in one place: the explorer's embed dialog writes them, the oEmbed endpoint and the
 * embed pages read them. No server imports: the SPA may use it.
 */
/** What an embed URL points at, or undefined when guanxi does not serve it. */
export type EmbedTarget =
  | { kind: 'entity'; id: string }
  | { kind: 'article'; id: string }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'view'; id: string };

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function parseEmbedUrl(url: URL): EmbedTarget | undefined {
  const match = /^\/embed\/(entity|article|view)\/([^/]+)$/.exec(url.pathname);
  if (match?.[1] && match[2]) {
    const id = safeDecode(match[2]);
    return id ? { kind: match[1] as 'entity' | 'article' | 'view', id } : undefined;
  }
  if (url.pathname === '/embed/path') {
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    if (from && to) return { kind: 'path', from, to };
  }
  return undefined;
}

/** The path of the embed page for a target (`/embed/entity/…`, `/embed/path?from=&to=`, …). */
export function embedPath(target: EmbedTarget): string {
  const enc = encodeURIComponent;
  switch (target.kind) {
    case 'entity':
      return `/embed/entity/${enc(target.id)}`;
    case 'article':
      return `/embed/article/${enc(target.id)}`;
    case 'view':
      return `/embed/view/${enc(target.id)}`;
    case 'path':
      return `/embed/path?from=${enc(target.from)}&to=${enc(target.to)}`;
  }
}
