import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../../contract/annotation/types.ts';
import { validateAnnotation } from '../../../../../contract/annotation/validate.ts';
import { extractAnnotation } from '../../../../../seed/pipeline/extract/extract.ts';
import { relationKey } from '../../../../../seed/pipeline/extract/registry.ts';
import { WARM_UP_TIMEOUT, warmUp } from './article.ts';

const seed = JSON.parse(
  readFileSync(new URL('../../../../../seed/annotations/f272be3deda32c55.json', import.meta.url), 'utf8'),
) as Annotation;

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('the seed article', () => {
  const annotation = extractAnnotation(seed.article);

  it('gives a schema-valid draft annotation', () => {
    expect(() => validateAnnotation(annotation, 'seed')).not.toThrow();
    expect(annotation.review).toEqual({ status: 'draft' });
  });

  it('has exactly the hand-written entities and relations', () => {
    expect(annotation.entities.map((e) => e.id).sort()).toEqual(seed.entities.map((e) => e.id).sort());
    expect(annotation.relations.map(relationKey).sort()).toEqual(seed.relations.map(relationKey).sort());
  });

  it('gives each relation the first sentence that states it as evidence, like the hand-written one', () => {
    const byKey = new Map(seed.relations.map((r) => [relationKey(r), r.evidence.start]));
    const same = annotation.relations.filter((r) => byKey.get(relationKey(r)) === r.evidence.start);
    expect(same.length / annotation.relations.length).toBeGreaterThan(0.95);
  });

  it('gives a body the page names short its canonical name as an alias, and no alias that repeats the name', () => {
    const byId = new Map(annotation.entities.map((e) => [e.id, e]));
    expect(byId.get('org:上海市普陀区委')?.name).toBe('普陀区委');
    expect(byId.get('org:上海市普陀区委')?.aliases).toContain('上海市普陀区委');
    expect(byId.get('place:上海市普陀区桃浦镇')?.aliases).toContain('上海市普陀区桃浦镇');
    const company = byId.get('org:上海航天科工电器研究院有限公司');
    expect(company?.aliases).not.toContain(company?.name);
  });

  it('never takes footer or link-list names', () => {
    const names = annotation.entities.map((e) => e.name).join('|');
    for (const footer of ['中国联通', '济钢集团', '华为技术有限公司', '贵州茅台酒股份有限公司'])
      expect(names).not.toContain(footer);
  });
});
