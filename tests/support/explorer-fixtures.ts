import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleId } from '../../contract/annotation/ids.ts';
import type { Annotation } from '../../contract/annotation/types.ts';
import { type AnnotationSpec, specToAnnotation } from '../../seed/review/spec-to-annotation.ts';
import { type SeededApp, seededApp } from './test-app.ts';

/**
 * Data for the explorer's browser tests: the gold articles (000 is the seed article), a follow-up
 * article about 李红珍 two months later (a second source for one of her posts, a new meeting, and an
 * organisation whose name is HTML), and a hub alliance with more members than one page shows.
 */

const GOLD_DIR = 'tests/fixtures/gold';

export const XSS_NAME = '<img src=x onerror=alert(1)>';

export const IDS = {
  lihongzhen: 'person:李红珍',
  organisationDept: 'org:上海市普陀区委组织部',
  schneider: 'org:施耐德电气(中国)有限公司',
  hub: 'org:长三角智能制造测试联盟',
  xss: `org:${XSS_NAME}`,
  meeting: 'event:2023-06-10:未来岛园区数字经济座谈会',
  shanghai: 'place:上海市',
} as const;

function withId(spec: AnnotationSpec): Annotation {
  const annotation = specToAnnotation(spec);
  annotation.article.id = articleId(annotation.article);
  return annotation;
}

/** Every gold spec as a full annotation, with the article id the pipeline would give it. */
export function goldAnnotations(): Annotation[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.spec.json'))
    .sort()
    .map((f) => withId(JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8')) as AnnotationSpec));
}

/** Titled as the seed article's "next" link, so loading it turns that stub into a real article. */
export const FOLLOW_UP_TITLE = '济钢集团推进主题教育走深走实';

export function followUpAnnotation(): Annotation {
  const text = [
    '新民晚报讯 6月10日下午,普陀区委常委、组织部部长李红珍出席未来岛园区数字经济座谈会。',
    `座谈会上,${XSS_NAME}代表与施耐德电气(中国)有限公司代表先后发言。`,
    '李红珍表示,要继续支持园区企业数字化转型。',
  ].join('\n');
  return withId({
    article: {
      id: '',
      title: FOLLOW_UP_TITLE,
      publishedAt: '2023-06-12T09:30:00+08:00',
      source: '新民晚报',
      reporters: [],
      url: null,
      language: 'zh',
      text,
    },
    entities: [
      { type: 'Person', name: '李红珍' },
      {
        type: 'Organization',
        name: '普陀区委组织部',
        kind: 'party',
        id: IDS.organisationDept,
        aliases: ['组织部'],
      },
      { type: 'Organization', name: '施耐德电气(中国)有限公司', kind: 'company' },
      { type: 'Organization', name: XSS_NAME, kind: 'company' },
      { type: 'Place', name: '未来岛园区', kind: 'park', aliases: ['未来岛'] },
      {
        type: 'Event',
        name: '未来岛园区数字经济座谈会',
        kind: 'meeting',
        id: IDS.meeting,
        properties: { date: '2023-06-10' },
      },
    ],
    relations: [
      {
        type: 'HOLDS_POSITION',
        from: '李红珍',
        to: IDS.organisationDept,
        evidence: '组织部部长李红珍出席',
        properties: { title: '部长' },
      },
      {
        type: 'PARTICIPATED_IN',
        from: '李红珍',
        to: IDS.meeting,
        evidence: '李红珍出席',
        properties: { role: 'attendee' },
      },
      { type: 'HELD_AT', from: IDS.meeting, to: '未来岛园区', evidence: '出席未来岛园区数字经济座谈会' },
      {
        type: 'PARTICIPATED_IN',
        from: XSS_NAME,
        to: IDS.meeting,
        evidence: `${XSS_NAME}代表`,
        properties: { role: 'speaker' },
      },
      {
        type: 'PARTICIPATED_IN',
        from: '施耐德电气(中国)有限公司',
        to: IDS.meeting,
        evidence: '施耐德电气(中国)有限公司代表先后发言',
        properties: { role: 'speaker' },
      },
    ],
  });
}

const FIRST = ['华', '金', '新', '海', '云', '恒', '鼎', '瑞', '盛', '天', '博'];
const SECOND = ['达', '通', '源', '川', '远', '信', '德', '泰', '安', '宏', '创', '星'];
const SURNAMES = ['赵', '孙', '周', '郑', '冯', '褚', '卫', '蒋', '沈', '韩', '杨', '朱'];

export const HUB_COMPANIES = FIRST.length * SECOND.length;
export const HUB_PEOPLE = SURNAMES.length;

/** An alliance with 132 member companies and 12 council members: more than the first page of 100. */
export function hubAnnotation(): Annotation {
  const companies = FIRST.flatMap((a) => SECOND.map((b) => `${a}${b}智能科技有限公司`));
  const people = SURNAMES.map((s) => `${s}立明`);
  const hub = '长三角智能制造测试联盟';
  const text = [
    `${hub}8月1日在上海市成立。`,
    '施耐德电气(中国)有限公司作为首批成员加入联盟。',
    ...companies.map((c) => `${c}加入${hub}。`),
    ...people.map((p) => `${p}担任${hub}理事。`),
  ].join('\n');
  return withId({
    article: {
      id: '',
      title: '长三角智能制造测试联盟成立 百余家企业加入',
      publishedAt: '2023-08-02T08:00:00+08:00',
      source: '测试日报',
      reporters: [],
      url: null,
      language: 'zh',
      text,
    },
    entities: [
      { type: 'Organization', name: hub, kind: 'alliance', id: IDS.hub },
      { type: 'Place', name: '上海市', kind: 'city', id: IDS.shanghai, surface: ['上海市'] },
      { type: 'Organization', name: '施耐德电气(中国)有限公司', kind: 'company' },
      ...companies.map((name) => ({ type: 'Organization' as const, name, kind: 'company' })),
      ...people.map((name) => ({ type: 'Person' as const, name })),
    ],
    relations: [
      { type: 'LOCATED_IN', from: IDS.hub, to: IDS.shanghai, evidence: `${hub}8月1日在上海市成立` },
      {
        type: 'MEMBER_OF',
        from: '施耐德电气(中国)有限公司',
        to: IDS.hub,
        evidence: '施耐德电气(中国)有限公司作为首批成员',
      },
      ...companies.map((c) => ({ type: 'MEMBER_OF' as const, from: c, to: IDS.hub, evidence: `${c}加入` })),
      ...people.map((p) => ({
        type: 'HOLDS_POSITION' as const,
        from: p,
        to: IDS.hub,
        evidence: `${p}担任`,
        properties: { title: '理事' },
      })),
    ],
  });
}

export function explorerAnnotations(): Annotation[] {
  return [...goldAnnotations(), followUpAnnotation(), hubAnnotation()];
}

/** The HTTP app (with the built SPA) over the test Neo4j holding the explorer fixtures. */
export function explorerApp(annotations: Annotation[] = explorerAnnotations()): Promise<SeededApp> {
  return seededApp(annotations);
}
