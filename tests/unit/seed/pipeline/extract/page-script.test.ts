import { beforeAll, describe, expect, it } from 'vitest';
import { analysisText, keptSpelling } from '../../../../../seed/pipeline/extract/script.ts';
import { annotate, ids, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * On a simplified page the rules read 於, 後, 乾 … converted (于, 后, 干) like any other page, and only names keep the
 * page's own characters (./script.ts analysisText, keptSpelling; ./page-spelling.ts).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('the text the rules read on a simplified page', () => {
  it('has the converted character, even for one or two on the page', () => {
    const { text, traditional } = analysisText('禾溪商会会员大会於5月18日召开，会後举行签约。');
    expect(traditional).toBe(false);
    expect(text).toBe('禾溪商会会员大会于5月18日召开,会后举行签约。');
  });

  it('lets a rule written for 于 read the day of a meeting written with 於', () => {
    const a = annotate('青禾市木雕协会第四届会员大会於5月18日在青禾宾馆召开，会长柯文山主持。');
    expect(ids(a)).toContain('event:2023-05-18:青禾市木雕协会第四届会员大会');
    expect(relations(a)).toContain('HELD_AT event:2023-05-18:青禾市木雕协会第四届会员大会 -> place:青禾宾馆');
  });
});

describe('a name on a simplified page', () => {
  it('keeps the characters the page writes it with, in its id, name and relations', () => {
    const a = annotate('江山市副市长於海川到禾川乾禾新材料有限公司调研。於海川指出，要优化服务。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:於海川', 'org:禾川乾禾新材料有限公司']));
    expect(ids(a).filter((id) => id.includes('于海川') || id.includes('干禾'))).toEqual([]);
    expect(relations(a).some((r) => r.startsWith('HOLDS_POSITION person:於海川 -> '))).toBe(true);
  });

  it('takes back only what a written form of it has', () => {
    expect(keptSpelling('于海川', ['於海川'])).toBe('於海川');
    expect(keptSpelling('于海川', ['于海川'])).toBe('于海川');
    expect(keptSpelling('禾川干禾公司', ['乾禾'])).toBe('禾川乾禾公司');
  });
});
