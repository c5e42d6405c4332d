import { describe, expect, it } from 'vitest';
import {
  articleId,
  canonicalNameOfId,
  entityId,
  entityTypeOfId,
  idKey,
} from '../../../../contract/annotation/ids.ts';

describe('ids', () => {
  it('formats entity ids with a type prefix and a normalised key', () => {
    expect(entityId('Person', '李红珍')).toBe('person:李红珍');
    expect(entityId('Organization', '施耐德电气（中国）有限公司')).toBe('org:施耐德电气(中国)有限公司');
    expect(entityId('Organization', '“数智炬生”未来岛亿数街党建联盟')).toBe(
      'org:数智炬生未来岛亿数街党建联盟',
    );
  });

  it('keeps spaces between Latin words only', () => {
    expect(idKey(' Thomas   Müller ')).toBe('Thomas Müller');
    expect(idKey('施耐德 (中国)')).toBe('施耐德(中国)');
  });

  it("reads the canonical name back from an id, without an event's date", () => {
    expect(canonicalNameOfId('org:上海市普陀区委')).toBe('上海市普陀区委');
    expect(canonicalNameOfId('event:2023-04-23:亿数街党建联盟成立')).toBe('亿数街党建联盟成立');
    expect(canonicalNameOfId('event:亿数街党建联盟成立')).toBe('亿数街党建联盟成立');
  });

  it('reads the type back from an id', () => {
    expect(entityTypeOfId('place:上海市普陀区')).toBe('Place');
    expect(entityTypeOfId('nothing')).toBeUndefined();
  });

  it('derives stable article ids from the URL, else from source, title and date', () => {
    const a = articleId({ source: '新民晚报', title: '标题', publishedAt: '2023-04-24T15:02:00+08:00' });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(articleId({ source: '新民晚报', title: '标题', publishedAt: '2023-04-24T15:02:00+08:00' })).toBe(
      a,
    );
    expect(
      articleId({ source: '新民晚报', title: '标题2', publishedAt: '2023-04-24T15:02:00+08:00' }),
    ).not.toBe(a);
    expect(articleId({ url: 'https://x/1', title: 'A' })).toBe(articleId({ url: 'https://x/1', title: 'B' }));
  });
});
