import { VOCABULARY, wordFor } from '../lib/i18n/vocabulary.ts';

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
  pathCaption: '{from} 与 {to} 之间的路径（最短的在前）',
  noPath: '{from} 与 {to} 之间没有找到路径。',
  truncated: '节点较多，只显示了一部分。',
  articlesN: '{n} 篇报道',
  supportedBy: '{n} 篇报道支持',
  evidence: '证据',
  evidenceLoading: '正在加载证据…',
  aliases: '又称',
  details: '详情',
  hint: '拖动平移，滚轮缩放，点击查看详情',
  ...VOCABULARY.zh,
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
  pathCaption: 'Paths from {from} to {to}, shortest first',
  noPath: 'No path connects {from} and {to}.',
  truncated: 'Only part of a large network is shown.',
  articlesN: '{n} articles',
  supportedBy: 'Supported by {n} articles',
  evidence: 'Evidence',
  evidenceLoading: 'Loading the evidence…',
  aliases: 'Also written',
  details: 'Details',
  hint: 'Drag to pan, scroll to zoom, click for details',
  ...VOCABULARY.en,
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
  if (typeof role === 'string' && role) return wordFor(s.role, role) ?? role;
  return wordFor(s.relation, type) ?? type;
}
