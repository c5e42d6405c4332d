import { describe, expect, it } from 'vitest';
import { xmlAttr, xmlText } from '../../../../graph/export/xml-escape.ts';

describe('XML escaping', () => {
  it('keeps whitespace in attributes from being normalised away', () => {
    expect(xmlAttr('a\tb\nc\rd "e"')).toBe('a&#x9;b&#xA;c&#xD;d &quot;e&quot;');
    expect(xmlText('a\tb\nc\rd "e"')).toBe('a\tb\nc&#xD;d "e"');
  });

  it('drops characters XML 1.0 cannot carry and keeps characters outside the BMP', () => {
    const bad = `名\u0001称\u000B\uFFFF${'\uD800'}`;
    expect(xmlText(bad)).toBe('名称');
    expect(xmlAttr(bad)).toBe('名称');
    expect(xmlText('𠀋 & 𡈽')).toBe('𠀋 &amp; 𡈽');
  });
});
