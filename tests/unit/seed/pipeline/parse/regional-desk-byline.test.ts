import { describe, expect, it } from 'vitest';
import { bylineReporters } from '../../../../../seed/pipeline/parse/byline.ts';

/** A Taiwan regional correspondent's desk byline: `<region>特派員<name>/<place>報導` names the correspondent, not the place. */
describe('regional correspondent bylines', () => {
  it.each([
    ['禾東特派員柯立文/苗栗縣報導', ['柯立文']],
    ['禾東特派员柯立文/苗栗县报导', ['柯立文']],
  ])('%s names %j', (paragraph, reporters) => {
    expect(bylineReporters(paragraph)).toEqual(reporters);
  });

  it('still reads a desk before the slash and the name after it (即時中心/甲乙丙報導)', () => {
    expect(bylineReporters('即時中心/柯立文報導')).toEqual(['柯立文']);
  });
});
