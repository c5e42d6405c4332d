import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Rules that decide by the structure around a name or a title (function words, past markers), not by a list of the
 * names seen; every sentence is invented.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('titles and the clause around them', () => {
  it('holds the current posts of a chain and not the past one inside it (市委常委、原副市长)', () => {
    const held = positionsOf(annotate('江山市委常委、原副市长林国栋出席会议。'), '林国栋');
    expect(held).toEqual(['常委 -> org:浙江省衢州市江山市委']);
  });

  it('keeps a preposition or pronoun in front of a title out of the title (会议由市长X主持)', () => {
    const held = positionsOf(
      annotate('江山市召开座谈会。会议由市长吴建平主持，随后该县长郑一鸣发言。'),
      '吴建平',
    );
    expect(held).toEqual(['市长 -> place:浙江省衢州市江山市']);
  });
});

describe('a bare body before a title after a comma', () => {
  it('gives a 区委常委 whose 区 is unknown no post of the person named before (A…,区委常委、部长B)', () => {
    const a = annotate('江山市工商联党组成员、副主席童一鸣，区委常委、组织部部长庞春出席会议。');
    expect(positionsOf(a, '庞春').filter((p) => p.includes('工商联'))).toEqual([]);
  });
});

describe('a clause between a body and a title', () => {
  it('makes no title of the clause (经信局也派副局长X: no 也派副局长)', () => {
    const held = positionsOf(annotate('江山市经信局也派副局长柏文清出席。'), '柏文清');
    expect(held.filter((h) => h.includes('也派'))).toEqual([]);
  });
});

describe('a verb of giving before a name', () => {
  it('starts the name after 给予 (<city>政府给予<brand>集团: the group alone)', () => {
    const a = annotate('会上，韦立山谈到宁波市政府给予青禾集团不少便利。');
    expect(ids(a)).toContain('org:青禾集团');
    expect(ids(a).filter((id) => id.includes('给予'))).toEqual([]);
  });
});

describe('short forms the text declares', () => {
  const text =
    '3月5日，江山市城市建设投资集团有限公司(以下简称“市城投公司”)与江山青湖数字产业园(下称“数产园”)签约。' +
    '市城投公司董事长吴一帆、数产园管委会主任何晓峰出席。江山青枫茶叶协会（简称茶协）秘书长周小青参加。';

  it('makes the declared short form an alias of the full name, never an entity of its own', () => {
    const annotation = annotate(text);
    const company = annotation.entities.find((e) => e.id === 'org:江山市城市建设投资集团有限公司');
    expect(company?.aliases).toContain('市城投公司');
    expect(annotation.entities.map((e) => e.id)).not.toContain('org:市城投公司');
    expect(positionsOf(annotation, '吴一帆')).toEqual(['董事长 -> org:江山市城市建设投资集团有限公司']);
  });

  it("names a body written after a place's declared short form from the place's full name", () => {
    expect(positionsOf(annotate(text), '何晓峰')).toEqual(['主任 -> org:江山青湖数字产业园管委会']);
  });

  it('reads a title after the short form declared in brackets right after the full name', () => {
    expect(positionsOf(annotate(text), '周小青')).toEqual(['秘书长 -> org:江山青枫茶叶协会']);
    const held = positionsOf(
      annotate('江山金穗投资有限公司(以下简称“金穗投资”)董事长何晓峰介绍了情况。'),
      '何晓峰',
    );
    expect(held).toEqual(['董事长 -> org:江山金穗投资有限公司']);
  });
});

describe('units inside an organisation', () => {
  it('makes a 处, 司, 分会 or 事业部 written before a title an organisation of its own, part of the one before it', () => {
    const annotation = annotate(
      '浙江省商务厅外资处处长陈立新、国家发展改革委产业发展司副司长周海到江山市调研。江山市茶叶协会青湖分会会长沈立文参加。',
    );
    expect(positionsOf(annotation, '陈立新')).toEqual(['处长 -> org:浙江省商务厅外资处']);
    expect(positionsOf(annotation, '周海')).toEqual(['副司长 -> org:国家发展改革委产业发展司']);
    expect(positionsOf(annotation, '沈立文')).toEqual(['会长 -> org:江山市茶叶协会青湖分会']);
    expect(relations(annotation)).toEqual(
      expect.arrayContaining([
        'PART_OF org:浙江省商务厅外资处 -> org:浙江省商务厅',
        'PART_OF org:江山市茶叶协会青湖分会 -> org:江山市茶叶协会',
      ]),
    );
  });
});

describe('review cases: words that only look like a body or a short form', () => {
  it('reads no government office in 政府办实事 and no branch in 分会场', () => {
    expect(ids(annotate('江山市政府办实事工程进展顺利，江山市政府办好民生实事。'))).not.toContain(
      'org:浙江省衢州市江山市政府办',
    );
    expect(ids(annotate('大会设主会场和三个分会场，江山市青湖分会场由柏文清主持。'))).not.toContain(
      'org:江山市青湖分会',
    );
  });

  it('declares no short form that is a bare ending or a role word (公司, 甲方)', () => {
    const annotation = annotate(
      '青禾物流集团有限公司(以下简称“公司”)与江城理工大学(以下简称“乙方”)签约，公司下属分公司负责人参加。',
    );
    const aliases = annotation.entities.flatMap((e) => e.aliases ?? []);
    expect(aliases).not.toContain('公司');
    expect(aliases).not.toContain('乙方');
  });

  it('reads every way of declaring a short form alike ((以下称“X”), （以下简称：X）)', () => {
    for (const text of [
      '江山金穗投资有限公司(以下称“金穗投资”)董事长何晓峰介绍情况。',
      '江山金穗投资有限公司（以下简称：金穗投资）董事长何晓峰介绍情况。',
    ])
      expect(positionsOf(annotate(text), '何晓峰')).toEqual(['董事长 -> org:江山金穗投资有限公司']);
  });
});

describe('the characters a name is written in', () => {
  it('keeps on a simplified page the characters the converter reads as variants (乾, 於)', () => {
    const a = annotate('江山市副市长於立新到禾川乾元新材料有限公司调研。於立新指出，要做好服务。');
    expect(ids(a)).toEqual(expect.arrayContaining(['person:於立新', 'org:禾川乾元新材料有限公司']));
    expect(ids(a).filter((id) => id.includes('干元') || id.includes('于立新'))).toEqual([]);
  });

  it('still converts a traditional page to simplified ids', () => {
    const a = annotate('江山市副市長陳立新到禾川科技有限公司調研，陳立新表示，將繼續支持企業發展。');
    expect(ids(a)).toContain('person:陈立新');
  });
});
