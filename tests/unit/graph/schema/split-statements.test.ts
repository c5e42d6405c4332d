import { describe, expect, it } from 'vitest';
import { readMigrations, splitStatements } from '../../../../graph/schema/apply-schema.ts';

describe('schema migrations', () => {
  it('splits statements at line-ending semicolons and drops comments', () => {
    expect(splitStatements('// c\nCREATE A;\nCREATE B\nOPTIONS {x: 1};\n')).toEqual([
      'CREATE A',
      'CREATE B\nOPTIONS {x: 1}',
    ]);
  });

  it('are numbered, idempotent and cover every label', async () => {
    const migrations = await readMigrations();
    expect(migrations.map((m) => m.version)).toEqual([...migrations.keys()].map((i) => i + 1));
    const statements = migrations.flatMap((m) => m.statements);
    // Schema statements may run again; data statements rewrite a graph of any size in batches.
    for (const s of statements) {
      expect(s).toMatch(/^CREATE .* IF NOT EXISTS|^DROP INDEX \w+ IF EXISTS$|IN TRANSACTIONS OF \d+ ROWS$/s);
    }
    for (const label of ['Person', 'Organization', 'Place', 'Event', 'Topic', 'Article', 'Entity']) {
      expect(statements.some((s) => s.includes(`(n:${label}) REQUIRE n.id IS UNIQUE`))).toBe(true);
    }
    expect(statements.some((s) => s.includes("`fulltext.analyzer`: 'cjk'"))).toBe(true);
  });
});
