/**
 * The dialog's own text in Chinese and English. Kept here rather than in src/lib/i18n so the dialog
 * can be added without touching the explorer's translation files; the UI language comes in as a prop.
 */
const zh = {
  open: '嵌入',
  openLabel: '嵌入此视图（iframe 或 oEmbed）',
  title: '嵌入此视图',
  intro: '把这张关系图放进新闻、维基或简报：读者可以平移、缩放、查看详情，但不能离开你分享的内容。',
  mode: '嵌入什么',
  live: '实时',
  liveHelp: '始终显示 {name} 的最新关系图',
  liveUnavailable: '这个视图没有实时版本（请先选中一个实体、文章或路径）',
  frozen: '冻结快照',
  frozenHelp: '保存此刻的视图（元素、位置、说明、来源、截止日期），图谱之后增长也不会改变',
  snapshotTitle: '标题',
  caption: '说明',
  size: '尺寸',
  presets: {
    small: '小 480×320',
    medium: '中 640×420',
    large: '大 960×600',
    wide: '通栏 100%×480',
    custom: '自定义',
  },
  width: '宽（像素）',
  height: '高（像素）',
  language: '嵌入页面的语言',
  hostOrigin: '嵌入网站的源（可选）',
  hostOriginHelp: '例如 https://news.example。填写后，只有这个网站能通过 postMessage 控制嵌入页面。',
  hostOriginInvalid: '请填写 http(s) 源，例如 https://news.example',
  token: 'API 令牌',
  tokenHelp: '保存快照需要 GUANXI_API_TOKEN。令牌只保存在此标签页（sessionStorage），不会出现在链接里。',
  create: '创建快照',
  creating: '正在保存快照…',
  created: '快照已保存：{id}',
  tooLarge: '视图太大，无法冻结（最多 {max} 个节点）。',
  empty: '视图中没有可冻结的节点。',
  errors: {
    unauthorized: '令牌不正确。',
    disabled: '服务器未开启写入（未设置 GUANXI_API_TOKEN）。',
    rateLimited: '请求太频繁，请稍后再试。',
    invalid: '服务器拒绝了这个快照（{parameter}）。',
    network: '无法连接服务器。',
    other: '保存失败（{status}）。',
  },
  code: '嵌入代码（iframe）',
  copyCode: '复制代码',
  url: '嵌入地址（用于支持 oEmbed 的网站）',
  copyUrl: '复制地址',
  copied: '已复制',
  copyFailed: '无法自动复制，请按 Ctrl+C',
  preview: '预览',
  close: '关闭',
  citationsLoading: '正在收集来源…',
  citations: '来源：{count} 篇文章',
};

export type DialogStrings = typeof zh;

const en: DialogStrings = {
  open: 'Embed',
  openLabel: 'Embed this view (iframe or oEmbed)',
  title: 'Embed this view',
  intro:
    'Put this graph in a news story, a wiki or a newsletter: readers can pan, zoom and read details, but cannot leave what you shared.',
  mode: 'What to embed',
  live: 'Live',
  liveHelp: 'Always shows the current graph of {name}',
  liveUnavailable: 'This view has no live version (focus an entity, an article or a path first)',
  frozen: 'Frozen snapshot',
  frozenHelp:
    'Saves this view as it is now (elements, positions, caption, sources, as-of date); it does not change as the graph grows',
  snapshotTitle: 'Title',
  caption: 'Caption',
  size: 'Size',
  presets: {
    small: 'Small 480×320',
    medium: 'Medium 640×420',
    large: 'Large 960×600',
    wide: 'Full width 100%×480',
    custom: 'Custom',
  },
  width: 'Width (px)',
  height: 'Height (px)',
  language: 'Language of the embed',
  hostOrigin: 'Site that embeds it (optional)',
  hostOriginHelp:
    'For example https://news.example. When set, only this site can control the embed through postMessage.',
  hostOriginInvalid: 'Enter an http(s) origin, e.g. https://news.example',
  token: 'API token',
  tokenHelp:
    'Saving a snapshot needs GUANXI_API_TOKEN. The token is kept in this tab only (sessionStorage), never in a link.',
  create: 'Create snapshot',
  creating: 'Saving the snapshot…',
  created: 'Snapshot saved: {id}',
  tooLarge: 'The view is too large to freeze (at most {max} nodes).',
  empty: 'There are no nodes in view to freeze.',
  errors: {
    unauthorized: 'The token is not correct.',
    disabled: 'Writes are off on the server (GUANXI_API_TOKEN is not set).',
    rateLimited: 'Too many requests; try again in a minute.',
    invalid: 'The server refused the snapshot: {message}',
    network: 'The server could not be reached.',
    other: 'Saving failed: {message}',
  },
  code: 'Embed code (iframe)',
  copyCode: 'Copy code',
  url: 'Embed URL (for sites that support oEmbed)',
  copyUrl: 'Copy URL',
  copied: 'Copied',
  copyFailed: 'Could not copy; press Ctrl+C',
  preview: 'Preview',
  close: 'Close',
  citationsLoading: 'Collecting the sources…',
  citations: 'Sources: {count} articles',
};

export const DIALOG_STRINGS: Record<'zh' | 'en', DialogStrings> = { zh, en };

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
