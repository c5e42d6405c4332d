import type { QueryResult, RecordShape } from 'neo4j-driver';
import { GraphDb } from '../../../graph/db/connection.ts';

/** A read as the API ran it: the Cypher, its parameters, and when it started and ended (ms). */
export interface RecordedRead {
  cypher: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  start: number;
  end: number;
}

/**
 * The project's GraphDb that, while a recording is open, also notes every read it runs: the benchmark
 * replays the same Cypher through the bare driver to compare the API with the database's own time.
 * Requests are recorded one at a time, so every read belongs to the request in flight.
 */
export class RecordingDb extends GraphDb {
  private recording: RecordedRead[] | undefined;

  startRecording(): void {
    this.recording = [];
  }

  stopRecording(): RecordedRead[] {
    const reads = this.recording ?? [];
    this.recording = undefined;
    return reads;
  }

  override async read<T extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    timeoutMs?: number,
  ): Promise<QueryResult<T>> {
    const recording = this.recording;
    const start = performance.now();
    try {
      return await super.read<T>(cypher, params, timeoutMs);
    } finally {
      recording?.push({ cypher, params, timeoutMs: timeoutMs ?? 10_000, start, end: performance.now() });
    }
  }
}
