/**
 * The credits that close a story: the writers' lines (`记者丨A  通讯员丨B`, `記者:A`, `(图文:A B)`, `文/A`, one or
 * several lines) sign it as an opening byline does and stay in its text; editors, reviewers, photographers and
 * producers (`编辑：C 审核：D`, `图/E`) are credits, not people of the story, and leave it, also when they share the
 * writers' line (`记者丨A 编辑丨C` keeps `记者丨A`).
 */
import { bylineReporters, CREDIT_MARKS, isBylineLine } from './byline.ts';
import { zh } from './zh-variants.ts';

const HAN = '\\p{Script=Han}';
const MAX_SIGNING = 40;
const MAX_CREDIT_LINE = 80;

/** `新派融媒体记者: 贺德良/文`, `记者丨A`, `记者 A 通讯员 B`: a reporter's credit line after the story. */
const REPORTER_LINE_RE = zh(
  new RegExp(
    `^[${HAN}]{0,10}?(?:记者|通讯员|实习生)\\s*[${CREDIT_MARKS}]\\s*[${HAN}·、，,\\s]{2,30}(?:\\s*[/／](?:文|图|摄|图文))?$`,
    'u',
  ),
);

/**
 * A writers' credit line after the story (`记者丨A`, `记者 A 通讯员 B`, `（记者 A）`, `文/A 图/B`), maybe with other
 * credits after the writers.
 */
export function isReporterCredit(line: string): boolean {
  if (REPORTER_LINE_RE.test(line) || isBylineLine(line)) return true;
  return (
    line.length <= MAX_CREDIT_LINE &&
    !/[。，！？]/u.test(line) &&
    WRITER_ROLE_RE.test(line) &&
    bylineReporters(line.replace(/^[(（【]|[)）】]$/gu, '')).length > 0
  );
}

/** Keys of credits that are not the writers': editors, reviewers, photographers, producers, the copy's source. */
const OTHER_CREDIT_RE = zh(
  /编辑|责编|小编|审|校对|监制|终审|来源|稿源|出品|制作|策划|统筹|摄|图\s*[/／:：丨|｜]|供稿|视频|排版|美编|[:：].*[:：]/u,
);
/** A writers' role opening the line: `文/`, `图文：`, `记者丨`, `融媒体记者 `, `通讯员：`, `采写 `. */
const WRITER_ROLE_RE = zh(
  new RegExp(
    `^[(（【]?\\s*(?:(?:图文|文图|文)\\s*[${CREDIT_MARKS}]|(?:[${HAN}]{0,10}?(?:记者|通讯员)|实习生|实习记者|采写|撰文)\\s*[\\s\\u3000${CREDIT_MARKS}])`,
    'u',
  ),
);
/**
 * Where the other credits start on a writers' line: a key after a space or a semicolon, followed by its mark
 * (`记者丨A 编辑丨B`, `文/A 图/B`, `记者：A；摄影：B`).
 */
const OTHER_KEY_RE = zh(
  new RegExp(
    `[\\s\\u3000;；,，]+(?=(?:责任编辑|值班编辑|本期编辑|编辑|责编|审核|审签|审校|校对|编审|复审|终审|一审|二审|三审|监制|总监制|` +
      `制作|策划|总策划|统筹|出品|摄影|摄像|图片|图|视频|排版|美编|剪辑|配音|主编|执行主编)\\s*[${CREDIT_MARKS}])`,
    'u',
  ),
);

/** The line's writers' part, before other credits on it (`记者丨A 编辑丨B` → `记者丨A`). */
function writersPart(line: string): string {
  // (A bracket of credits, `（记者 A 编辑 B）`, is read whole.)
  const at = /^[(（【]/u.test(line) ? -1 : line.search(OTHER_KEY_RE);
  return at > 0 ? line.slice(0, at).trim() : line;
}

const unbracketed = (line: string) => line.replace(/^[(（【]|[)）】]$/gu, '');

/** A line that names writers and nothing else (`记者丨A  通讯员丨B`, `(图文:A B)`). */
function namesOnlyWriters(line: string): boolean {
  return WRITER_ROLE_RE.test(line) && !OTHER_CREDIT_RE.test(unbracketed(line).replace(WRITER_ROLE_RE, ''));
}

/**
 * A closing credit that opens with the writers: the names of the writers and whether the line stays in the text.
 * It does when it names only writers and nothing of the story follows it (other credits may: `编辑：…`); a line
 * that also names editors or photographers leaves the text, its writers going to the article's reporters only.
 * Undefined when the line does not open with a writers' role.
 */
export function closingCredit(
  line: string,
  storyFollows: boolean,
): { keep: boolean; names: string[] } | undefined {
  if (!WRITER_ROLE_RE.test(line)) return undefined;
  const names = bylineReporters(unbracketed(writersPart(line)));
  if (names.length === 0) return undefined;
  return { keep: !storyFollows && line.length <= MAX_SIGNING && namesOnlyWriters(line), names };
}

/**
 * `…在年底展售。(編輯:某某)1130902`: a wire story's last sentence closed by its editor in brackets and the day it was
 * filed, a year of the Republic and the month and day run together (yyyMMdd). The editor leaves the text; the day
 * dates the page when nothing else does.
 */
const EDITOR_TAIL_RE = zh(
  /(?<=[。！？”」])\s*[(（](?:责任编辑|编辑|责编)\s*[:：/／]\s*[^()（）]{1,16}[)）]\s*(?:(\d{3})(\d{2})(\d{2}))?$/u,
);

export function editorTail(paragraph: string): { paragraph: string; day?: string } {
  const m = EDITOR_TAIL_RE.exec(paragraph);
  if (!m) return { paragraph };
  const text = paragraph.slice(0, m.index);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const valid = year >= 80 && year <= 200 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  return valid ? { paragraph: text, day: `${year + 1911}-${m[2]}-${m[3]}` } : { paragraph: text };
}
