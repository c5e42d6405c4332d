import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agreement, agreement } from '../../../../../seed/pipeline/eval/agreement.ts';
import { WARM_UP_TIMEOUT } from '../extract/article.ts';

const WILD = 'tests/fixtures/wild/train';
const PAGE = '1001_youth-association-group-visits-town-no-leader';
const ONLY_FIRST = '1002_county-town-holds-heritage-craft-activity';

async function annotator(root: string, name: string, pages: string[]): Promise<string> {
  const dir = join(root, name);
  await mkdir(join(dir, 'articles'), { recursive: true });
  for (const page of pages) {
    await copyFile(join(WILD, `${page}.spec.json`), join(dir, `${page}.spec.json`));
    await copyFile(join(WILD, 'articles', `${page}.txt`), join(dir, 'articles', `${page}.txt`));
  }
  return dir;
}

describe('agreement between two annotators of the same pages', () => {
  let root: string;
  let result: Agreement;
  let goldRelations: number;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'guanxi-agreement-'));
    const first = await annotator(root, 'first', [PAGE, ONLY_FIRST]);
    const second = await annotator(root, 'second', [PAGE]);
    const specFile = join(second, `${PAGE}.spec.json`);
    const spec = JSON.parse(await readFile(specFile, 'utf8'));
    goldRelations = spec.relations.length;
    spec.relations = spec.relations.slice(1);
    await writeFile(specFile, JSON.stringify(spec));
    result = await agreement(first, second);
    // The extractor's first article loads the segmenter and the gazetteer.
  }, WARM_UP_TIMEOUT);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('scores the second gold against the first as a prediction', () => {
    expect(result.between.entities.f1).toBe(1);
    expect(result.between.relations.predicted).toBe(goldRelations - 1);
    expect(result.between.relations.gold).toBe(goldRelations);
    expect(result.between.relations.truePositives).toBe(goldRelations - 1);
  });

  it('scores the extractor against each annotator on the shared pages only', () => {
    expect(result.extractorAgainstFirst.scores.map((s) => s.name)).toEqual([PAGE]);
    expect(result.extractorAgainstSecond.relations.gold).toBe(goldRelations - 1);
  });

  it('lists the pages only one annotator wrote', () => {
    expect(result.onlyInOne).toEqual([ONLY_FIRST]);
  });
});
