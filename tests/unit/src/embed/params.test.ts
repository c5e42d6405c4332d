import { describe, expect, it } from 'vitest';
import { explorerHref, normalizeOrigin, pickLang, readEmbedParams } from '../../../../src/embed/params.ts';

const read = (href: string) => readEmbedParams(new URL(href, 'https://guanxi.example'));

describe('readEmbedParams', () => {
  it('reads the target and the options of an embed URL', () => {
    expect(
      read(
        '/embed/entity/person%3A%E6%9D%8E%E7%BA%A2%E7%8F%8D?lang=en&origin=https://news.example/x&asOf=2023-05-01',
      ),
    ).toEqual({
      target: { kind: 'entity', id: 'person:李红珍' },
      lang: 'en',
      origin: 'https://news.example',
      badOrigin: false,
      asOf: '2023-05-01',
      view: null,
    });
    expect(read('/embed/path?from=a&to=b')?.target).toEqual({ kind: 'path', from: 'a', to: 'b' });
    expect(read('/embed/view/abc123')?.target).toEqual({ kind: 'view', id: 'abc123' });
  });

  it('drops options it does not understand, and flags an origin it cannot use', () => {
    const params = read('/embed/article/0123456789abcdef?lang=fr&origin=javascript:alert(1)&asOf=yesterday');
    expect(params).toMatchObject({ lang: null, origin: null, badOrigin: true, asOf: null });
    expect(read('/embed/nothing/1')).toBeUndefined();
    expect(read('/entity/x')).toBeUndefined();
  });
});

describe('normalizeOrigin', () => {
  it('keeps http(s) origins only', () => {
    expect(normalizeOrigin('https://News.Example:443/path?q')).toBe('https://news.example');
    expect(normalizeOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(normalizeOrigin('file:///etc/passwd')).toBeNull();
    expect(normalizeOrigin('*')).toBeNull();
  });
});

describe('pickLang', () => {
  it('URL, then data, then the browser (English only when asked for)', () => {
    expect(pickLang('en', 'zh', 'zh-CN')).toBe('en');
    expect(pickLang(null, 'en', 'zh-CN')).toBe('en');
    expect(pickLang(null, null, 'en-GB')).toBe('en');
    expect(pickLang(null, null, 'de-DE')).toBe('zh');
  });
});

describe('explorerHref', () => {
  it('links each embed to its explorer page', () => {
    expect(explorerHref({ kind: 'entity', id: 'person:李红珍' })).toBe(
      '/entity/person%3A%E6%9D%8E%E7%BA%A2%E7%8F%8D',
    );
    expect(explorerHref({ kind: 'article', id: 'f272be3deda32c55' })).toBe('/article/f272be3deda32c55');
    expect(explorerHref({ kind: 'path', from: 'a b', to: 'c&d' })).toBe('/path?from=a%20b&to=c%26d');
  });

  it('sends a snapshot to where it was made, but only to a path on this site', () => {
    expect(explorerHref({ kind: 'view', id: 'x' }, '/entity/a?x=b')).toBe('/entity/a?x=b');
    expect(explorerHref({ kind: 'view', id: 'x' }, null)).toBe('/');
    expect(explorerHref({ kind: 'view', id: 'x' }, '//evil.example/')).toBe('/');
    expect(explorerHref({ kind: 'view', id: 'x' }, '/\\evil.example/')).toBe('/');
    expect(explorerHref({ kind: 'view', id: 'x' }, 'https://evil.example/')).toBe('/');
    expect(explorerHref({ kind: 'view', id: 'x' }, '/embed/view/x')).toBe('/');
  });

  it('reads the view of a live embed of the explorer as the explorer reads it', () => {
    const params = read(
      '/embed/entity/a?lang=zh&x=b&x=c&add=d&hide=e&rm=f&noType=Topic&noRel=LOCATED_IN&asOf=2023-05-01&pin=zz_1_2',
    );
    expect(params?.view).toMatchObject({
      focus: 'a',
      expanded: ['b', 'c'],
      added: ['d'],
      hidden: ['e'],
      removed: ['f'],
      filters: { hiddenTypes: ['Topic'], hiddenRelations: ['LOCATED_IN'], asOf: '2023-05-01' },
    });
    expect(read('/embed/entity/a?asOf=2023-05-01')?.view).toBeNull();
    expect(read('/embed/path?from=a&to=b&x=c')?.view).toBeNull();
  });
});
