/**
 * Structured log lines (a pino logger fits: the server logs JSON, one object per line); the commands
 * print them as `[guanxi] message` lines instead.
 */
export interface EventLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** For the commands (ingest, seed, rebuild…): the message on stderr, the fields left out. */
export const consoleEventLog: EventLog = {
  info: (_fields, message) => console.error(`[guanxi] ${message}`),
  warn: (_fields, message) => console.error(`[guanxi] ${message}`),
  error: (_fields, message) => console.error(`[guanxi] ${message}`),
};
