/** The article reader, optionally opened at a passage (evidence offsets into the article text). */
export function articleHref(id: string, span?: { start: number; end: number }): string {
  const base = `/article/${encodeURIComponent(id)}`;
  return span ? `${base}?start=${span.start}&end=${span.end}` : base;
}
