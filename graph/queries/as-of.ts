/** Cypher predicate on a relationship `r`; needs the `$asOf` parameter (null = no bound). */
export const SUPPORTED_AS_OF = `($asOf IS NULL OR any(d IN coalesce(r.articleDates, []) WHERE d <> '' AND d <= $asOf))`;
