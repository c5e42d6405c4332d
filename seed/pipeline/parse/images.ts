/**
 * Image lines and captions: a bare file name (`600.jpg`), a caption (`图说:…`, `图注：…`, `图片说明：…`, `图为…`),
 * and the credit at the caption's end (`桃浦镇供图`, `张三 摄`, `记者 张三 摄`, `（图片来源：某网）`).
 */
import type { ArticleImage } from '../../../contract/annotation/types.ts';
import { zh } from './zh-variants.ts';

const IMAGE_FILE_RE = /^[\w\-./:%~@+]+\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)(?:\?\S*)?$/i;
const CAPTION_LABEL_RE = zh(/^[\s【[]*(?:图说|图注|图片说明|图片|题图|顶图|头图|首图|图)[\s】\]]*[:：]\s*/u);
const CAPTION_FIGURE_RE = zh(/^(?:图为|上图|下图|左图|右图|[▲△▼▽])/u);
const DECORATION_RE = /^[\s▲△▼▽◆◇■□●○★☆※→]+/u;
const REPORTER_RE = zh(/记者|通讯员/u);
/** `记者`, `本报记者`, `摄影记者`, and with the outlet: `深圳特区报记者`, `新民晚报记者`. */
const ROLE = '(?:\\p{Script=Han}{2,8}?(?:报|社|台|网))?(?:本报|特约|摄影)?(?:记者|通讯员|摄影)';
const ROLE_RE = zh(new RegExp(`^${ROLE}\\s*`, 'u'));
const NAME = '[\\p{Script=Han}A-Za-z·]{2,12}';
const CREDIT_RE = zh(
  new RegExp(
    `^[(（]?\\s*(?:(?:图片来源|图片提供|图源|来源|图)\\s*[:：/／]\\s*[^\\s()（）:：]{2,30}|(?:${ROLE}\\s*)?${NAME}(?:[\\s、]+${NAME}){0,2}\\s*[/／]?\\s*(?:供图|摄影|摄|提供))\\s*[)）]?$`,
    'u',
  ),
);
const SENTENCE_END = '。！？!?；;';
const BOUNDARY = `${SENTENCE_END}，,\u3000 \t`;

export function isImageFileLine(line: string): boolean {
  return IMAGE_FILE_RE.test(line);
}

/** The caption text (label such as `图说:` removed, `图为…` kept) when `line` is a caption; else undefined. */
export function captionText(line: string): string | undefined {
  const label = CAPTION_LABEL_RE.exec(line);
  if (label) return line.slice(label[0].length).trim();
  return CAPTION_FIGURE_RE.test(line) && line.length <= 200 ? line.trim() : undefined;
}

/** Role words may open a credit but not appear inside it (`现场 记者 张三 摄` → `记者 张三 摄`). */
function validCredit(tail: string): boolean {
  if (!CREDIT_RE.test(tail)) return false;
  const inner = tail.replace(/^[(（]\s*/u, '').replace(ROLE_RE, '');
  return !REPORTER_RE.test(inner);
}

/**
 * Splits the credit off the end of a caption: the longest credit that starts a sentence (after `。`, `；`, an
 * opening bracket) or with a role word (`记者 张三 摄`); failing that, the shortest one after a space or comma
 * (`活动现场 张三 摄` → `张三 摄`).
 */
export function splitCredit(caption: string): { caption: string; credit?: string } {
  const text = caption.trim();
  let fallback: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const prev = text[i - 1] ?? '';
    const opensSentence = (i > 0 && SENTENCE_END.includes(prev)) || '(（'.includes(text[i] ?? '');
    const opensRole = (i === 0 || BOUNDARY.includes(prev)) && ROLE_RE.test(text.slice(i));
    if (i > 0 && !opensSentence && !BOUNDARY.includes(prev)) continue;
    if (!validCredit(text.slice(i).trim())) continue;
    if (opensSentence || opensRole) return creditAt(text, i);
    fallback = i;
  }
  return fallback === undefined ? { caption: text } : creditAt(text, fallback);
}

function creditAt(text: string, i: number): { caption: string; credit: string } {
  const credit = text
    .slice(i)
    .trim()
    .replace(/^[(（]\s*|\s*[)）]$/gu, '')
    .trim();
  return { caption: text.slice(0, i).trim(), credit };
}

/** An image record without empty fields. */
export function makeImage(file: string | undefined, caption: string | undefined): ArticleImage {
  const image: ArticleImage = {};
  if (file) image.file = file;
  if (caption !== undefined) {
    const split = splitCredit(caption.replace(DECORATION_RE, ''));
    if (split.caption) image.caption = split.caption;
    if (split.credit) image.credit = split.credit;
  }
  return image;
}
