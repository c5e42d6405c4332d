import { articleId } from '../../contract/annotation/ids.ts';
import type { Annotation } from '../../contract/annotation/types.ts';
import { type AnnotationSpec, specToAnnotation } from '../../seed/review/spec-to-annotation.ts';

/**
 * A view of about 300 nodes with four clear communities: four industry alliances in one city, each
 * with its member companies and council members, and a few companies that belong to two alliances
 * (the brokers between the communities). Opening the city and expanding the four alliances draws it.
 */

const CITY = '苏州市';
export const BIG_CITY_ID = `place:${CITY}`;

const ALLIANCES = [
  { name: '苏州工业互联网产业联盟', prefix: '云' },
  { name: '苏州新能源汽车产业联盟', prefix: '电' },
  { name: '苏州生物医药创新联盟', prefix: '康' },
  { name: '苏州集成电路产业联盟', prefix: '芯' },
] as const;
export const BIG_ALLIANCE_IDS = ALLIANCES.map((a) => `org:${a.name}`);

const MIDDLE = ['华', '瑞', '恒', '鼎', '博', '盛', '泰', '安', '宏', '创', '星', '源'];
const LAST = ['达', '通', '川', '远', '信', '德'];
const SURNAMES = ['钱', '孙', '李'];
/** Members per alliance (MIDDLE × LAST) and council members per alliance. */
export const BIG_MEMBERS = MIDDLE.length * LAST.length;
export const BIG_COUNCIL = SURNAMES.length;

/** Companies in two alliances: member of their own and of the next one. */
const BROKERS_PER_ALLIANCE = 2;

function companyName(prefix: string, i: number): string {
  const middle = MIDDLE[Math.floor(i / LAST.length)] ?? '';
  const last = LAST[i % LAST.length] ?? '';
  return `苏州${prefix}${middle}${last}科技有限公司`;
}

export function bigViewBrokers(): string[] {
  return ALLIANCES.flatMap((a) =>
    Array.from({ length: BROKERS_PER_ALLIANCE }, (_, i) => `org:${companyName(a.prefix, i)}`),
  );
}

function allianceAnnotation(index: number): Annotation {
  const alliance = ALLIANCES[index] as (typeof ALLIANCES)[number];
  const next = ALLIANCES[(index + 1) % ALLIANCES.length] as (typeof ALLIANCES)[number];
  const companies = Array.from({ length: BIG_MEMBERS }, (_, i) => companyName(alliance.prefix, i));
  // The first companies of the previous alliance joined this one too.
  const previous = ALLIANCES[(index + ALLIANCES.length - 1) % ALLIANCES.length] as (typeof ALLIANCES)[number];
  const guests = Array.from({ length: BROKERS_PER_ALLIANCE }, (_, i) => companyName(previous.prefix, i));
  const council = SURNAMES.map((s) => `${s}${alliance.prefix}明`);
  const text = [
    `${alliance.name}在${CITY}成立，与${next.name}开展合作。`,
    ...companies.map((c) => `${c}加入${alliance.name}。`),
    ...guests.map((c) => `${c}同时加入${alliance.name}。`),
    ...council.map((p) => `${p}担任${alliance.name}理事。`),
  ].join('\n');
  const spec: AnnotationSpec = {
    article: {
      id: '',
      title: `${alliance.name}成立 ${BIG_MEMBERS}家企业加入`,
      publishedAt: `2024-0${index + 1}-15T09:00:00+08:00`,
      source: '苏州测试报',
      reporters: [],
      url: null,
      language: 'zh',
      text,
    },
    entities: [
      { type: 'Place', name: CITY, kind: 'city', id: BIG_CITY_ID },
      { type: 'Organization', name: alliance.name, kind: 'alliance' },
      { type: 'Organization', name: next.name, kind: 'alliance' },
      ...[...companies, ...guests].map((name) => ({ type: 'Organization' as const, name, kind: 'company' })),
      ...council.map((name) => ({ type: 'Person' as const, name })),
    ],
    relations: [
      { type: 'LOCATED_IN', from: alliance.name, to: BIG_CITY_ID, evidence: `${alliance.name}在${CITY}成立` },
      { type: 'PARTNERS_WITH', from: alliance.name, to: next.name, evidence: `与${next.name}开展合作` },
      ...companies.map((c) => ({
        type: 'MEMBER_OF' as const,
        from: c,
        to: alliance.name,
        evidence: `${c}加入${alliance.name}`,
      })),
      ...guests.map((c) => ({
        type: 'MEMBER_OF' as const,
        from: c,
        to: alliance.name,
        evidence: `${c}同时加入${alliance.name}`,
      })),
      ...council.map((p) => ({
        type: 'HOLDS_POSITION' as const,
        from: p,
        to: alliance.name,
        evidence: `${p}担任`,
        properties: { title: '理事' },
      })),
    ],
  };
  const annotation = specToAnnotation(spec);
  annotation.article.id = articleId(annotation.article);
  return annotation;
}

export function bigViewAnnotations(): Annotation[] {
  return ALLIANCES.map((_, i) => allianceAnnotation(i));
}

/** The explorer's address of the whole big view: the city with its four alliances expanded. */
export function bigViewPath(extra = ''): string {
  const x = BIG_ALLIANCE_IDS.map((id) => `x=${encodeURIComponent(id)}`).join('&');
  return `/entity/${encodeURIComponent(BIG_CITY_ID)}?${x}${extra}`;
}
