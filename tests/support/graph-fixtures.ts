import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleId, entityId } from '../../contract/annotation/ids.ts';
import type { AnnotatedEntity, AnnotatedRelation, Annotation } from '../../contract/annotation/types.ts';
import { type AnnotationSpec, specToAnnotation } from '../../seed/review/spec-to-annotation.ts';
import { seedAnnotation } from './seed-annotation.ts';

/** A relation whose evidence is the sentence of `text` that contains `snippet`. */
function rel(
  text: string,
  type: AnnotatedRelation['type'],
  from: string,
  to: string,
  snippet: string,
  properties?: Record<string, unknown>,
): AnnotatedRelation {
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`fixture: "${snippet}" not in text`);
  const start = text.lastIndexOf('。', at) + 1;
  const end = text.indexOf('。', at) + 1 || text.length;
  return {
    type,
    from,
    to,
    evidence: { text: text.slice(start, end), start, end },
    ...(properties ? { properties } : {}),
  };
}

function annotation(
  title: string,
  publishedAt: string,
  text: string,
  entities: AnnotatedEntity[],
  relations: AnnotatedRelation[],
): Annotation {
  const article = { title, publishedAt, source: '测试日报', reporters: [], language: 'zh', text, links: [] };
  return { schemaVersion: 1, article: { ...article, id: articleId(article) }, entities, relations };
}

/**
 * A later article about people of the seed article: 李红珍 again as 部长 of the district's organisation
 * department (a second supporting article), and a new signing with 施耐德.
 */
export function followUpAnnotation(): Annotation {
  const text =
    '6月1日上午,普陀区委组织部部长李红珍调研施耐德电气(中国)有限公司。双方签署人才培养合作协议,桃浦镇党委书记吴晨海陪同调研。';
  const lhz = 'person:李红珍';
  const org = 'org:上海市普陀区委组织部';
  const schneider = 'org:施耐德电气(中国)有限公司';
  const taopu = 'org:上海市普陀区桃浦镇党委';
  return annotation(
    '普陀区委组织部调研施耐德电气',
    '2023-06-02T08:00:00+08:00',
    text,
    [
      {
        id: lhz,
        type: 'Person',
        name: '李红珍',
        mentions: [{ start: text.indexOf('李红珍'), end: text.indexOf('李红珍') + 3 }],
      },
      { id: org, type: 'Organization', kind: 'party', name: '普陀区委组织部', aliases: ['区委组织部'] },
      { id: schneider, type: 'Organization', kind: 'company', name: '施耐德电气(中国)有限公司' },
      { id: 'person:吴晨海', type: 'Person', name: '吴晨海' },
      { id: taopu, type: 'Organization', kind: 'party', name: '桃浦镇党委' },
    ],
    [
      rel(text, 'HOLDS_POSITION', lhz, org, '组织部部长李红珍', { title: '部长' }),
      rel(text, 'PARTNERS_WITH', org, schneider, '签署人才培养合作协议'),
      rel(text, 'HOLDS_POSITION', 'person:吴晨海', taopu, '党委书记吴晨海', { title: '书记' }),
    ],
  );
}

/** One organisation with `size` member people: the hub that neighbourhood limits must tame. */
export function hubAnnotation(size: number): Annotation {
  const names = Array.from({ length: size }, (_, i) => `成员${String(i).padStart(5, '0')}`);
  const text = names.map((n) => `${n}加入枢纽联盟。`).join('');
  const hub = entityId('Organization', '枢纽联盟');
  const entities: AnnotatedEntity[] = [
    { id: hub, type: 'Organization', kind: 'alliance', name: '枢纽联盟' },
    ...names.map((name): AnnotatedEntity => ({ id: entityId('Person', name), type: 'Person', name })),
  ];
  let offset = 0;
  const relations = names.map((name): AnnotatedRelation => {
    const sentence = `${name}加入枢纽联盟。`;
    const r: AnnotatedRelation = {
      type: 'MEMBER_OF',
      from: entityId('Person', name),
      to: hub,
      evidence: { text: sentence, start: offset, end: offset + sentence.length },
    };
    offset += sentence.length;
    return r;
  });
  return annotation('枢纽联盟成员名单', '2023-07-01T10:00:00+08:00', text, entities, relations);
}

/**
 * 星链集团 partners with `size` companies (伙伴01…) in one article, and 伙伴01 with 伙伴02; a second
 * article states 星链集团 and 伙伴03 again (weight 2). 星链集团 has more outgoing relationships than a small
 * set of entities has members, so the relationships among such a set are found from the other ends.
 */
export function partnerStarAnnotations(size: number): Annotation[] {
  const star = entityId('Organization', '星链集团');
  const names = Array.from({ length: size }, (_, i) => `伙伴${String(i + 1).padStart(2, '0')}`);
  const partner = (name: string) => entityId('Organization', name);
  const company = (name: string): AnnotatedEntity => ({
    id: partner(name),
    type: 'Organization',
    kind: 'company',
    name,
  });
  const text = `${names.map((n) => `星链集团与${n}签约。`).join('')}伙伴01与伙伴02合作。`;
  const first = annotation(
    '星链集团签约伙伴',
    '2023-08-01T10:00:00+08:00',
    text,
    [{ id: star, type: 'Organization', kind: 'company', name: '星链集团' }, ...names.map(company)],
    [
      ...names.map((n) => rel(text, 'PARTNERS_WITH', star, partner(n), `与${n}签约`)),
      rel(text, 'PARTNERS_WITH', partner('伙伴01'), partner('伙伴02'), '伙伴01与伙伴02合作'),
    ],
  );
  const again = '星链集团与伙伴03续约。';
  const second = annotation(
    '星链集团续约伙伴03',
    '2023-09-01T10:00:00+08:00',
    again,
    [{ id: star, type: 'Organization', kind: 'company', name: '星链集团' }, company('伙伴03')],
    [rel(again, 'PARTNERS_WITH', star, partner('伙伴03'), '续约')],
  );
  return [first, second];
}

/**
 * Two members of the hub (hubAnnotation) who also belong to a small society of three: a path between them
 * can go around the hub, through the society and its third member.
 */
export function detourAnnotation(): Annotation {
  const text = '成员00002与成员00003同为绕行学会会员。绕行学会会员还有周绕行。';
  const society = entityId('Organization', '绕行学会');
  const members = ['成员00002', '成员00003', '周绕行'];
  const entities: AnnotatedEntity[] = [
    { id: society, type: 'Organization', kind: 'association', name: '绕行学会' },
    ...members.map((name): AnnotatedEntity => ({ id: entityId('Person', name), type: 'Person', name })),
  ];
  const relations = members.map((name) =>
    rel(
      text,
      'MEMBER_OF',
      entityId('Person', name),
      society,
      name === '周绕行' ? '周绕行' : '同为绕行学会会员',
    ),
  );
  return annotation('绕行学会会员', '2023-07-02T10:00:00+08:00', text, entities, relations);
}

/** Two small worlds with no relationship between them: a path search must answer fast and empty. */
export function islandAnnotations(): Annotation[] {
  const a = '孤岛甲公司位于孤岛甲园区。';
  const b = '孤岛乙先生担任孤岛乙协会会长。';
  return [
    annotation(
      '孤岛甲',
      '2023-08-01T10:00:00+08:00',
      a,
      [
        { id: 'org:孤岛甲公司', type: 'Organization', kind: 'company', name: '孤岛甲公司' },
        { id: 'place:孤岛甲园区', type: 'Place', kind: 'park', name: '孤岛甲园区' },
      ],
      [rel(a, 'LOCATED_IN', 'org:孤岛甲公司', 'place:孤岛甲园区', '位于')],
    ),
    annotation(
      '孤岛乙',
      '2023-08-02T10:00:00+08:00',
      b,
      [
        { id: 'person:孤岛乙', type: 'Person', name: '孤岛乙' },
        { id: 'org:孤岛乙协会', type: 'Organization', kind: 'association', name: '孤岛乙协会' },
      ],
      [rel(b, 'HOLDS_POSITION', 'person:孤岛乙', 'org:孤岛乙协会', '担任', { title: '会长' })],
    ),
  ];
}

const GOLD_DIR = 'tests/fixtures/gold';

/** The dev gold set's annotations, built from their specs. */
export function goldAnnotations(): Annotation[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.spec.json'))
    .sort()
    .map((f) => {
      const spec = JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8')) as AnnotationSpec;
      spec.article.id ||= articleId(spec.article);
      return specToAnnotation(spec);
    });
}

export { seedAnnotation };

/**
 * Names for search by pinyin words: a county's political consultative conference and its office (the office
 * in two articles, so ranking by whole name must beat ranking by coverage), another city's conference, a
 * county government, and people whose given names or surnames are typed alone (invented people).
 */
export function searchAnnotations(): Annotation[] {
  const first =
    '凤翔县政协召开常委会议,凤翔县政协办公室主任罗海澜主持。宝鸡市政协副主席欧阳明华、凤翔县人民政府副县长罗海出席。';
  const second = '凤翔县政协办公室组织学习,罗海澜参加。';
  const org = (name: string): AnnotatedEntity => ({
    id: entityId('Organization', name),
    type: 'Organization',
    name,
  });
  const person = (name: string): AnnotatedEntity => ({ id: entityId('Person', name), type: 'Person', name });
  return [
    annotation(
      '凤翔县政协召开常委会议',
      '2024-03-05T09:00:00+08:00',
      first,
      [
        org('凤翔县政协'),
        org('凤翔县政协办公室'),
        org('宝鸡市政协'),
        org('凤翔县人民政府'),
        person('罗海澜'),
        person('欧阳明华'),
        person('罗海'),
      ],
      [],
    ),
    annotation(
      '凤翔县政协办公室组织学习',
      '2024-03-08T09:00:00+08:00',
      second,
      [org('凤翔县政协办公室'), person('罗海澜')],
      [],
    ),
  ];
}
