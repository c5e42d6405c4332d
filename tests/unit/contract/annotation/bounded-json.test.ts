import { describe, expect, it } from 'vitest';
import {
  JsonInputError,
  jsonDepth,
  MAX_JSON_DEPTH,
  parseBoundedJson,
  valueDepth,
} from '../../../../contract/annotation/bounded-json.ts';

describe('bounded JSON', () => {
  it('counts nesting without parsing, skipping brackets inside strings', () => {
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('["[[[[", "\\"]]"]')).toBe(1);
  });

  it('parses what is shallow enough and names the source of what is not', () => {
    expect(parseBoundedJson('{"a":[1]}', 'x.json')).toEqual({ a: [1] });
    const deep = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    expect(() => parseBoundedJson(deep, 'deep.json')).toThrow(
      new JsonInputError('deep.json', `JSON nested deeper than ${MAX_JSON_DEPTH} levels`),
    );
    expect(() => parseBoundedJson('{"a":', 'cut.json')).toThrow(/^cut\.json: not valid JSON/);
  });

  it('measures a value in memory without recursion', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(valueDepth(value, MAX_JSON_DEPTH)).toBe(MAX_JSON_DEPTH + 1);
    expect(valueDepth({ a: [{ b: 1 }] })).toBe(3);
  });
});
