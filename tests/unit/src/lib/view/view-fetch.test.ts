import { describe, expect, it } from 'vitest';
import { requestCall } from '../../../../../src/lib/view/view-fetch.ts';

describe('the API call behind each request of a view', () => {
  it('asks for a first page, further pages of one type, an added node and paths', () => {
    expect(requestCall({ kind: 'neighborhood', id: 'org:甲 乙' })).toEqual({
      path: '/entities/org%3A%E7%94%B2%20%E4%B9%99/neighborhood',
      query: { limit: 100 },
    });
    expect(requestCall({ kind: 'neighborhood', id: 'a', nodeType: 'Person', pages: 2 }).query).toEqual({
      types: 'Person',
      limit: 300,
    });
    expect(requestCall({ kind: 'neighborhood', id: 'a', nodeType: 'Person', pages: 9 }).query.limit).toBe(
      500,
    );
    expect(requestCall({ kind: 'node', id: 'a' })).toEqual(requestCall({ kind: 'neighborhood', id: 'a' }));
    expect(requestCall({ kind: 'paths', from: 'a', to: 'b', maxLength: 3 })).toEqual({
      path: '/paths',
      query: { from: 'a', to: 'b', maxLength: 3, limit: 5 },
    });
  });
});
