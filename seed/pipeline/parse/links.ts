/**
 * Link lists as pages print them: `上一条:标题2023-04-21`, `下一篇：标题 (2023-04-25)`, and the items under a
 * `相关稿件` / `相关新闻` / `相关阅读` heading, `标题 2023-04-12`. Dates become `YYYY-MM-DD`.
 */
import type { LinkRelation } from '../../../contract/model.ts';
import { findDates, toDay } from './dates.ts';
import { zh } from './zh-variants.ts';

export const RELATED_HEADING_RE = zh(
  /^[\s【[〖]*(?:相关稿件|相关新闻|相关阅读|相关文章|相关报道|相关链接|延伸阅读|推荐阅读|相关推荐|新闻推荐|推荐新闻|精彩推荐|为你推荐|为您推荐|猜你喜欢|更多新闻|更多阅读|智能推荐|热点推荐|相关附件|附件下载|其他新闻|(?:摄影)?相关图片|更多港闻|更多文章|热门新闻|更多[\p{Script=Han}A-Za-z]{1,8}?(?:报道|报导))[\s】\]〗]*[:：]?(?:\s*(?:更多|more)\s*[>》+]*)?$/iu,
);
/** `相关链接：某区召开推进会`: the heading and the one link it lists on one line. */
export const RELATED_INLINE_RE = zh(
  /^[\s【[〖]*(?:相关稿件|相关新闻|相关阅读|相关文章|相关报道|相关链接|延伸阅读|推荐阅读|相关推荐|新闻推荐|推荐新闻|精彩推荐|为你推荐|为您推荐|猜你喜欢|更多新闻|更多阅读|智能推荐|热点推荐)[\s】\]〗]*[:：]\s*\S.{1,60}$/u,
);
const PREV_NEXT_LABEL_RE = zh(/上一条|上一篇|上篇|下一条|下一篇|下篇/gu);
const PREV_NEXT_RE = zh(/^[\s【[]*(上一条|上一篇|上篇|下一条|下一篇|下篇)[\s】\]]*[:：]?\s*/u);
const NO_LINK_RE = zh(/^(?:没有了|无|暂无|已是第一篇|已是最后一篇|没有上一篇|没有下一篇)?[。.!！]?$/u);

const BULLET_RE = /^[\s·•●○◆◇▪■□\-—*>»]+/u;

export interface LinkLine {
  title: string;
  date: string | null;
  /** Whatever follows the date on the same line (a footer glued to the last item). */
  rest: string;
}

/** Splits `标题 2023-04-12` into title and date; uses the first date that has a title before it. */
export function parseLinkLine(text: string): LinkLine {
  const line = text.replace(BULLET_RE, '');
  for (const date of findDates(line)) {
    const title = line
      .slice(0, date.index)
      .replace(/[\s(（[【|｜_\-—–·:：]+$/u, '')
      .trim();
    if (!title) continue;
    const rest = line
      .slice(date.end)
      .replace(/^\s*[)）\]】]/u, '')
      .trim();
    return { title, date: toDay(date), rest };
  }
  return { title: line.trim(), date: null, rest: '' };
}

/** `previous`/`next` and the text after the label, for a `上一条:`/`下一篇：` line; undefined otherwise. */
export function prevNextLabel(line: string): { relation: LinkRelation; value: string } | undefined {
  const m = PREV_NEXT_RE.exec(line);
  if (!m?.[1]) return undefined;
  return { relation: m[1].startsWith('上') ? 'previous' : 'next', value: line.slice(m[0].length).trim() };
}

/** True for `没有了`, `无` and the like after a previous/next label. */
export function isNoLink(value: string): boolean {
  return NO_LINK_RE.test(value.trim());
}

/** How many previous/next labels a text holds (an element holding both is a wrapper, not one link). */
export function prevNextLabelCount(text: string): number {
  return text.match(PREV_NEXT_LABEL_RE)?.length ?? 0;
}
