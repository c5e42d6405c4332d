import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['tests/fixtures/gold/articles', 'tests/fixtures/train/articles'];

interface RawRecord {
  title: string;
  publishedAt: string;
  source: string;
  text: string;
}

/** The JSON records of the fixtures' crawls (real news text), read once. */
function fixtureRecords(): RawRecord[] {
  const records: RawRecord[] = [];
  for (const dir of SOURCES) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.ndjson'))
      .sort()) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as Partial<RawRecord>;
        if (r.title && r.text && r.publishedAt)
          records.push({ title: r.title, publishedAt: r.publishedAt, source: r.source ?? '', text: r.text });
      }
    }
  }
  return records;
}

/**
 * An NDJSON crawl of `count` short articles (about 320 bytes each, as in the issue's 5,000 records of
 * 1.6 MB): the fixtures' records cut to their first sentences, each title numbered so every record is an
 * article of its own. `bad` lists 1-based records given a 10,000-character title: they parse, but their
annotation is invalid, so an ingest reports and skips them.
 */
export function rawRecords(count: number, bad: number[] = []): string {
  const base = fixtureRecords();
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = base[i % base.length] as RawRecord;
    const body = r.text.replace(/^\s+/, '');
    const cut = body.indexOf('。', 30);
    const text = body.slice(0, cut > 0 && cut < 100 ? cut + 1 : 80);
    const title = bad.includes(i + 1) ? '长'.repeat(10_000) : `${r.title}（${i + 1}）`;
    lines.push(JSON.stringify({ ...r, title, text }));
  }
  return `${lines.join('\n')}\n`;
}
