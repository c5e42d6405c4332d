import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTrace } from '../../../../../seed/pipeline/extract/explain.ts';
import { extract } from '../../../../../seed/pipeline/extract/extract.ts';
import { ruleRecord } from '../../../../../seed/pipeline/extract/rules/index.ts';
import { parseFile } from '../../../../../seed/pipeline/parse/index.ts';
import { article, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * `--explain` names a catalogued rule and an evidence span for every entity and relation the extractor produces, on
 * every fixture article (training and held sets alike: this reads no score, only that nothing is unexplained).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

const root = join(import.meta.dirname, '../../../../fixtures');

function articleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return articleFiles(path);
    return /\/articles$/.test(dir) ? [path] : [];
  });
}

describe('the explain output', () => {
  it('names a known rule and the span of the text for every extraction on every fixture article', async () => {
    const files = articleFiles(root);
    expect(files.length).toBeGreaterThan(100);
    const unexplained: string[] = [];
    let rows = 0;
    for (const file of files) {
      for (const a of await parseFile(file)) {
        const { annotation, trace } = extract(a);
        const where = relative(root, file);
        rows += trace.length;
        for (const r of trace) {
          if (!ruleRecord(r.rule)) unexplained.push(`${where}: unknown rule ${r.rule} for ${r.names}`);
          if (!r.text || r.text !== a.text.slice(r.start, r.end))
            unexplained.push(`${where}: ${r.rule} ${r.names} has no span of the text`);
        }
        const entities = new Set(trace.filter((r) => r.what === 'entity').map((r) => r.id));
        const relations = new Set(trace.filter((r) => r.what === 'relation').map((r) => `${r.type} ${r.id}`));
        for (const e of annotation.entities)
          if (!entities.has(e.id)) unexplained.push(`${where}: entity ${e.id} has no row`);
        for (const r of annotation.relations)
          if (!relations.has(`${r.type} ${r.from} -> ${r.to}`))
            unexplained.push(`${where}: relation ${r.type} ${r.from} -> ${r.to} has no row`);
        expect(trace.length, where).toBe(annotation.entities.length + annotation.relations.length);
      }
    }
    expect(unexplained).toEqual([]);
    expect(rows).toBeGreaterThan(1000);
  }, 120_000);

  it('prints one tab-separated line per extraction: rule, what, type, names, span and its text', () => {
    const { trace } = extract(article('普陀区委常委、组织部部长李红珍出席会议。'));
    const lines = formatTrace(trace).split('\n');
    expect(lines[0]).toBe('rule\twhat\ttype\tnames\tspan\ttext');
    expect(lines).toContain('person:titled\tentity\tPerson\t李红珍\t12-15\t李红珍');
    expect(lines).toContain(
      'position:title-chain\trelation\tHOLDS_POSITION\t李红珍 → 普陀区委组织部 (部长)\t0-20\t普陀区委常委、组织部部长李红珍出席会议。',
    );
    expect(lines).toHaveLength(trace.length + 1);
  });
});
