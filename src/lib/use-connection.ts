import { useSyncExternalStore } from 'react';
import { type Connection, connection } from './connection.ts';

/** The connection to the server as the last request found it; re-renders when it changes. */
export function useConnection(): Connection {
  return useSyncExternalStore(connection.subscribe, connection.get, connection.get);
}
