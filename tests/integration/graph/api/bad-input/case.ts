import type { Annotation } from '../../../../../contract/annotation/types.ts';
import { seedAnnotation } from '../../../../support/seed-annotation.ts';

/** One bad request and what the answer must be. */
export interface BadInput {
  name: string;
  method?: string;
  /** Path and query, already percent-encoded. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent as these exact bytes over a socket instead (what an HTTP client would refuse to send). */
  raw?: string | Buffer;
  status: number;
  /** What the answer must name: matched against its `parameter` and `message`. */
  names: RegExp;
  /** Answered by Node's HTTP parser before the app sees the request: no request id, no JSON of ours. */
  beforeApp?: boolean;
}

export const TOKEN = 'battery-token';
export const AUTH = { authorization: `Bearer ${TOKEN}` };
export const enc = encodeURIComponent;
export const LHZ = enc('person:李红珍');

/** POST /api/ingest of the seed annotation changed by `change`, with the token. */
export function annotationCase(
  name: string,
  change: (a: Annotation & Record<string, unknown>) => void,
  names: RegExp,
): BadInput {
  const annotation = seedAnnotation() as Annotation & Record<string, unknown>;
  change(annotation);
  return {
    name,
    method: 'POST',
    path: '/api/ingest',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify(annotation),
    status: 400,
    names,
  };
}

/** A crawler's JSON record, as one line of an NDJSON upload. */
export function record(fields: Record<string, unknown>): string {
  return JSON.stringify({
    title: '普陀区召开会议',
    publishedAt: '2023-04-24T15:02:00+08:00',
    source: '测试日报',
    content: '4月23日，上海市普陀区委组织部部长李红珍出席会议。',
    ...fields,
  });
}

/** POST /api/ingest of raw bytes with the token. */
export function uploadCase(
  name: string,
  contentType: string,
  body: string | Buffer,
  names: RegExp,
  query = '',
): BadInput {
  return {
    name,
    method: 'POST',
    path: `/api/ingest${query}`,
    headers: { ...AUTH, 'content-type': contentType },
    body,
    status: 400,
    names,
  };
}
