import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../contract/annotation/types.ts';
import type { GraphDb, Transaction, WriteOptions } from '../../../../graph/db/connection.ts';
import { loadAnnotationStream } from '../../../../graph/loader/load-annotations.ts';
import type { BatchCounts } from '../../../../graph/loader/write-batch.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

const COUNTS: BatchCounts = {
  articles: { created: 1, total: 1, replaced: 0 },
  entities: { created: 0, total: 0 },
  relations: { created: 0, total: 0 },
  replacedIds: [],
};

/** A GraphDb that records the loader's calls: its batches' writes and its waits for the full-text indexes. */
function recordingDb() {
  const calls: string[] = [];
  const db = {
    async writeTransaction<R>(
      work: (tx: Transaction) => Promise<R>,
      _timeoutMs?: number,
      options?: WriteOptions,
    ) {
      calls.push(options?.searchable === false ? 'write' : 'write+wait');
      return work({} as Transaction);
    },
    async awaitSearchable() {
      calls.push('wait');
    },
  };
  return { db: db as unknown as GraphDb, calls };
}

const three = (): Annotation[] => [seedAnnotation(), seedAnnotation(), seedAnnotation()];

describe('loadAnnotationStream and the full-text indexes', () => {
  it('writes its batches without waiting for the indexes and waits once, after the last batch', async () => {
    const { db, calls } = recordingDb();
    await loadAnnotationStream(db, three(), { batchSize: 1, writer: async () => COUNTS });
    expect(calls).toEqual(['write', 'write', 'write', 'wait']);
  });

  it('waits also when a batch failed, for what the batches before it committed', async () => {
    const { db, calls } = recordingDb();
    let n = 0;
    const writer = async () => {
      n += 1;
      if (n === 2) throw new Error('batch 2 failed');
      return COUNTS;
    };
    await expect(loadAnnotationStream(db, three(), { batchSize: 1, writer })).rejects.toThrow(
      'batch 2 failed',
    );
    expect(calls.at(-1)).toBe('wait');
    expect(calls.filter((c) => c === 'wait')).toHaveLength(1);
  });

  it('does not wait when nothing was written', async () => {
    const { db, calls } = recordingDb();
    await loadAnnotationStream(db, [], { writer: async () => COUNTS });
    expect(calls).toEqual([]);
  });
});
