import { describe, expect, it } from 'vitest';
import { metaFields } from '../../../../../src/features/article/article-meta.ts';

const article = {
  publishedAt: '2024-07-12T00:00:00+08:00',
  source: null,
  site: null,
  reporters: [] as string[],
  url: null,
};

describe('metaFields', () => {
  it('opens on the date when the page names no outlet, site or reporter (no separator before it)', () => {
    expect(metaFields(article)).toEqual(['date', 'review']);
  });

  it('lists outlet, site, reporters, date and original in that order, a site only when it is not the outlet', () => {
    const full = {
      ...article,
      source: '禾川日报',
      site: '禾川网',
      reporters: ['童一鸣'],
      url: 'https://news.example/1',
    };
    expect(metaFields(full)).toEqual(['source', 'site', 'by', 'date', 'url', 'review']);
    expect(metaFields({ ...full, site: '禾川日报' })).toEqual(['source', 'by', 'date', 'url', 'review']);
  });
});
