import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import type { IngestJob, IngestResult } from '../contract/api/payloads.ts';
import { ENDED_JOB_STATES } from '../contract/api/schemas/ingest.ts';
import { Progress } from './progress.ts';

/** How often the job is asked for its progress. */
const POLL_MS = 500;

export interface RemoteReport {
  files: number;
  jobs: IngestJob[];
  errors: Map<string, string>;
}

/**
 * `npm run ingest -- --server URL FILES`: each file is uploaded to a running server as a job
 * (`POST /api/ingest?async=true`, the token from GUANXI_API_TOKEN) and followed with the same progress bar
 * as a local ingest until it ends; the server extracts and loads it, and the job goes on if this command
 * is stopped (`GET /api/ingest/jobs/ID` tells how it went).
 */
export async function ingestRemote(
  server: string,
  files: string[],
  token: string | undefined,
): Promise<RemoteReport> {
  const base = new URL('/api/', server);
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const report: RemoteReport = { files: files.length, jobs: [], errors: new Map() };
  for (const file of files) {
    try {
      const job = await follow(base, headers, file);
      report.jobs.push(job);
      if (job.status === 'failed') report.errors.set(file, job.error ?? 'the job failed');
      if (job.status === 'cancelled') report.errors.set(file, `job ${job.id} was cancelled`);
      for (const f of job.failures)
        report.errors.set(f.record ? `${file} record ${f.record}` : file, f.reason);
    } catch (error) {
      report.errors.set(file, error instanceof Error ? error.message : String(error));
    }
  }
  return report;
}

async function follow(base: URL, headers: Record<string, string>, file: string): Promise<IngestJob> {
  const name = path.basename(file).slice(-200);
  const url = new URL(`ingest?async=true&filename=${encodeURIComponent(name)}`, base);
  const accepted = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: await readFile(file),
  });
  if (accepted.status !== 202) throw new Error(`${file}: ${accepted.status} ${await problem(accepted)}`);
  const location = new URL(accepted.headers.get('location') ?? '', base);
  let job = (await accepted.json()) as IngestJob | IngestResult;
  if (!('status' in job)) throw new Error(`${file}: the server loaded it inline instead of as a job`);
  const bar = new Progress(name, job.progress.articles ?? 0, 'articles', ['relationships']);
  while (!ENDED_JOB_STATES.includes(job.status)) {
    await wait(POLL_MS);
    const response = await fetch(location, { headers });
    if (!response.ok) throw new Error(`${location}: ${response.status} ${await problem(response)}`);
    job = (await response.json()) as IngestJob;
    bar.update(job.progress.done + job.progress.failed, { relationships: job.progress.relationshipsWritten });
  }
  bar.stop();
  return job;
}

async function problem(response: Response): Promise<string> {
  const text = await response.text();
  try {
    return (JSON.parse(text) as { message?: string }).message ?? text.slice(0, 300);
  } catch {
    return text.slice(0, 300);
  }
}
