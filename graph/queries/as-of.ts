/**
 * "As of" a day: an edge counts when an article published by the end of that day (China time)
 * supports it. Edge support dates are UTC ISO strings, so the bound is one too and compares as text.
 */
export function asOfBound(day: string | undefined): string | null {
  if (!day) return null;
  return new Date(`${day}T23:59:59.999+08:00`).toISOString();
}

/** Cypher predicate on a relationship `r`; needs the `$asOf` parameter (null = no bound). */
export const SUPPORTED_AS_OF = `($asOf IS NULL OR any(d IN coalesce(r.articleDates, []) WHERE d <> '' AND d <= $asOf))`;
