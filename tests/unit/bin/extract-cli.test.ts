import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ruleRecord } from '../../../seed/pipeline/extract/rules/index.ts';

/** `npm run extract -- FILE --explain`: the annotation on stdout, the explain table on stderr. */

const FILE = 'tests/fixtures/gold/articles/001_yuhang-hanlan-signing.txt';

describe('npm run extract -- FILE --explain', () => {
  it('prints the annotation on stdout and a row with a catalogued rule and a span for each extraction on stderr', () => {
    const result = spawnSync('npx', ['tsx', 'bin/extract.ts', FILE, '--explain'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const annotation = JSON.parse(result.stdout) as { entities: unknown[]; relations: unknown[] };
    const [header, ...rows] = result.stderr.trimEnd().split('\n');
    expect(header).toBe('rule\twhat\ttype\tnames\tspan\ttext');
    expect(rows).toHaveLength(annotation.entities.length + annotation.relations.length);
    for (const row of rows) {
      const [rule, what, , , span, text] = row.split('\t');
      expect(ruleRecord(rule ?? ''), row).toBeDefined();
      expect(['entity', 'relation']).toContain(what);
      expect(span, row).toMatch(/^\d+-\d+$/);
      expect(text, row).not.toBe('');
    }
  }, 120_000);
});
