import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../../../seed/pipeline/gazetteer/gazetteer.ts';
import { divisionForLevel } from '../../../../../seed/pipeline/resolve/context.ts';

/** A chamber of natives of one province set up in another (<home province><origin>商会): a bare 省委 is the home's. */
describe('a chamber named by its home and its members’ origin', () => {
  it('reads a bare 省 level after <home>省<origin>商会 as the home province', () => {
    const gaz = gazetteer();
    const [home] = gaz.byName('湖北省');
    const [origin] = gaz.byName('福建省');
    if (!home || !origin) throw new Error('gazetteer');
    // 湖北省福建商会…省委副书记: 湖北省 at 0-3, 福建 at 3-5, both inside the chamber's name.
    const hits = [
      { start: 0, end: 3, division: home, inName: true },
      { start: 3, end: 5, division: origin, inName: true },
    ];
    expect(divisionForLevel(hits, '省', 20)?.name).toBe('湖北省');
  });

  it('still reads a chain written inside a name as the inner unit’s', () => {
    const gaz = gazetteer();
    const [province] = gaz.byName('浙江省');
    const [city] = gaz.byName('杭州市');
    if (!province || !city) throw new Error('gazetteer');
    const hits = [
      { start: 0, end: 3, division: province, inName: true },
      { start: 3, end: 6, division: city, inName: true },
    ];
    expect(divisionForLevel(hits, '市', 20)?.name).toBe('杭州市');
  });
});
