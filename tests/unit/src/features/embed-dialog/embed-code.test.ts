import { describe, expect, it } from 'vitest';
import { embedPath } from '../../../../../contract/api/embed-url.ts';
import { readEmbedParams } from '../../../../../src/embed/params.ts';
import {
  clampSize,
  embedUrl,
  iframeSnippet,
  normalizeOrigin,
} from '../../../../../src/features/embed-dialog/embed-code.ts';

const SERVER = 'https://guanxi.example';

describe('embed dialog: URLs and snippets', () => {
  it('builds embed URLs the embed page reads back', () => {
    const targets = [
      { kind: 'entity', id: 'person:李红珍' },
      { kind: 'article', id: 'f272be3deda32c55' },
      { kind: 'path', from: 'person:李红珍', to: 'org:a&b' },
      { kind: 'view', id: 'AbC_12-x' },
    ] as const;
    for (const target of targets) {
      const url = embedUrl(SERVER, target, {
        lang: 'en',
        hostOrigin: 'https://news.example',
        asOf: '2023-05-01',
      });
      expect(readEmbedParams(new URL(url))).toEqual({
        target,
        lang: 'en',
        origin: 'https://news.example',
        badOrigin: false,
        asOf: target.kind === 'entity' ? '2023-05-01' : null,
        view: null,
      });
    }
    // A live embed of a view carries the view's graph parameters, and the embed reads the same view.
    const live = embedUrl(
      SERVER,
      { kind: 'entity', id: 'person:李红珍' },
      { lang: 'zh', view: 'x=org%3A%E7%94%B2&hide=org%3A%E4%B9%99' },
    );
    expect(readEmbedParams(new URL(live))?.view).toMatchObject({
      focus: 'person:李红珍',
      expanded: ['org:甲'],
      hidden: ['org:乙'],
    });
    expect(embedUrl(SERVER, { kind: 'path', from: 'a', to: 'b' }, { lang: 'zh', view: 'x=c' })).not.toContain(
      'x=c',
    );
    expect(embedPath({ kind: 'entity', id: 'a/b' })).toBe('/embed/entity/a%2Fb');
    expect(embedUrl(SERVER, { kind: 'view', id: 'x' }, { lang: 'zh' })).toBe(
      `${SERVER}/embed/view/x?lang=zh`,
    );
  });

  it('escapes the snippet and sandboxes the frame', () => {
    const snippet = iframeSnippet(
      `${SERVER}/embed/view/x?lang=zh&origin=a`,
      { width: 640, height: 420 },
      '"><script>',
    );
    expect(snippet).toBe(
      `<iframe src="${SERVER}/embed/view/x?lang=zh&amp;origin=a" width="640" height="420" title="&quot;&gt;&lt;script&gt;" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    );
    expect(iframeSnippet('u', { width: '100%', height: 480 }, 't')).toContain('width="100%" height="480"');
  });

  it('keeps custom sizes and origins sensible', () => {
    expect(clampSize(50, 99_999)).toEqual({ width: 200, height: 3000 });
    expect(clampSize(Number.NaN, 333.4)).toEqual({ width: 200, height: 333 });
    expect(normalizeOrigin(' https://news.example/story ')).toBe('https://news.example');
    expect(normalizeOrigin('')).toBeNull();
    expect(normalizeOrigin('news.example')).toBeNull();
  });
});
