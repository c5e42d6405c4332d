/**
 * Page chrome and bylines from Hong Kong and Taiwan pages use traditional characters (`來源`, `記者`, `相關新聞`,
 * `圖說`, `攝`). `zh()` widens a pattern written in simplified characters so it also matches the traditional
 * forms of its characters (OpenCC's and the table below); the text itself is never converted (later stages keep
 * offsets into it).
 */

import * as OpenCC from 'opencc-js';

const TRADITIONAL: Record<string, string> = {
  来: '來',
  记: '記',
  讯: '訊',
  电: '電',
  编: '編',
  辑: '輯',
  关: '關',
  闻: '聞',
  阅: '閱',
  读: '讀',
  图: '圖',
  说: '說',
  摄: '攝',
  条: '條',
  发: '發',
  布: '佈',
  时: '時',
  间: '間',
  报: '報',
  导: '導',
  实: '實',
  习: '習',
  约: '約',
  见: '見',
  责: '責',
  为: '為',
  题: '題',
  链: '鏈',
  荐: '薦',
  员: '員',
  览: '覽',
  点: '點',
  赞: '讚',
  论: '論',
  网: '網',
  处: '處',
  审: '審',
  监: '監',
  终: '終',
  权: '權',
  复: '複',
  制: '製',
  扫: '掃',
  页: '頁',
  顶: '頂',
  闭: '閉',
  讲: '講',
  获: '獲',
  综: '綜',
  没: '沒',
  无: '無',
  暂: '暫',
  浏: '瀏',
  数: '數',
  备: '備',
  证: '證',
  违: '違',
  举: '舉',
  们: '們',
  联: '聯',
  广: '廣',
  务: '務',
  声: '聲',
  频: '頻',
  户: '戶',
  门: '門',
  访: '訪',
  采: '採',
  写: '寫',
  营: '營',
  团: '團',
  资: '資',
  标: '標',
  签: '簽',
  键: '鍵',
  细: '細',
  级: '級',
  转: '轉',
  载: '載',
  击: '擊',
  纠: '糾',
  错: '錯',
  蓝: '藍',
  内: '內',
  开: '開',
  注: '註',
  词: '詞',
  简: '簡',
  队: '隊',
  单: '單',
  机: '機',
  构: '構',
  欢: '歡',
  临: '臨',
  国: '國',
  对: '對',
  总: '總',
  划: '劃',
  // 農曆: the calendar's 曆, not the 歷 of history.
  历: '曆',
};

type Convert = (text: string) => string;
let toTraditional: Convert | undefined;
const variantCache = new Map<string, string>();

/**
 * The traditional forms of one simplified character: OpenCC's and the table above, which adds the forms a
 * character takes in particular words (佈 of 發佈, 製 of 製作, 讚).
 */
function variants(ch: string): string {
  const cached = variantCache.get(ch);
  if (cached !== undefined) return cached;
  let out = '';
  if (/\p{Script=Han}/u.test(ch)) {
    toTraditional ??= OpenCC.Converter({ from: 'cn', to: 't' });
    const forms = new Set([...(TRADITIONAL[ch] ?? ''), toTraditional(ch)]);
    forms.delete(ch);
    out = [...forms].filter((form) => form.length === 1).join('');
  }
  variantCache.set(ch, out);
  return out;
}

/** The same pattern, also matching the traditional forms of the simplified characters it contains. */
export function zh(pattern: RegExp): RegExp {
  let out = '';
  let inClass = false;
  const source = pattern.source;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const variant = variants(ch);
    if (!variant) out += ch;
    else out += inClass ? ch + variant : `[${ch}${variant}]`;
  }
  return new RegExp(out, pattern.flags);
}
