import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AnnotatedEntity, AnnotatedRelation, Annotation } from '../../contract/annotation/types.ts';
import { applyCorrection } from '../../graph/corrections/apply-correction.ts';
import { loadCorrected } from '../../graph/corrections/load-corrected.ts';
import type { GraphDb } from '../../graph/db/connection.ts';
import { BENCH_DIR } from './support/bench-dir.ts';
import { startBenchNeo4j } from './support/bench-neo4j.ts';

/**
 * `npm run bench -- merge [--sizes 10,100,1000] [--rounds 5] [--per-article 10]`: how long merging an entity
 * with N relationships into another takes (POST /api/corrections' work: one transaction that records the
 * correction and loads every article of the merged entity again with all corrections applied), and its undo.
 * Baseline in the same run: loading the same articles from nothing, just before each merge. Medians of several
 * rounds, each on an emptied database; the ratio is the median of each round's merge/load, steadier than the
 * ratio of medians on a shared machine.
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    rounds: { type: 'string', default: '7' },
    'per-article': { type: 'string', default: '10' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const rounds = Number(values.rounds);
const perArticle = Number(values['per-article']);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(rounds >= 1) || !(perArticle >= 1)) {
  console.error(
    '--sizes takes whole numbers (10,100,1000); --rounds and --per-article numbers of at least 1',
  );
  process.exit(2);
}

const MERGED = '基准合并测试委员会';
const SURVIVOR = '基准合并测试委员会总会';

function hexId(n: number): string {
  return n.toString(16).padStart(16, '0');
}

/** An article in which `people` people each hold a post in `org`, one sentence each. */
function article(n: number, org: string, people: string[]): Annotation {
  let text = `${org}召开会议。`;
  const orgId = `org:${org}`;
  const entities: AnnotatedEntity[] = [
    { id: orgId, type: 'Organization', name: org, mentions: [{ start: 0, end: org.length }] },
  ];
  const relations: AnnotatedRelation[] = [];
  for (const person of people) {
    const sentence = `${person}任${org}委员。`;
    const start = text.length;
    text += sentence;
    const id = `person:${person}`;
    entities.push({ id, type: 'Person', name: person, mentions: [{ start, end: start + person.length }] });
    relations.push({
      type: 'HOLDS_POSITION',
      from: id,
      to: orgId,
      properties: { title: '委员' },
      evidence: { start, end: text.length, text: sentence },
    });
  }
  return {
    schemaVersion: 1,
    article: {
      id: hexId(n),
      title: `${org}会议 ${n}`,
      publishedAt: new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString(),
      source: null,
      reporters: [],
      language: 'zh',
      text,
    },
    entities,
    relations,
  };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';
function personName(i: number): string {
  const s = SURNAMES[i % SURNAMES.length] as string;
  const a = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] as string;
  const b = GIVEN[Math.floor(i / (SURNAMES.length * GIVEN.length)) % GIVEN.length] as string;
  return `${s}${a}${b}${i}`;
}

/** The merged entity with `size` relationships over ceil(size / perArticle) articles, and the survivor's article. */
function corpus(size: number): Annotation[] {
  const articles: Annotation[] = [];
  for (let start = 0, n = 1; start < size; start += perArticle, n++) {
    const people = Array.from({ length: Math.min(perArticle, size - start) }, (_, i) =>
      personName(start + i),
    );
    articles.push(article(n, MERGED, people));
  }
  articles.push(article(0, SURVIVOR, [personName(size)]));
  return articles;
}

async function clear(db: GraphDb): Promise<void> {
  for (;;) {
    const result = await db.write<{ n: number }>(
      'MATCH (n) WHERE NOT n:GuanxiSchema WITH n LIMIT 5000 DETACH DELETE n RETURN count(n) AS n',
    );
    if ((result.records[0]?.get('n') ?? 0) === 0) return;
  }
}

async function relationshipsOf(db: GraphDb, id: string): Promise<number> {
  const result = await db.read<{ n: number }>(
    'MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN count(r) AS n',
    {
      id,
    },
  );
  return Number(result.records[0]?.get('n') ?? 0);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const result = await work();
  return [performance.now() - t0, result];
}

const neo4j = await startBenchNeo4j(path.join(BENCH_DIR, 'merge-store'), { fresh: true });
const rows: string[] = [];
try {
  // Warm-up: one small round that is not counted.
  await clear(neo4j.db);
  await loadCorrected(neo4j.db, corpus(20));
  await applyCorrection(neo4j.db, { op: 'merge', entity: `org:${MERGED}`, into: `org:${SURVIVOR}` }, 'bench');
  for (const size of sizes) {
    const load: number[] = [];
    const merge: number[] = [];
    const undo: number[] = [];
    const ratio: number[] = [];
    let moved = 0;
    let articles = 0;
    for (let round = 0; round < rounds; round++) {
      await clear(neo4j.db);
      const annotations = corpus(size);
      articles = annotations.length - 1;
      const [loadMs] = await time(() => loadCorrected(neo4j.db, annotations));
      const before = await relationshipsOf(neo4j.db, `org:${MERGED}`);
      const [mergeMs, result] = await time(() =>
        applyCorrection(neo4j.db, { op: 'merge', entity: `org:${MERGED}`, into: `org:${SURVIVOR}` }, 'bench'),
      );
      const after = await relationshipsOf(neo4j.db, `org:${SURVIVOR}`);
      if (before !== size || after !== size + 1 || (await relationshipsOf(neo4j.db, `org:${MERGED}`)) !== 0) {
        throw new Error(`merge of ${size}: ${before} relationships before, survivor has ${after} after`);
      }
      const [undoMs] = await time(() =>
        applyCorrection(neo4j.db, { op: 'undo', correction: result.correction.id }, 'bench'),
      );
      if ((await relationshipsOf(neo4j.db, `org:${MERGED}`)) !== size)
        throw new Error(`undo of ${size} failed`);
      moved = before;
      load.push(loadMs);
      merge.push(mergeMs);
      undo.push(undoMs);
      ratio.push(mergeMs / loadMs);
      console.error(
        `  ${size}: round ${round + 1}/${rounds} load ${loadMs.toFixed(0)} ms, merge ${mergeMs.toFixed(0)} ms, undo ${undoMs.toFixed(0)} ms`,
      );
    }
    const m = median(merge);
    const l = median(load);
    rows.push(
      `| ${String(moved).padStart(13)} | ${String(articles).padStart(8)} | ${l.toFixed(0).padStart(12)} | ` +
        `${m.toFixed(0).padStart(13)} | ${median(undo).toFixed(0).padStart(12)} | ${(m / moved).toFixed(2).padStart(13)} | ` +
        `${median(ratio).toFixed(2).padStart(12)} |`,
    );
  }
} finally {
  await neo4j.close();
}
console.log(
  `\nmerge of one entity into another: medians of ${rounds} rounds, ${perArticle} relationships per article`,
);
console.log(
  '| relationships | articles | load (ms)    | merge (ms)    | undo (ms)    | merge ms/rel  | merge/load   |',
);
console.log(
  '| ------------- | -------- | ------------ | ------------- | ------------ | ------------- | ------------ |',
);
for (const row of rows) console.log(row);
