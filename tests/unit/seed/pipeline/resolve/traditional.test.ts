import { beforeAll, describe, expect, it } from 'vitest';
import { validateAnnotation } from '../../../../../contract/annotation/validate.ts';
import { annotate, ids, positionsOf, WARM_UP_TIMEOUT, warmUp } from '../extract/article.ts';

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('an article in traditional characters', () => {
  const text = '港灣日報訊（記者 許家豪）4月23日下午，普陀區委常委、組織部部長李紅珍在桃浦鎮出席活動。';
  const a = annotate(text, {
    source: '港灣日報',
    reporters: ['許家豪'],
    publishedAt: '2023-04-24T08:00:00+08:00',
  });

  it('gets simplified ids and titles as the page writes them', () => {
    expect(ids(a)).toEqual(
      expect.arrayContaining([
        'person:李红珍',
        'person:许家豪',
        'org:上海市普陀区委组织部',
        'place:上海市普陀区桃浦镇',
      ]),
    );
    expect(positionsOf(a, '李红珍')).toEqual([
      '常委 -> org:上海市普陀区委',
      '部長 -> org:上海市普陀区委组织部',
    ]);
  });

  it("names entities in the article's script, with the simplified form as an alias", () => {
    const person = a.entities.find((e) => e.id === 'person:李红珍');
    expect(person?.name).toBe('李紅珍');
    expect(person?.aliases).toContain('李红珍');
  });

  it('keeps offsets and evidence in the original text', () => {
    expect(() => validateAnnotation(a, 'traditional')).not.toThrow();
    const person = a.entities.find((e) => e.id === 'person:李红珍');
    const m = person?.mentions?.[0];
    expect(m && text.slice(m.start, m.end)).toBe('李紅珍');
  });
});

describe('a name the traditional page writes with a simplified character', () => {
  // Mirrors keep some names as the person writes them: 余 is not turned into 餘 in a name.
  const a = annotate('5月8日，青崗區委書記余立成走訪調研華川建工集團，區長周海林陪同。');

  it('keeps the characters the page uses', () => {
    const person = a.entities.find((e) => e.id === 'person:余立成');
    expect(person?.name).toBe('余立成');
    expect(person?.aliases).not.toContain('餘立成');
  });
});
