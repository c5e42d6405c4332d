import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../../../../../seed/pipeline/parse/index.ts';

const PAGE = readFileSync('seed/articles/000_e788ae00edbc24f8.txt');
const records = [
  { title: '青禾园区召开企业座谈会', text: '青禾园区昨天召开企业座谈会。', date: '2024-03-01' },
  { title: '青禾园区举行签约仪式', text: '青禾园区昨天举行签约仪式。', date: '2024-03-02' },
];

describe('the fingerprint of the page an article was read from', () => {
  it("is a page file's bytes hashed: the archive's sha256 of the file begins with it", () => {
    const [article] = parseBuffer(PAGE, 'page.txt');
    expect(article?.fingerprint).toBe(createHash('sha256').update(PAGE).digest('hex').slice(0, 24));
  });

  it('does not follow what the parser reads: a date found in one name only gives another id, not another page', () => {
    const page = Buffer.from(
      '青禾园区召开企业座谈会\n\n青禾园区昨天召开企业座谈会，园区主任王明出席并讲话。\n',
    );
    const [undated] = parseBuffer(page, 'page.txt');
    const [dated] = parseBuffer(page, 'page-20240301.txt');
    expect([undated?.publishedAt, dated?.publishedAt]).toEqual([null, '2024-03-01T00:00:00+08:00']);
    expect(dated?.id).not.toBe(undated?.id);
    expect(dated?.fingerprint).toBe(undated?.fingerprint);
  });

  it('is each JSON record its own, the same in a JSON array as on an NDJSON line', () => {
    const ndjson = parseBuffer(Buffer.from(records.map((r) => JSON.stringify(r)).join('\n')), 'crawl.ndjson');
    const array = parseBuffer(Buffer.from(JSON.stringify(records, null, 2)), 'crawl.json');
    expect(ndjson.map((a) => a.fingerprint)).toEqual(array.map((a) => a.fingerprint));
    expect(new Set(ndjson.map((a) => a.fingerprint)).size).toBe(2);
  });
});
