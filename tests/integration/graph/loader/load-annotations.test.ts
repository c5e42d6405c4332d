import { describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../../graph/db/connection.ts';
import { readAnnotationFiles } from '../../../../graph/loader/annotation-files.ts';
import { loadAnnotationStream, loadAnnotations } from '../../../../graph/loader/load-annotations.ts';
import { countArticles, seedIfEmpty } from '../../../../graph/seeding/seed.ts';
import { countGraph, emptyDatabaseBeforeEach } from '../../../support/graph-db.ts';
import { modelProblems } from '../../../support/model-invariants.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

let db: GraphDb;

emptyDatabaseBeforeEach((opened) => {
  db = opened;
});

describe('loadAnnotations', () => {
  it('loads the seed article with its people, positions, event and provenance', async () => {
    const summary = await loadAnnotations(db, [seedAnnotation()]);
    expect(summary).toMatchObject({
      articles: { created: 1 },
      entities: { created: 31 },
      relations: { created: 42 },
    });
    const positions = await db.read<{ title: string; org: string; articles: string[] }>(
      `MATCH (:Person {name: '李红珍'})-[r:HOLDS_POSITION]->(o)
       RETURN r.title AS title, o.name AS org,
              COLLECT { MATCH (:Fact {id: r.id})<-[:SUPPORTS]-(a:Article) RETURN a.id } AS articles
       ORDER BY title`,
    );
    expect(positions.records.map((r) => [r.get('title'), r.get('org')])).toEqual([
      ['常委', '普陀区委'],
      ['部长', '普陀区委组织部'],
    ]);
    expect(positions.records[0]?.get('articles')).toEqual(['f272be3deda32c55']);
    expect(await modelProblems(db)).toEqual([]);
    const labels = await db.read<{ labels: string[] }>(
      `MATCH (n:Entity {id: 'org:施耐德电气(中国)有限公司'}) RETURN labels(n) AS labels`,
    );
    expect(labels.records[0]?.get('labels')).toEqual(
      expect.arrayContaining(['Organization', 'Company', 'Entity']),
    );
    const byline = await db.read(
      `MATCH (:Person {name: '江跃中'})-[:WROTE]->(a:Article)-[:PUBLISHED_BY]->(:Media {name: '新民晚报'}) RETURN a`,
    );
    expect(byline.records).toHaveLength(1);
  });

  it('is idempotent: loading twice gives the same graph and reports everything as merged', async () => {
    await loadAnnotations(db, [seedAnnotation()]);
    const once = await countGraph(db);
    const again = await loadAnnotations(db, [seedAnnotation()]);
    expect(await countGraph(db)).toEqual(once);
    expect(again).toMatchObject({
      articles: { created: 0, merged: 1 },
      entities: { created: 0, merged: 31 },
      relations: { created: 0, merged: 42 },
    });
  });

  it('replaces what an article said before when it is loaded again', async () => {
    await loadAnnotations(db, [seedAnnotation()]);
    const revised = seedAnnotation();
    revised.relations = revised.relations.filter((r) => r.type !== 'FOCUSES_ON');
    revised.entities = revised.entities.filter((e) => e.type !== 'Topic');
    await loadAnnotations(db, [revised]);
    const topics = await db.read<{ n: number }>('MATCH (t:Topic) RETURN count(t) AS n');
    expect(topics.records[0]?.get('n')).toBe(0);
    const focus = await db.read<{ n: number }>('MATCH ()-[r:FOCUSES_ON]->() RETURN count(r) AS n');
    expect(focus.records[0]?.get('n')).toBe(0);
  });

  it('keeps the support of every article: two articles saying the same thing weigh 2', async () => {
    const second = seedAnnotation();
    second.article.id = 'aaaaaaaaaaaaaaaa';
    second.article.title = '另一篇报道';
    second.article.publishedAt = '2023-05-01T09:00:00+08:00';
    await loadAnnotations(db, [seedAnnotation(), second], { batchSize: 1 });
    const edge = await db.read<{ weight: number; articles: string[]; first: string; last: string }>(
      `MATCH (:Person {name: '肖立'})-[r:HOLDS_POSITION]->()
       RETURN r.weight AS weight, r.firstReported AS first, r.lastReported AS last,
              COLLECT { MATCH (:Fact {id: r.id})<-[:SUPPORTS]-(a:Article) RETURN a.id ORDER BY a.id } AS articles`,
    );
    expect(edge.records[0]?.get('weight')).toBe(2);
    expect(edge.records[0]?.get('articles')).toEqual(['aaaaaaaaaaaaaaaa', 'f272be3deda32c55']);
    expect(edge.records[0]?.get('first')).toBe('2023-04-24T07:02:00.000Z');
    expect(edge.records[0]?.get('last')).toBe('2023-05-01T01:00:00.000Z');
    expect(await modelProblems(db)).toEqual([]);
  });

  it('keeps the full-text indexes eventually consistent, and they show a load as soon as it returns', async () => {
    const indexes = await db.read<{ name: string; consistent: boolean }>(
      `SHOW FULLTEXT INDEXES YIELD name, options
       RETURN name, options.indexConfig['fulltext.eventually_consistent'] AS consistent ORDER BY name`,
    );
    expect(indexes.records.map((r) => [r.get('name'), r.get('consistent')])).toEqual([
      ['article_text', true],
      ['entity_names', true],
    ]);
    await loadAnnotations(db, [seedAnnotation()]);
    const names = await db.read<{ name: string }>(
      "CALL db.index.fulltext.queryNodes('entity_names', '李红珍') YIELD node RETURN node.name AS name",
    );
    expect(names.records.map((r) => r.get('name'))).toContain('李红珍');
    const articles = await db.read<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('article_text', '李红珍') YIELD node RETURN node.id AS id",
    );
    expect(articles.records.map((r) => r.get('id'))).toEqual(['f272be3deda32c55']);
  });

  it('loads the same article from two transactions at once as once', async () => {
    await Promise.all([loadAnnotations(db, [seedAnnotation()]), loadAnnotations(db, [seedAnnotation()])]);
    const edges = await db.read<{ weight: number; supports: number }>(
      `MATCH (:Person {name: '肖立'})-[r:HOLDS_POSITION]->()
       RETURN r.weight AS weight, COUNT { (:Fact {id: r.id})<-[:SUPPORTS]-(:Article) } AS supports`,
    );
    expect(edges.records.map((r) => [r.get('weight'), r.get('supports')])).toEqual([[1, 1]]);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('makes one fact of a post written in either script, titled in simplified form whatever loads last', async () => {
    const traditional = seedAnnotation();
    traditional.article.id = 'bbbbbbbbbbbbbbbb';
    traditional.article.publishedAt = '2023-05-01T09:00:00+08:00';
    for (const r of traditional.relations) {
      if (r.properties?.title === '副区长') r.properties = { ...r.properties, title: '副區長' };
    }
    await loadAnnotations(db, [seedAnnotation(), traditional], { batchSize: 1 });
    const edges = await db.read<{ weight: number; title: string }>(
      `MATCH (:Person {name: '肖立'})-[r:HOLDS_POSITION]->() RETURN r.weight AS weight, r.title AS title`,
    );
    expect(edges.records.map((r) => [r.get('weight'), r.get('title')])).toEqual([[2, '副区长']]);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('links to stub articles and replaces a stub when its article arrives', async () => {
    await loadAnnotations(db, [seedAnnotation()]);
    const stubs = await db.read<{ n: number }>(
      'MATCH (:Article {stub: false})-[:LINKS_TO]->(s:Article {stub: true}) RETURN count(s) AS n',
    );
    expect(stubs.records[0]?.get('n')).toBe(7);
    const next = seedAnnotation();
    next.article = {
      ...next.article,
      id: 'bbbbbbbbbbbbbbbb',
      title: '济钢集团推进主题教育走深走实',
      publishedAt: '2023-04-25T10:00:00+08:00',
      links: [],
    };
    await loadAnnotations(db, [next]);
    const link = await db.read<{ stub: boolean; id: string }>(
      `MATCH (:Article {id: 'f272be3deda32c55'})-[:LINKS_TO {relation: 'next'}]->(a) RETURN a.stub AS stub, a.id AS id`,
    );
    expect(link.records.map((r) => [r.get('id'), r.get('stub')])).toEqual([['bbbbbbbbbbbbbbbb', false]]);
  });

  it('loads a stream of annotations in batches, reporting progress after each', async () => {
    async function* articles() {
      for (let i = 0; i < 5; i++) {
        const annotation = seedAnnotation();
        annotation.article.id = `stream-${i}`;
        annotation.article.title = `报道${i}`;
        yield annotation;
      }
    }
    const seen: number[] = [];
    const summary = await loadAnnotationStream(db, articles(), {
      batchSize: 2,
      onProgress: (p) => seen.push(p.articles),
    });
    expect(seen).toEqual([2, 4, 5]);
    // Relations are counted once per batch that states them: 42 facts in each of 3 batches, made in the first.
    expect(summary).toMatchObject({
      batches: 3,
      articles: { created: 5 },
      relations: { created: 42, merged: 84 },
    });
    const weight = await db.read<{ w: number }>('MATCH ()-[r:HOLDS_POSITION]->() RETURN max(r.weight) AS w');
    expect(weight.records[0]?.get('w')).toBe(5);
    expect(await modelProblems(db)).toEqual([]);
  });

  it('stops at a failing source and keeps the batches written before it', async () => {
    async function* articles() {
      yield seedAnnotation();
      throw new Error('the second file cannot be read');
    }
    await expect(loadAnnotationStream(db, articles(), { batchSize: 1 })).rejects.toThrow(/second file/);
    expect(await countArticles(db)).toBe(1);
  });

  it('writes nothing when one of the files is invalid', async () => {
    await expect(readAnnotationFiles(['seed/annotations', 'package.json'])).rejects.toThrow(
      /package\.json: invalid annotation/,
    );
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('seeds only an empty database', async () => {
    const first = await seedIfEmpty(db);
    expect(first?.articles.created).toBe(1);
    expect(await seedIfEmpty(db)).toBeUndefined();
    expect(await countArticles(db)).toBe(1);
  });
});
