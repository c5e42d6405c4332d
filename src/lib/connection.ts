/**
 * Whether the server answers, as the last request found it: the API client reports every outcome here,
 * and everything that waits for data says so while the server is unreachable (see use-connection.ts).
 * No React in here: the embed's requests report too.
 */
export interface Connection {
  /** The last request could not reach the server, or the server could not reach the graph (503). */
  down: boolean;
}

let state: Connection = { down: false };
const listeners = new Set<() => void>();

function set(down: boolean): void {
  if (state.down === down) return;
  state = { down };
  for (const listener of listeners) listener();
}

export const connection = {
  get: (): Connection => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  reached: () => set(false),
  unreachable: () => set(true),
};
