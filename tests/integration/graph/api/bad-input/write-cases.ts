import { AUTH, annotationCase, type BadInput, record, TOKEN, uploadCase } from './case.ts';

const NDJSON = 'application/x-ndjson';

/** Bodies of POST /api/ingest and /api/snapshots: annotations, raw uploads, JSON that is too deep. */
export const WRITE_CASES: BadInput[] = [
  annotationCase(
    'a 10,000-character title',
    (a) => {
      a.article.title = '标'.repeat(10_000);
    },
    /^body\/article\/title\b/,
  ),
  annotationCase(
    'publishedAt that is not a date',
    (a) => {
      a.article.publishedAt = 'yesterday';
    },
    /^body\/article\/publishedAt\b/,
  ),
  annotationCase(
    'publishedAt on 30 February',
    (a) => {
      a.article.publishedAt = '2023-02-30T10:00:00+08:00';
    },
    /^body\/article\/publishedAt\b/,
  ),
  annotationCase(
    'an entity kind "constructor"',
    (a) => {
      (a.entities[0] as { kind?: string }).kind = 'constructor';
    },
    /entities\/0\/kind.*constructor.* is not a kind of/,
  ),
  annotationCase(
    'an entity kind "__proto__"',
    (a) => {
      (a.entities[0] as { kind?: string }).kind = '__proto__';
    },
    /entities\/0\/kind\b/,
  ),
  annotationCase(
    'an entity kind "toString"',
    (a) => {
      (a.entities[1] as { kind?: string }).kind = 'toString';
    },
    /entities\/1\/kind\b/,
  ),
  annotationCase(
    'a property value that is an object',
    (a) => {
      a.entities[0] = { ...a.entities[0], properties: { date: { nested: true } } } as (typeof a.entities)[0];
    },
    /entities\/0\/properties\/date\b/,
  ),
  annotationCase(
    'a property named "constructor"',
    (a) => {
      a.entities[0] = { ...a.entities[0], properties: { constructor: 'x' } } as (typeof a.entities)[0];
    },
    /entities\/0\/kind|entities\/0\/properties/,
  ),
  annotationCase(
    'an unknown top-level field',
    (a) => {
      a.extra = true;
    },
    /^body\/extra is not a known property/,
  ),
  annotationCase(
    'a relation to an entity the annotation does not have',
    (a) => {
      a.relations[0] = { ...a.relations[0], to: 'org:nobody' } as (typeof a.relations)[0];
    },
    /relations\/0\/to: unknown entity "org:nobody"/,
  ),
  annotationCase(
    'evidence that is not in the text',
    (a) => {
      a.relations[1] = {
        ...a.relations[1],
        evidence: { text: '没有', start: 0, end: 2 },
      } as (typeof a.relations)[1];
    },
    /relations\/1\/evidence\/text: does not match/,
  ),
  annotationCase(
    'a right-to-left override in an entity name',
    (a) => {
      a.entities[0] = { ...a.entities[0], name: '李\u202E红珍' } as (typeof a.entities)[0];
    },
    /entities\/0\/name\b/,
  ),
  annotationCase(
    'a NUL in an entity id',
    (a) => {
      a.entities[0] = { ...a.entities[0], id: 'person:李\u0000' } as (typeof a.entities)[0];
    },
    /entities\/0\/id\b/,
  ),
  annotationCase(
    'a control character in the text',
    (a) => {
      a.article.text = `${a.article.text}\u0007`;
    },
    /article\/text\b/,
  ),
  annotationCase(
    '5,001 entities',
    (a) => {
      a.entities = Array.from({ length: 5_001 }, (_, i) => ({
        id: `topic:t${i}`,
        type: 'Topic' as const,
        name: `t${i}`,
      }));
    },
    /^body\/entities must NOT have more than 5000 items/,
  ),
  annotationCase(
    'schemaVersion 2',
    (a) => {
      (a as { schemaVersion: number }).schemaVersion = 2;
    },
    /^body\/schemaVersion\b/,
  ),
  {
    name: 'JSON nested 500,000 levels deep',
    method: 'POST',
    path: '/api/ingest',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: `${'['.repeat(500_000)}${']'.repeat(500_000)}`,
    status: 400,
    names: /nested deeper than 64 levels/,
  },
  {
    name: 'a __proto__ key in the body',
    method: 'POST',
    path: '/api/ingest',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: '{"schemaVersion":1,"__proto__":{"polluted":true}}',
    status: 400,
    names: /^body\b/,
  },
  {
    name: 'a constructor.prototype key in the body',
    method: 'POST',
    path: '/api/ingest',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: '{"constructor":{"prototype":{"polluted":true}}}',
    status: 400,
    names: /^body\b/,
  },
  {
    name: 'JSON cut off in the middle',
    method: 'POST',
    path: '/api/ingest',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: '{"schemaVersion": 1, "article": {"title": "半截',
    status: 400,
    names: /^body: not valid JSON/,
  },
  {
    name: 'a JSON body in UTF-16',
    method: 'POST',
    path: '/api/ingest',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: Buffer.from('\uFEFF{"schemaVersion":1}', 'utf16le'),
    status: 400,
    names: /^body\b/,
  },
  {
    name: 'a JSON body that is a number',
    method: 'POST',
    path: '/api/ingest',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: '42',
    status: 400,
    names: /^body must be object/,
  },
  uploadCase('an empty page scrape', 'text/plain', '', /upload\.txt: empty file/),
  uploadCase('a page scrape of spaces', 'text/plain', '   \n\t  ', /upload\.txt: empty file/),
  uploadCase(
    'a PNG sent as HTML',
    'text/html',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    /binary content/,
  ),
  uploadCase(
    'a record with a 10,000-character title',
    NDJSON,
    record({ title: '标'.repeat(10_000) }),
    /upload\.ndjson: invalid annotation\n.*\/article\/title: must NOT have more than 500 characters/,
  ),
  uploadCase(
    'a record whose date is not a date',
    NDJSON,
    record({ publishedAt: '2023-13-45' }),
    /publishedAt/,
  ),
  uploadCase(
    'a record nested 100 levels deep',
    NDJSON,
    `{"title":"x","content":${'['.repeat(100)}${']'.repeat(100)}}`,
    /nested deeper than 64 levels/,
  ),
  uploadCase(
    'NDJSON whose every record is bad',
    NDJSON,
    `${record({ title: '' })}\n${record({ title: 7 })}\n`,
    /upload\.ndjson/,
  ),
  uploadCase(
    'an HTML page declaring charset "constructor"',
    'text/html',
    '<html><head><meta charset="constructor"></head><body></body></html>',
    /upload\.html/,
  ),
  uploadCase(
    'a file name with folders',
    'text/plain',
    'x',
    /^filename must be a file name/,
    '?filename=..%2F..%2Fetc%2Fpasswd',
  ),
  uploadCase('a file name with a NUL', 'text/plain', 'x', /^filename\b/, '?filename=a%00.txt'),
  uploadCase(
    'a file name ending .constructor',
    'text/plain',
    '   ',
    /a\.constructor/,
    '?filename=a.constructor',
  ),
  {
    name: 'a content type the API does not read',
    method: 'POST',
    path: '/api/ingest',
    headers: { ...AUTH, 'content-type': 'application/xml' },
    body: '<annotation/>',
    status: 415,
    names: /^content-type: application\/xml/,
  },
  {
    name: 'a body without a content type',
    method: 'POST',
    path: '/api/ingest',
    headers: { ...AUTH },
    body: 'x',
    status: 415,
    names: /^content-type\b/,
  },
  {
    name: 'a body announced at 40 MB',
    raw:
      'POST /api/ingest HTTP/1.1\r\nHost: x\r\n' +
      `Authorization: Bearer ${TOKEN}\r\nContent-Type: text/plain\r\nContent-Length: 40000000\r\nConnection: close\r\n\r\nx`,
    status: 413,
    names: /^body: larger than this endpoint accepts/,
  },
  {
    name: 'a snapshot node whose x is text',
    method: 'POST',
    path: '/api/snapshots',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 't',
      caption: '',
      lang: 'zh',
      asOf: null,
      nodes: [{ id: 'a', type: 'Person', kind: null, name: 'a', subtitle: null, x: 'left', y: 0 }],
      edges: [],
      citations: [],
    }),
    status: 400,
    names: /^body\/nodes\/0\/x must be number/,
  },
  {
    name: 'a preview with no body at all',
    method: 'POST',
    path: '/api/ingest/preview',
    headers: { ...AUTH },
    status: 400,
    names: /^body is required/,
  },
  ...['//evil.example/x', 'javascript:alert(1)', '/\\evil.example'].map(
    (explorerPath): BadInput => ({
      name: `a snapshot leading to ${explorerPath}`,
      method: 'POST',
      path: '/api/snapshots',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 't',
        caption: '',
        lang: 'zh',
        asOf: null,
        nodes: [],
        edges: [],
        citations: [],
        explorerPath,
      }),
      status: 400,
      names: /^body\/explorerPath must be a path of this site/,
    }),
  ),
  {
    name: 'a snapshot asOf of 2023-13-45',
    method: 'POST',
    path: '/api/snapshots',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 't',
      caption: '',
      lang: 'zh',
      asOf: '2023-13-45',
      nodes: [],
      edges: [],
      citations: [],
    }),
    status: 400,
    names: /^body\/asOf\b/,
  },
];
