import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../../../../../seed/pipeline/parse/index.ts';
import { stripInlinePinyin } from '../../../../../seed/pipeline/parse/inline-pinyin.ts';
import { utf8 } from './page.ts';

/** Pinyin a traditional mirror prints after each character, in brackets (seed/pipeline/parse/inline-pinyin.ts). */

describe('inline pinyin of traditional mirrors', () => {
  it('is removed after Han characters, names keep their characters', () => {
    expect(stripInlinePinyin('區(qū)委書記潘功發(fā)主持召開調度會(huì)')).toBe(
      '區委書記潘功發主持召開調度會',
    );
    expect(stripInlinePinyin('市長(zhǎng)藍(lán)曉出席')).toBe('市長藍曉出席');
  });

  it('is removed also with a space before the bracket closes', () => {
    expect(stripInlinePinyin('召開座談會(huì )，區(qū)委書(shū)記祝海濤')).toBe('召開座談會，區委書記祝海濤');
  });

  it('gives back a character the mirror lost (`?` and its reading, the opening bracket gone) when the page reads it elsewhere', () => {
    expect(stripInlinePinyin('據(jù)江城日?qǐng)?bào)報(bào)道，會(huì)議由?xiàng)主持')).toBe(
      '據江城日報報道，會議由主持',
    );
    expect(stripInlinePinyin('你好?(2023)')).toBe('你好?(2023)');
  });

  it('is removed in full-width brackets too', () => {
    expect(stripInlinePinyin('青禾鎮（zhèn）黨委書記林（lín）遠出席')).toBe('青禾鎮黨委書記林遠出席');
  });

  it('is removed after a character the mirror garbled into a Latin letter, the letter left as it is', () => {
    expect(stripInlinePinyin('走訪青禾I(yè)車間')).toBe('走訪青禾I車間');
    expect(stripInlinePinyin('ABC(yè)')).toBe('ABC(yè)');
  });

  it('leaves brackets that are not pinyin', () => {
    for (const text of ['施耐德电气(中国)有限公司', '2023(第五届)论坛', 'ABC(ye)', '企业(yè)'.slice(2)])
      expect(stripInlinePinyin(text)).toBe(text);
  });

  it('is gone from a parsed page', () => {
    const [article] = parseBuffer(utf8('18日，青石鎮(zhèn)黨委書記葉(yè)明出席活動。'), 'x.txt');
    expect(article?.text).toBe('18日，青石鎮黨委書記葉明出席活動。');
  });
});
