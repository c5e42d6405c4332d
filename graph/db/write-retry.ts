/** How often a write meeting a transient error (deadlock, lock wait) is tried in all. */
export const WRITE_ATTEMPTS = 6;
const BASE_MS = 100;
const CAP_MS = 3_000;

/**
 * "Full jitter" backoff: a random wait between 0 and an exponentially growing cap, so writers that
 * deadlocked with each other do not meet again at the same moment. Attempts are counted from 1.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(CAP_MS, BASE_MS * 2 ** attempt));
}
