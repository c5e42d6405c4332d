/**
 * The web app's addresses, built in one place: the explorer, the reader and the embeds link with these.
 * The whole-view address (expansions, filters, layout…) is `viewHref` in `view/url-codec.ts`.
 */
const enc = encodeURIComponent;

/** The article reader, optionally opened at a passage (evidence offsets into the article text). */
export function articleHref(id: string, span?: { start: number; end: number }): string {
  const base = `/article/${enc(id)}`;
  return span ? `${base}?start=${span.start}&end=${span.end}` : base;
}

/** The review page of an article (`reviewHref()`: the queue of articles to review). */
export function reviewHref(id?: string): string {
  return id ? `/review/${enc(id)}` : '/review';
}

/** The explorer around one entity. */
export function entityHref(id: string): string {
  return `/entity/${enc(id)}`;
}

/** Where a node of the graph opens: the reader for articles, the explorer for entities. */
export function nodeHref(node: { id: string; type: string }): string {
  return node.type === 'Article' ? articleHref(node.id) : entityHref(node.id);
}

/** The explorer showing the shortest paths between two entities. */
export function pathHref(from: string, to: string): string {
  return `/path?from=${enc(from)}&to=${enc(to)}`;
}
