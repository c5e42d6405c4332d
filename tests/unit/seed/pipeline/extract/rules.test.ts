import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../../../seed/pipeline/extract/extract.ts';
import { type Example, RULES } from '../../../../../seed/pipeline/extract/rules/index.ts';
import { article, WARM_UP_TIMEOUT, warmUp } from './article.ts';
import { ruleModules } from './rule-modules.ts';

/**
 * Every rule record's examples run through the real extractor: each `fires` example yields what it says under the
 * record's id in the explain rows, and no `mustNot` example yields anything under it.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

function rowsOf(example: Example, rule: string): string[] {
  const { trace } = extract(
    article(example.text, {
      ...(example.title ? { title: example.title } : {}),
      ...(example.source ? { source: example.source } : {}),
      ...(example.reporters ? { reporters: [...example.reporters] } : {}),
    }),
  );
  return trace.filter((r) => r.rule === rule).map((r) => r.names);
}

describe('the rule catalogue', () => {
  it('gives every rule a unique id, a family, what it matches, and examples both ways', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const r of RULES) {
      expect(r.family, r.id).not.toBe('');
      expect(r.matches, r.id).not.toBe('');
      expect(r.fires.length, `${r.id} has no example that must fire`).toBeGreaterThan(0);
      expect(r.mustNot.length, `${r.id} has no example that must not fire`).toBeGreaterThan(0);
    }
  });

  it('names only rules the extractor uses, and the extractor uses only catalogued ids', () => {
    const code = ruleModules()
      .map((m) => m.code)
      .join('\n');
    const unused = RULES.map((r) => r.id).filter((id) => !code.includes(`'${id}'`));
    expect(unused).toEqual([]);
    // Rule ids are written as literals ('family:name'); RuleId makes a literal outside the catalogue a type error,
    // and this catches one built from a template (`event:${kind}`), which the type would widen to string.
    expect(code).not.toMatch(/rule: `/);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, record) => {
  it.each(record.fires.map((f) => [f.yields, f] as const))('fires: %s', (_yields, example) => {
    expect(rowsOf(example, record.id)).toContain(example.yields);
  });

  const negatives: Example[] = record.mustNot.map((n) => (typeof n === 'string' ? { text: n } : n));
  it.each(negatives.map((n) => [n.text, n] as const))('does not fire on: %s', (_text, example) => {
    expect(rowsOf(example, record.id)).toEqual([]);
  });
});
