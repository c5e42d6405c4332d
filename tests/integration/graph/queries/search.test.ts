import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../../contract/model.ts';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { loadAnnotations } from '../../../../graph/loader/load-annotations.ts';
import { search } from '../../../../graph/queries/search.ts';
import { clearDatabase, openTestDb } from '../../../support/graph-db.ts';
import { searchAnnotations } from '../../../support/graph-fixtures.ts';

let db: GraphDb;

beforeAll(async () => {
  db = await openTestDb();
  await clearDatabase(db);
  await loadAnnotations(db, searchAnnotations());
});

afterAll(async () => {
  await db?.close();
});

const names = async (q: string) =>
  (await search(db, { q, types: [...ENTITY_TYPES], limit: 20 })).hits.map((h) => h.name);

describe('search by what a person types', () => {
  it('finds a name by the pinyin of a word inside it', async () => {
    const found = await names('zhengxie');
    expect(found).toEqual(expect.arrayContaining(['凤翔县政协', '凤翔县政协办公室', '宝鸡市政协']));
    expect(found).not.toContain('凤翔县人民政府');
  });

  it.each(['fengxiang zhengxie', 'fengxiang zhengx', 'fengxiangxian zhengxie', 'feng xiang zheng xie'])(
    'finds words in order with the ones between left out: %s',
    async (q) => {
      const found = await names(q);
      expect(found[0]).toBe('凤翔县政协');
      expect(found).toContain('凤翔县政协办公室');
      expect(found).not.toContain('宝鸡市政协');
    },
  );

  it('finds a run of syllables typed as one word wherever the words of the name divide', async () => {
    // 凤翔县政协 is cut 凤翔县 政协: 县政协 is no word of it, but its syllables are.
    const found = await names('xianzhengxie');
    expect(found).toEqual(expect.arrayContaining(['凤翔县政协', '凤翔县政协办公室']));
    expect(found).not.toContain('宝鸡市政协');
  });

  it('finds syllables typed with spaces', async () => {
    expect(await names('zheng xie')).toEqual(expect.arrayContaining(['凤翔县政协', '宝鸡市政协']));
  });

  it('finds a person by the given name or the surname and given name as words', async () => {
    expect((await names('minghua'))[0]).toBe('欧阳明华');
    expect((await names('ouyang minghua'))[0]).toBe('欧阳明华');
    expect((await names('hailan'))[0]).toBe('罗海澜');
  });

  it('ranks the whole name first, then names that start with it, whatever the article counts', async () => {
    expect((await names('fengxiangxianzhengxie')).slice(0, 2)).toEqual(['凤翔县政协', '凤翔县政协办公室']);
    expect((await names('luohai')).slice(0, 2)).toEqual(['罗海', '罗海澜']);
    expect((await names('凤翔县政协')).slice(0, 2)).toEqual(['凤翔县政协', '凤翔县政协办公室']);
  });

  it('says which reading matched when the name itself did not', async () => {
    const { hits } = await search(db, { q: 'fengxiang zhengxie', types: ['Organization'], limit: 5 });
    expect(hits[0]?.matched).toBe('feng xiang xian zheng xie');
  });
});
