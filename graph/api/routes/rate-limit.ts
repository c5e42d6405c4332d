/** A route's own rate limit (paths, exports and snapshots cost more than other reads). */
export interface RateLimit {
  rateLimit: { max: number; timeWindow: string };
}
