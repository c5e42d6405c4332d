import { hash, pick } from './random.ts';

/** Article titles and times: what the annotation's article record carries besides the text. */

const TITLE_TOPICS = [
  '产业发展',
  '营商环境',
  '科技创新',
  '党建引领',
  '乡村振兴',
  '招商引资',
  '数字经济',
  '城市更新',
  '人才工作',
  '基层治理',
];
const TITLE_ENDS = ['工作推进会召开', '专题会议举行', '调研活动开展', '成果发布', '项目集中签约'];

/** Titles depend on the article number only, so later articles can link to earlier ones by title. */
export function articleTitle(k: number): string {
  const h = hash(k, 7);
  return `${pick(TITLE_TOPICS, h)}${pick(TITLE_ENDS, h >>> 8)}（第${k + 1}期）`;
}

/** ISO 8601 in China time, as the parser writes publication times. */
export function chinaIso(time: number): string {
  return `${new Date(time + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
