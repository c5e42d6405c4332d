import type { NodeTypeName } from '../../../contract/api/payloads.ts';
import type { Kind, ParticipationRole, RelationType } from '../../../contract/model.ts';

/**
 * Names of node types, kinds, relationship types and roles in both languages: the explorer's i18next bundles
 * and the embed's few strings (which do not load i18next) read the same words from here.
 */
export interface Vocabulary {
  type: Record<NodeTypeName, string>;
  kind: Record<Kind, string>;
  relation: Record<RelationType, string>;
  /** The relation read from its target: what the entity at the arrow's head has (a place's `located here`). */
  relationIn: Record<RelationType, string>;
  role: Record<ParticipationRole, string>;
}

const zh: Vocabulary = {
  type: {
    Person: '人物',
    Organization: '机构',
    Place: '地点',
    Event: '事件',
    Topic: '主题',
    Article: '文章',
  },
  kind: {
    company: '企业',
    government: '政府机构',
    party: '党组织',
    alliance: '联盟',
    media: '媒体',
    institute: '研究院所',
    association: '协会',
    province: '省',
    city: '市',
    district: '区县',
    town: '镇',
    subdistrict: '街道',
    park: '园区',
    zone: '开发区',
    venue: '场馆',
    country: '国家',
    county: '县',
    village: '村',
    community: '社区',
    school: '学校',
    founding: '成立',
    meeting: '会议',
    signing: '签约',
    ceremony: '仪式',
    forum: '论坛',
    visit: '调研走访',
    reporter: '记者',
    correspondent: '通讯员',
    photographer: '摄影记者',
    editor: '编辑',
  },
  relation: {
    HOLDS_POSITION: '任职',
    LOCATED_IN: '位于',
    PART_OF: '隶属',
    MEMBER_OF: '成员',
    PARTICIPATED_IN: '参与',
    HELD_AT: '举办地',
    FOUNDED_AT: '成立于',
    PARTNERS_WITH: '合作',
    FOCUSES_ON: '聚焦',
  },
  relationIn: {
    HOLDS_POSITION: '任职人员',
    LOCATED_IN: '位于此地',
    PART_OF: '下属',
    MEMBER_OF: '成员',
    PARTICIPATED_IN: '参与者',
    HELD_AT: '在此举办',
    FOUNDED_AT: '在此成立',
    PARTNERS_WITH: '合作方',
    FOCUSES_ON: '关注者',
  },
  role: {
    speaker: '讲话',
    launcher: '启动',
    presenter: '授牌',
    attendee: '出席',
    signatory: '签约',
  },
};

const en: Vocabulary = {
  type: {
    Person: 'Person',
    Organization: 'Organisation',
    Place: 'Place',
    Event: 'Event',
    Topic: 'Topic',
    Article: 'Article',
  },
  kind: {
    company: 'company',
    government: 'government',
    party: 'party body',
    alliance: 'alliance',
    media: 'media',
    institute: 'institute',
    association: 'association',
    province: 'province',
    city: 'city',
    district: 'district',
    town: 'town',
    subdistrict: 'subdistrict',
    park: 'park',
    zone: 'zone',
    venue: 'venue',
    country: 'country',
    county: 'county',
    village: 'village',
    community: 'community',
    school: 'school',
    founding: 'founding',
    meeting: 'meeting',
    signing: 'signing',
    ceremony: 'ceremony',
    forum: 'forum',
    visit: 'visit',
    reporter: 'reporter',
    correspondent: 'correspondent',
    photographer: 'photographer',
    editor: 'editor',
  },
  relation: {
    HOLDS_POSITION: 'holds position',
    LOCATED_IN: 'located in',
    PART_OF: 'part of',
    MEMBER_OF: 'member of',
    PARTICIPATED_IN: 'took part in',
    HELD_AT: 'held at',
    FOUNDED_AT: 'founded at',
    PARTNERS_WITH: 'partners with',
    FOCUSES_ON: 'focuses on',
  },
  relationIn: {
    HOLDS_POSITION: 'people in posts here',
    LOCATED_IN: 'located here',
    PART_OF: 'parts',
    MEMBER_OF: 'members',
    PARTICIPATED_IN: 'participants',
    HELD_AT: 'held here',
    FOUNDED_AT: 'founded here',
    PARTNERS_WITH: 'partners',
    FOCUSES_ON: 'focused on by',
  },
  role: {
    speaker: 'spoke at',
    launcher: 'launched',
    presenter: 'presented at',
    attendee: 'attended',
    signatory: 'signed',
  },
};

export const VOCABULARY: Record<'zh' | 'en', Vocabulary> = { zh, en };

/** The word for `key` in one of the vocabulary's tables, or undefined: keys from data are never looked up on the prototype. */
export function wordFor(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
