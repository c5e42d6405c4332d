import { describe, expect, it } from 'vitest';
import { page } from './page.ts';

/** Page dates and the chrome above a headline, in the shapes real pages print them (made-up pages). */

describe('page dates and consent chrome', () => {
  it('reads a date written day first with slashes when a time follows', () => {
    const article = page(['署長率團訪問北京', '21/10/2024 16:40', '署長明日率團前往北京訪問。']);
    expect(article.publishedAt).toBe('2024-10-21T16:40:00+08:00');
  });

  it('takes a day and outlet line with a bar above the headline as the date and source', () => {
    const article = page([
      '2024-02-07 | 青禾通訊社',
      '縣府推動觀光新方案',
      '縣府今天宣布推動觀光新方案，預計明年上路。',
    ]);
    expect(article.publishedAt).toBe('2024-02-07T00:00:00+08:00');
    expect(article.source).toBe('青禾通訊社');
  });

  it('reads a Taiwan year of the Republic written with dashes after its key', () => {
    const article = page([
      '鄉公所參訪團拜會縣議會',
      '  • 新聞日期:112-03-07',
      '鄉公所參訪團昨日拜會縣議會，由副議長陪同參觀。',
    ]);
    expect(article.publishedAt).toBe('2023-03-07T00:00:00+08:00');
  });

  it('leaves a consent notice and a language prompt above the headline out of the head', () => {
    const article = page([
      'Your browser does not support this page’s fonts. Switch to the text version?',
      'ただいまメンテナンス中です。しばらくお待ちください。',
      '本站以瀏覽紀錄改善服務，並尊重讀者隱私，繼續瀏覽即表示同意相關條款。',
      '青港漁會與研究所合作',
      '2024/03/18 10:20',
      '請先同意本站的隱私條款後再使用語音朗讀。',
      '青港區漁會與海洋研究所昨日簽訂合作協議，將共建養殖示範區。',
    ]);
    expect(article.title).toBe('青港漁會與研究所合作');
    expect(article.publishedAt).toBe('2024-03-18T10:20:00+08:00');
    expect(article.text).toBe('青港區漁會與海洋研究所昨日簽訂合作協議，將共建養殖示範區。');
  });

  it('keeps a story’s sentences about privacy', () => {
    const article = page([
      '醫院上線數據平台',
      '2024-05-02 09:00',
      '我们采用分级授权和加密存储，切实保护患者隐私。该院负责人介绍，平台已接入十家科室。',
      '请同意授权后，患者隐私数据才会被调用，医生也只能看到本科室的病历。',
    ]);
    expect(article.text).toContain('切实保护患者隐私');
    expect(article.text).toContain('请同意授权后');
  });
});

describe("a crawler's copy that keeps the page's address on a line of its own", () => {
  const story = '7月31日下午，青禾区人大常委会举行会议，审议有关人事任免事项。';

  it('reads the address above the text, and the day from it when the text gives none', () => {
    const article = page(['http://news.example/news/2023/0801/5521.html', story]);
    expect(article.url).toBe('http://news.example/news/2023/0801/5521.html');
    expect(article.publishedAt).toBe('2023-08-01T00:00:00+08:00');
    expect(article.text).toBe(story);
  });

  it('reads the address under the text', () => {
    const article = page([story, 'https://news.example/html/2021-05/17/content_88.htm']);
    expect(article.url).toBe('https://news.example/html/2021-05/17/content_88.htm');
    expect(article.text).toBe(story);
  });

  it('takes no address from inside the text', () => {
    const article = page([story, 'http://news.example/2023/0801/1.html', story.replace('7月31日', '8月1日')]);
    expect(article.url).toBeNull();
  });
});
