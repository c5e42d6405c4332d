import { setTimeout as wait } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { AnnotatedArticle } from '../../../contract/annotation/types.ts';
import type { IngestFailure, IngestJob } from '../../../contract/api/payloads.ts';
import { ENDED_JOB_STATES, MAX_LISTED_FAILURES } from '../../../contract/api/schemas/ingest.ts';
import type { ArchiveItem, ArticleArchive } from '../../archive/archive.ts';
import { loadArchived } from '../../archive/archived-load.ts';
import type { GraphDb } from '../../db/connection.ts';
import { databaseProblem } from '../../db/unavailable.ts';
import type { ArticlePipeline } from '../pipeline.ts';
import { extractUpload } from './extract-upload.ts';
import { JobStore, newJobId, type StoredJob } from './job-store.ts';

/** Tries of a job's load when the database is away or busy (waits of 5, 10, 20, 40 s between them). */
const DATABASE_ATTEMPTS = 5;

/** Jobs listed by GET /api/ingest/jobs and kept on disk; older finished ones are forgotten. */
export const KEPT_JOBS = 50;

export interface IngestJobsOptions {
  db: GraphDb;
  pipeline: ArticlePipeline;
  /** Where jobs are kept (GUANXI_DATA_DIR/jobs); absent: in memory only. */
  dir: string | undefined;
  /** Where loaded articles are kept first (GUANXI_DATA_DIR/archive), with the upload's bytes; none in tests. */
  archive?: ArticleArchive | undefined;
  log: FastifyBaseLogger;
}

/**
 * Ingest jobs: big uploads loaded one job at a time in the background, whatever happens to the request
 * that brought them. Each job's upload and state are kept (JobStore) and its state saved after every
 * committed batch, so when the app stops (cleanly, or not) a job picks up at its last committed batch on
 * the next start; loads are idempotent, so records written again change nothing.
 */
export class IngestJobs {
  private readonly store: JobStore;
  private readonly jobs = new Map<string, StoredJob>();
  private readonly queue: string[] = [];
  /** Parsed articles of a job submitted in this process, so it is not parsed twice. */
  private readonly parsed = new Map<string, AnnotatedArticle[]>();
  private running: Promise<void> | undefined;
  private stopping = false;
  private readonly stopped = new AbortController();
  /** The running job's signal to stop waiting for the database when it is cancelled. */
  private readonly cancelled = new Map<string, AbortController>();
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly options: IngestJobsOptions) {
    this.store = new JobStore(options.dir);
  }

  /** Reads the kept jobs and queues again those that had not ended (a job that was running counts a resume). */
  async open(): Promise<void> {
    for (const stored of await this.store.load()) {
      this.jobs.set(stored.job.id, stored);
      if (stored.job.status === 'cancelling') {
        // Cancelled while the app stopped: what its committed batches wrote stays, nothing more is read.
        resetToCheckpoint(stored);
        stored.job.status = 'cancelled';
        await this.store.save(stored);
        await this.store.dropUpload(stored.job.id);
      }
      if (stored.job.status === 'running' || stored.job.status === 'queued') {
        if (stored.job.status === 'running') stored.job.resumed += 1;
        resetToCheckpoint(stored);
        stored.job.status = 'queued';
        this.queue.push(stored.job.id);
        this.options.log.info(
          { job: stored.job.id, checkpoint: stored.checkpoint },
          'ingest job picked up again after a restart',
        );
      }
    }
    this.next();
  }

  /** A new job for an upload whose articles are already parsed; its bytes are kept before it is announced. */
  async submit(bytes: Buffer, filename: string, articles: AnnotatedArticle[]): Promise<IngestJob> {
    const now = new Date().toISOString();
    const id = newJobId();
    const stored: StoredJob = {
      job: {
        id,
        status: 'queued',
        filename,
        bytes: bytes.length,
        createdAt: now,
        updatedAt: now,
        resumed: 0,
        progress: { articles: articles.length, done: 0, failed: 0, relationshipsWritten: 0 },
        failures: [],
        summary: null,
        error: null,
      },
      checkpoint: 0,
      committed: { done: 0, failed: 0, relationshipsWritten: 0 },
    };
    await this.store.putUpload(id, bytes);
    await this.store.save(stored);
    this.jobs.set(id, stored);
    this.parsed.set(id, articles);
    this.queue.push(id);
    await this.forgetOld();
    this.next();
    return structuredClone(stored.job);
  }

  get(id: string): IngestJob | undefined {
    const stored = this.jobs.get(id);
    return stored ? structuredClone(stored.job) : undefined;
  }

  /**
   * Cancels a job: a queued one at once, a running one after the batch it is loading commits (it reads
   * `cancelling` until then). Undefined for an unknown job; 'ended' for one that has ended already.
   */
  async cancel(id: string): Promise<IngestJob | 'ended' | undefined> {
    const stored = this.jobs.get(id);
    if (!stored) return undefined;
    const { job } = stored;
    if (ENDED_JOB_STATES.includes(job.status)) return 'ended';
    if (job.status === 'cancelling') return structuredClone(job);
    const queued = this.queue.indexOf(id);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.parsed.delete(id);
      job.status = 'cancelled';
      await this.save(stored);
      await this.store.dropUpload(id);
    } else {
      job.status = 'cancelling';
      this.cancelled.get(id)?.abort();
      await this.save(stored);
    }
    this.options.log.info({ job: id, status: job.status }, 'ingest job cancelled');
    return structuredClone(job);
  }

  /** Newest first. */
  list(): IngestJob[] {
    return [...this.jobs.values()]
      .map((s) => structuredClone(s.job))
      .sort((a, b) => (a.id < b.id ? 1 : -1))
      .slice(0, KEPT_JOBS);
  }

  /** Stops after the running job's current batch (it is picked up there on the next start). */
  async close(): Promise<void> {
    this.stopping = true;
    this.stopped.abort();
    await this.running;
  }

  private next(): void {
    if (this.running || this.stopping) return;
    const id = this.queue.shift();
    const stored = id === undefined ? undefined : this.jobs.get(id);
    if (!stored) return;
    this.running = this.run(stored)
      .catch((error: unknown) => this.options.log.error({ err: error, job: stored.job.id }, 'ingest job'))
      .finally(() => {
        this.running = undefined;
        this.next();
      });
  }

  private async run(stored: StoredJob): Promise<void> {
    const { job } = stored;
    const log = this.options.log.child({ job: job.id });
    job.status = 'running';
    this.cancelled.set(job.id, new AbortController());
    await this.save(stored);
    log.info({ filename: job.filename, articles: job.progress.articles }, 'ingest job started');
    try {
      const articles = this.parsed.get(job.id) ?? (await this.parseAgain(stored));
      this.parsed.delete(job.id);
      job.progress.articles = articles.length;
      const summary = await this.loadWithRetries(stored, articles, log);
      if (isCancelling(job)) {
        job.summary = summary;
        job.status = 'cancelled';
        log.info({ progress: job.progress }, 'ingest job cancelled after its last committed batch');
      } else if (this.stopping && stored.checkpoint < articles.length) {
        // Still `running` on disk, as after a crash: the next start picks it up at the checkpoint.
        await this.save(stored);
        log.info(
          { checkpoint: stored.checkpoint },
          'ingest job stopped with the app; it goes on at the next start',
        );
        return;
      } else {
        job.summary = summary;
        job.status = 'done';
        log.info({ progress: job.progress }, 'ingest job done');
      }
    } catch (error) {
      if (isCancelling(job)) {
        resetToCheckpoint(stored);
        job.status = 'cancelled';
      } else if (this.stopping) {
        // The extraction workers or the database went away with the app: it goes on at the next start.
        resetToCheckpoint(stored);
        await this.save(stored);
        return;
      } else {
        job.status = 'failed';
        job.error = error instanceof Error ? error.message : String(error);
        log.error({ err: error }, 'ingest job failed');
      }
    } finally {
      this.cancelled.delete(job.id);
    }
    await this.save(stored);
    await this.store.dropUpload(job.id);
  }

  /**
   * A database that is away, busy or past its deadline is not the upload's fault: the job waits and goes
   * on from its last committed batch, a few times, before it is reported failed.
   */
  private async loadWithRetries(
    stored: StoredJob,
    articles: AnnotatedArticle[],
    log: FastifyBaseLogger,
  ): Promise<IngestJob['summary']> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.load(stored, articles);
      } catch (error) {
        const cancelled = this.cancelled.get(stored.job.id)?.signal;
        const givesUp = this.stopping || cancelled?.aborted || attempt >= DATABASE_ATTEMPTS;
        if (givesUp || databaseProblem(error) === undefined) throw error;
        const seconds = 5 * 2 ** (attempt - 1);
        log.warn(
          { err: error, attempt, checkpoint: stored.checkpoint },
          `ingest job waits ${seconds} s for the database`,
        );
        resetToCheckpoint(stored);
        const signal = cancelled ? AbortSignal.any([this.stopped.signal, cancelled]) : this.stopped.signal;
        await wait(seconds * 1000, undefined, { signal }).catch(() => {});
        if (this.stopping || cancelled?.aborted) throw error;
      }
    }
  }

  private async parseAgain(stored: StoredJob): Promise<AnnotatedArticle[]> {
    const bytes = await this.store.upload(stored.job.id);
    if (!bytes) throw new Error(`the upload of ${stored.job.filename} is no longer kept`);
    return this.options.pipeline.parse(bytes, stored.job.filename);
  }

  /** Loads the records after the checkpoint, saving the state after every committed batch. */
  private async load(stored: StoredJob, articles: AnnotatedArticle[]): Promise<IngestJob['summary']> {
    const { job } = stored;
    // Records handed to the loader (or skipped) and not yet known to be committed, in order.
    const pending: { record: number; loads: boolean; relations: number }[] = [];
    const self = this;
    const { archive } = this.options;
    const bytes = archive ? await this.store.upload(job.id) : undefined;
    const source =
      archive && bytes ? { sha256: await archive.putSource(bytes), name: job.filename } : undefined;
    async function* annotations(): AsyncGenerator<ArchiveItem> {
      for await (const outcome of extractUpload(
        self.options.pipeline,
        articles,
        job.filename,
        stored.checkpoint,
      )) {
        if (self.stopping || isCancelling(job)) return;
        if ('failure' in outcome) {
          job.progress.failed += 1;
          if (job.failures.length < MAX_LISTED_FAILURES) job.failures.push(outcome.failure);
          if (pending.length === 0) advance(stored, outcome.record, { failed: 1 });
          else pending.push({ record: outcome.record, loads: false, relations: 0 });
          continue;
        }
        pending.push({ record: outcome.record, loads: true, relations: outcome.annotation.relations.length });
        const name = `${job.filename} record ${outcome.record}`;
        yield { annotation: outcome.annotation, name, ...(source ? { source } : {}) };
      }
      // Skipped records at the end have nothing left to wait for.
      if (pending.every((p) => !p.loads)) settle(pending.length);
    }
    const settle = (count: number) => {
      for (const p of pending.splice(0, count))
        advance(stored, p.record, p.loads ? { done: 1, relationships: p.relations } : { failed: 1 });
    };
    let loadedBefore = 0;
    const summary = await loadArchived(this.options.db, archive, annotations(), {
      onProgress: (progress) => {
        // The batch's articles are committed, and with them the skipped records between them.
        let loads = progress.articles - loadedBefore;
        loadedBefore = progress.articles;
        let count = 0;
        while (count < pending.length && (loads > 0 || !pending[count]?.loads)) {
          if (pending[count]?.loads) loads -= 1;
          count += 1;
        }
        settle(count);
        job.progress.done = stored.committed.done;
        job.progress.relationshipsWritten = stored.committed.relationshipsWritten;
        this.save(stored).catch((error: unknown) => this.options.log.error({ err: error }, 'saving a job'));
      },
    });
    if (pending.every((p) => !p.loads)) settle(pending.length);
    job.progress.done = stored.committed.done;
    job.progress.relationshipsWritten = stored.committed.relationshipsWritten;
    return { articles: summary.articles, entities: summary.entities, relations: summary.relations };
  }

  /** Saves one after another, so the state on disk is always the latest. */
  private save(stored: StoredJob): Promise<void> {
    stored.job.updatedAt = new Date().toISOString();
    const snapshot = structuredClone(stored);
    this.saving = this.saving.catch(() => {}).then(() => this.store.save(snapshot));
    return this.saving;
  }

  private async forgetOld(): Promise<void> {
    const finished = [...this.jobs.values()]
      .filter((s) => ENDED_JOB_STATES.includes(s.job.status))
      .sort((a, b) => (a.job.id < b.job.id ? 1 : -1));
    for (const old of finished.slice(KEPT_JOBS)) {
      this.jobs.delete(old.job.id);
      await this.store.remove(old.job.id);
    }
  }
}

function advance(
  stored: StoredJob,
  record: number,
  by: { done?: number; failed?: number; relationships?: number },
): void {
  stored.checkpoint = Math.max(stored.checkpoint, record);
  stored.committed.done += by.done ?? 0;
  stored.committed.failed += by.failed ?? 0;
  stored.committed.relationshipsWritten += by.relationships ?? 0;
}

/** Back to what the graph is known to hold: records after the checkpoint will be read again. */
function resetToCheckpoint(stored: StoredJob): void {
  const { job, checkpoint, committed } = stored;
  job.progress.done = committed.done;
  job.progress.failed = committed.failed;
  job.progress.relationshipsWritten = committed.relationshipsWritten;
  job.failures = job.failures.filter((f: IngestFailure) => (f.record ?? 1) <= checkpoint);
}

/** Read through a function: TypeScript narrows `job.status` and cannot see another call change it. */
function isCancelling(job: IngestJob): boolean {
  return job.status === 'cancelling';
}
