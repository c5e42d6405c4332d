import type { NodeTypeName } from '../../../graph/contract/payloads.ts';

export interface TypeLook {
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'tag' | 'rectangle';
  label: string;
  labelZh: string;
}

/** Colour and shape by type, shared by the canvas and the legend (colour-blind-safe Tableau 10 hues). */
export const TYPE_LOOK: Record<NodeTypeName, TypeLook> = {
  Person: { color: '#e15759', shape: 'ellipse', label: 'Person', labelZh: '人物' },
  Organization: { color: '#4e79a7', shape: 'round-rectangle', label: 'Organisation', labelZh: '机构' },
  Place: { color: '#59a14f', shape: 'hexagon', label: 'Place', labelZh: '地点' },
  Event: { color: '#f28e2b', shape: 'diamond', label: 'Event', labelZh: '事件' },
  Topic: { color: '#b07aa1', shape: 'tag', label: 'Topic', labelZh: '主题' },
  Article: { color: '#9c755f', shape: 'rectangle', label: 'Article', labelZh: '文章' },
};

export const RELATION_LABEL: Record<string, string> = {
  HOLDS_POSITION: '任职',
  LOCATED_IN: '位于',
  PART_OF: '隶属',
  MEMBER_OF: '成员',
  PARTICIPATED_IN: '参与',
  HELD_AT: '举办地',
  FOUNDED_AT: '成立于',
  PARTNERS_WITH: '合作',
  FOCUSES_ON: '聚焦',
};

export const ROLE_LABEL: Record<string, string> = {
  speaker: '讲话',
  launcher: '启动',
  presenter: '授牌',
  attendee: '出席',
  signatory: '签约',
};
