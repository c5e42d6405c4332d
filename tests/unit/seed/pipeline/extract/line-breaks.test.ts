import { beforeAll, describe, expect, it } from 'vitest';
import { validateAnnotation } from '../../../../../contract/annotation/validate.ts';
import { annotate, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * No event namer reads across a line break: a page that breaks a line inside a sentence (list pages, hard-wrapped
 * e-paper text) names no happening across it, and its annotation stays valid. Each case is also read on one line,
 * where the family's rule must name the happening, so the case tests that rule.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

function eventNames(text: string): string[] {
  const annotation = annotate(text);
  expect(() => validateAnnotation(annotation, 'case.txt')).not.toThrow();
  return annotation.entities.filter((e) => e.type === 'Event').map((e) => e.name);
}

/** The happening `name` is read from `text` on one line, and nothing across the break at `|`. */
function expectStopsAtBreak(text: string, name: string): void {
  expect(eventNames(text.replace('|', ''))).toContain(name);
  const broken = eventNames(text.replace('|', '\n'));
  expect(broken.filter((n) => n.includes('\n'))).toEqual([]);
  expect(broken).not.toContain(name);
}

describe('event names stop at a line break', () => {
  it('held: 举行了…仪式, and …推介会在<place>举行', () => {
    expectStopsAtBreak('5月9日，临渭区举行了重点项目|集中签约仪式。', '临渭区重点项目集中签约仪式');
    expectStopsAtBreak('5月9日，临渭区招商引资推介会在临渭区|会展中心举行。', '临渭区招商引资推介会');
  });

  it('openings: <organisation>召开…大会, <organisation>在<place>成立', () => {
    expectStopsAtBreak(
      '5月9日，渭南市城市运营有限公司召开2024年|职工代表大会。',
      '渭南市城市运营有限公司2024年职工代表大会',
    );
    expectStopsAtBreak('5月9日，渭南市城市运营有限公司在高新区|正式成立。', '渭南市城市运营有限公司成立');
  });

  it('signings: A与B签署…协议', () => {
    expectStopsAtBreak(
      '5月9日，渭南柏瑞食品有限公司与陕西禾丰新材料有限公司签署了合作|协议。',
      '渭南柏瑞食品有限公司与陕西禾丰新材料有限公司合作协议签署',
    );
  });

  it('visits: 到<place>调研, and 并在<place>召开座谈会', () => {
    expectStopsAtBreak(
      '5月9日，区委书记焦远航到渭南柏瑞食品有限公司|调研，了解企业生产情况。',
      '渭南柏瑞食品有限公司调研',
    );
    expectStopsAtBreak(
      '5月9日，区委书记焦远航在临渭区调研，并在渭南柏瑞食品有限公司|召开座谈会。',
      '渭南柏瑞食品有限公司座谈会',
    );
  });
});
