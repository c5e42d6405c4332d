/**
 * Cypher predicate on a relationship `r`: some article published by the bound supports it, i.e. its first
 * report (UTC ISO, compares as text) is not later. Needs the `$asOf` parameter (null = no bound).
 */
export const SUPPORTED_AS_OF = `($asOf IS NULL OR (r.firstReported IS NOT NULL AND r.firstReported <= $asOf))`;
