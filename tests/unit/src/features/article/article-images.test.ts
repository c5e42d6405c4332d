import { describe, expect, it } from 'vitest';
import { imageLine } from '../../../../../src/features/article/article-images.ts';

describe('imageLine', () => {
  it('prints the caption and its credit, else the file name', () => {
    expect(imageLine({ caption: '县长林远航致辞', credit: '江若溪 摄' })).toBe('县长林远航致辞 (江若溪 摄)');
    expect(imageLine({ caption: '推介会现场' })).toBe('推介会现场');
    expect(imageLine({ file: 'p1.jpg' })).toBe('p1.jpg');
  });

  it('draws no pictograph a font may lack (a missing-glyph box before every caption)', () => {
    const line = imageLine({ caption: '推介会现场', credit: '莫小北 摄' });
    expect(line).not.toMatch(/[\u{1F000}-\u{1FFFF}\u{E000}-\u{F8FF}]/u);
  });
});
