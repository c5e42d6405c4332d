/** A year of the Republic (民国, Taiwan's official count from 1912) in the common era: 113 → 2024. */
export function republicToCommonYear(year: number): number {
  return year + 1911;
}

/** Whether a bare year a traditional page writes may be the Republic's: 80–130 (1991–2041). */
export function likelyRepublicYear(year: number): boolean {
  return year >= 80 && year <= 130;
}
