import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toCypherParams } from '../../../../graph/db/connection.ts';

describe('toCypherParams', () => {
  it('makes whole numbers Integers in plain objects, lists and objects without a prototype', () => {
    const query = Object.assign(Object.create(null) as Record<string, unknown>, { limit: 50, offset: 0 });
    const params = toCypherParams({ query, list: [1, 2.5], plain: { n: 3 }, s: 'x' }) as {
      query: { limit: unknown; offset: unknown };
      list: unknown[];
      plain: { n: unknown };
      s: unknown;
    };
    expect(neo4j.isInt(params.query.limit)).toBe(true);
    expect(neo4j.isInt(params.query.offset)).toBe(true);
    expect(neo4j.isInt(params.list[0])).toBe(true);
    expect(params.list[1]).toBe(2.5);
    expect(neo4j.isInt(params.plain.n)).toBe(true);
    expect(params.s).toBe('x');
  });
});
