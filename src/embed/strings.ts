import type { NodeTypeName } from '../../graph/contract/payloads.ts';

/**
 * The embed's own UI text in Chinese and English. The explorer's i18next bundle is not loaded here: the
 * embed must stay small, and it needs only these few strings.
 */
export type EmbedLang = 'zh' | 'en';

const zh = {
  loading: '正在加载关系图…',
  notFound: '找不到这个内容，它可能已被删除。',
  failed: '关系图加载失败，请稍后再试。',
  badUrl: '这个嵌入地址无效。',
  openInGuanxi: '在 guanxi 中打开',
  openInGuanxiLabel: '在 guanxi 中打开（新窗口）',
  openEntity: '在 guanxi 中查看',
  sources: '来源',
  sourcesCount: '来源（{n}）',
  moreSources: '另有 {n} 篇',
  asOf: '截至 {date}',
  frozen: '{date} 的快照',
  live: '实时',
  legend: '图例',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '适合窗口',
  close: '关闭',
  graphLabel: '关系图：{nodes} 个节点，{edges} 条关系。{title}',
  entityCaption: '{name} 的直接关系',
  articleCaption: '这篇报道中的人物、机构与关系',
  pathCaption: '{from} 与 {to} 之间的最短路径',
  noPath: '{from} 与 {to} 之间没有找到路径。',
  truncated: '节点较多，只显示了一部分。',
  articlesN: '{n} 篇报道',
  supportedBy: '{n} 篇报道支持',
  evidence: '证据',
  evidenceLoading: '正在加载证据…',
  aliases: '又称',
  details: '详情',
  hint: '拖动平移，滚轮缩放，点击查看详情',
  type: {
    Person: '人物',
    Organization: '机构',
    Place: '地点',
    Event: '事件',
    Topic: '主题',
    Article: '文章',
  } satisfies Record<NodeTypeName, string>,
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
  } as Record<string, string>,
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
    founding: '成立',
    meeting: '会议',
    signing: '签约',
    ceremony: '仪式',
    forum: '论坛',
    visit: '调研走访',
    reporter: '记者',
    correspondent: '通讯员',
  } as Record<string, string>,
  role: {
    speaker: '讲话',
    launcher: '启动',
    presenter: '授牌',
    attendee: '出席',
    signatory: '签约',
  } as Record<string, string>,
};

export type EmbedStrings = typeof zh;

const en: EmbedStrings = {
  loading: 'Loading the graph…',
  notFound: 'This is not available; it may have been removed.',
  failed: 'The graph could not be loaded. Try again later.',
  badUrl: 'This embed address is not valid.',
  openInGuanxi: 'Open in guanxi',
  openInGuanxiLabel: 'Open in guanxi (new window)',
  openEntity: 'See it in guanxi',
  sources: 'Sources',
  sourcesCount: 'Sources ({n})',
  moreSources: 'and {n} more',
  asOf: 'As of {date}',
  frozen: 'Snapshot of {date}',
  live: 'Live',
  legend: 'Legend',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to window',
  close: 'Close',
  graphLabel: 'Graph of {nodes} nodes and {edges} relationships. {title}',
  entityCaption: 'Direct connections of {name}',
  articleCaption: 'The people, organisations and relationships in this article',
  pathCaption: 'Shortest paths from {from} to {to}',
  noPath: 'No path connects {from} and {to}.',
  truncated: 'Only part of a large network is shown.',
  articlesN: '{n} articles',
  supportedBy: 'Supported by {n} articles',
  evidence: 'Evidence',
  evidenceLoading: 'Loading the evidence…',
  aliases: 'Also written',
  details: 'Details',
  hint: 'Drag to pan, scroll to zoom, click for details',
  type: {
    Person: 'Person',
    Organization: 'Organisation',
    Place: 'Place',
    Event: 'Event',
    Topic: 'Topic',
    Article: 'Article',
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
    founding: 'founding',
    meeting: 'meeting',
    signing: 'signing',
    ceremony: 'ceremony',
    forum: 'forum',
    visit: 'visit',
    reporter: 'reporter',
    correspondent: 'correspondent',
  },
  role: {
    speaker: 'speaker',
    launcher: 'launcher',
    presenter: 'presenter',
    attendee: 'attendee',
    signatory: 'signatory',
  },
};

export const STRINGS: Record<EmbedLang, EmbedStrings> = { zh, en };

/** `{name}` placeholders filled with plain text (the result is only ever set as textContent). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** The label of a relationship: a position title as written, else the role or relation name in the UI language. */
export function relationLabel(
  s: EmbedStrings,
  type: string,
  properties: Record<string, string | number | boolean | null>,
): string {
  const { title, role } = properties;
  if (typeof title === 'string' && title) return title;
  if (typeof role === 'string' && role) return s.role[role] ?? role;
  return s.relation[type] ?? type;
}
