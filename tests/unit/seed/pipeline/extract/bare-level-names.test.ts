import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * A bare level's body read by its ending (县政府办公室, the level written twice: 县县政府办公室) is the division's body
 * when the page knows a division of the level, and no entity when it knows none (./bare-level-names.ts).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

const orgIds = (text: string) => ids(annotate(text)).filter((id) => id.startsWith('org:'));

describe("a bare level's body read by its ending", () => {
  it('is no entity on a page that names no division of the level', () => {
    expect(orgIds('县政府办公室主任林禾主持会议。')).toEqual([]);
    expect(orgIds('县县政府办公室副主任林禾主持会议。')).toEqual([]);
    expect(orgIds('区区委办公室主任周立文到会。')).toEqual([]);
  });

  it("is the division's body when the page names one, the level written once or twice", () => {
    const once = annotate('青川县举行招商推介会。县政府办公室主任林禾主持。');
    expect(positionsOf(once, '林禾')).toEqual(['主任 -> org:四川省广元市青川县政府办公室']);
    const twice = annotate('青川县举行招商推介会。县县政府办公室副主任林禾主持。');
    expect(positionsOf(twice, '林禾')).toEqual(['副主任 -> org:四川省广元市青川县政府办公室']);
    expect(ids(twice)).not.toContain('org:县县政府办公室');
  });

  it('leaves a word the level opens alone, and a zone body another reading names', () => {
    expect(orgIds('县县通公路建设推进会召开。')).toEqual([]);
    expect(orgIds('调研组来到青禾经济开发区。区党工委书记林禾介绍情况。')).toContain(
      'org:青禾经济开发区党工委',
    );
  });
});
