import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBuffer, parseFile } from '../../../../../seed/pipeline/parse/index.ts';
import { utf8 } from './page.ts';

/**
 * The page shapes real crawls bring back (tests/fixtures/wild/README.md): every one is read, none refused. The
 * sample lines are made up in the shapes the pages print.
 */

describe('a line of only a date under the headline', () => {
  it('dates the article, with or without read counters, and stays out of the body', () => {
    for (const line of ['2024-03-18 阅读:56 次', '2024-03-18', '2024-03-18 浏览次数:56']) {
      const [article] = parseBuffer(
        utf8(`两区签署合作协议\n${line}\n3月15日，两区召开对口合作座谈会。\n`),
        'x.txt',
      );
      expect(article?.publishedAt).toBe('2024-03-18T00:00:00+08:00');
      expect(article?.text).toBe('3月15日，两区召开对口合作座谈会。');
    }
  });
});

describe('lines after the story', () => {
  it('reads a line of a reporter and other credits as credits, and traditional keyword and footer lines as chrome', () => {
    const [article] = parseBuffer(
      utf8(
        '某區十屆人大常委會舉行第十六次會議\n2023-06-29 17:42\n6月29日上午，某區十屆人大常委會召開第十六次會議。\n記者：某甲；攝影：某乙\n關鍵詞：人大常委會\n網站簡介 網站團隊 本網動態 版權聲明',
      ),
      'x.txt',
    );
    expect(article?.text).toBe('6月29日上午，某區十屆人大常委會召開第十六次會議。');
    expect(article?.reporters).toEqual(['某甲']);
  });
});

describe('page furniture', () => {
  it('reads an e-paper byline printed in an element of its own, and a site suffix that is a government', async () => {
    const html =
      '<html><head><title>某区政协调研乡村振兴-某某市某区人民政府</title></head><body>' +
      '<div class="bt">某区政协调研乡村振兴</div><div class="zz">本报记者　谭某某</div>' +
      '<div id="c"><p>9月4日，区政协主席某某率队到某镇调研乡村振兴工作，区政协副主席某某参加调研。</p>' +
      '<p>调研组先后来到某村，实地察看了柑橘产业基地。</p></div></body></html>';
    const [article] = parseBuffer(utf8(html), 'page.html');
    expect(article?.title).toBe('某区政协调研乡村振兴');
    expect(article?.reporters).toEqual(['谭某某']);
  });

  it('takes the date, source and credits of a JSON record from the keys crawlers use', () => {
    const record = {
      title: '某联盟成立',
      pubtime: '2023-05-19 16:02:11',
      origin: '某区委组织部',
      author: '文/某甲 图/某乙',
      content: '<p>5月18日下午，某联盟成立大会在某产业园召开。</p>',
    };
    const [article] = parseBuffer(utf8(JSON.stringify({ data: { article: record } })), 'r.json');
    expect(article).toMatchObject({
      publishedAt: '2023-05-19T16:02:11+08:00',
      source: '某区委组织部',
      reporters: ['某甲', '某乙'],
    });
  });
});

const WILD = 'tests/fixtures/wild';
const SPEC = /^(.*?)(?:\.(\d+))?\.spec\.json$/;

describe('the wild pages', () => {
  const inputs = ['train', 'scored'].flatMap((half) =>
    readdirSync(`${WILD}/${half}/articles`).map((f) => `${WILD}/${half}/articles/${f}`),
  );

  it.each(inputs)('%s is read without error', async (file) => {
    const articles = await parseFile(file);
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) expect(a.title.length).toBeGreaterThan(0);
  });

  const specs = readdirSync(`${WILD}/train`).filter((f) => SPEC.test(f));
  it.each(specs)('train %s parses to the article of its spec', async (spec) => {
    const [, base, record] = SPEC.exec(spec) ?? [];
    const file = readdirSync(`${WILD}/train/articles`).find((f) => f.startsWith(`${base}.`));
    const article = (await parseFile(`${WILD}/train/articles/${file}`))[Number(record ?? 1) - 1];
    const gold = JSON.parse(readFileSync(`${WILD}/train/${spec}`, 'utf8')).article;
    for (const key of ['text', 'title', 'publishedAt', 'source', 'reporters', 'url'])
      expect([key, article?.[key as keyof typeof article]]).toEqual([key, gold[key]]);
  });
});

describe('live blogs', () => {
  const page = [
    '10:05',
    '青河物流园项目开工',
    '9:40',
    '县长林宏远致辞',
    '9:30',
    '县委常委、常务副县长周立主持仪式',
    '9:20',
    '4月8日上午',
    '青河县举行春季重大项目集中开工仪式',
    '本次集中开工项目9个',
  ].join('\n');

  it('are read oldest entry first, each entry a paragraph led by its time', () => {
    const [article] = parseBuffer(utf8(page), 'live.txt');
    expect(article?.text.split('\n')).toEqual([
      '9:20 4月8日上午 青河县举行春季重大项目集中开工仪式 本次集中开工项目9个',
      '9:30 县委常委、常务副县长周立主持仪式',
      '9:40 县长林宏远致辞',
      '10:05 青河物流园项目开工',
    ]);
    expect(article?.title).toBe('青河县举行春季重大项目集中开工仪式');
    expect(article?.warnings).toContain("title from a live blog's first entry");
  });

  it('are left as printed when the times run forward or repeat one time', () => {
    for (const lines of [
      ['9:20', '开幕', '9:30', '致辞', '9:40', '签约'],
      ['9:20', '开幕', '9:20', '致辞', '9:20', '签约'],
    ]) {
      const [article] = parseBuffer(utf8(['青河县举行集中签约仪式', ...lines].join('\n')), 'x.txt');
      expect(article?.text).not.toMatch(/\d:\d\d \S/u);
    }
  });
});

describe("the site's owners above the story", () => {
  it('are neither the headline nor the end of the story', () => {
    const [article] = parseBuffer(
      utf8(
        '主辦單位:中共青河市委宣傳部 承辦:青河市融媒體中心\n5月9日上午,青河市工商聯主席林濤帶隊到柳溪鄉走訪企業。\n',
      ),
      'x.txt',
    );
    expect(article?.text).toBe('5月9日上午,青河市工商聯主席林濤帶隊到柳溪鄉走訪企業。');
    expect(article?.warnings).not.toContain('no story found: every line is text');
    expect(article?.title).not.toMatch(/主辦/u);
  });
});

describe('a WeChat copy', () => {
  it('reads credits written with the 丨 bar as credits and leaves the account card under the story out', () => {
    const page = [
      '市政协委员赴青河县视察',
      '11月8日上午,市政协组织委员赴青河县开展视察活动。',
      '委员们表示将积极履职。',
      '供稿丨林小雨',
      '',
      '青河政协',
      '青河市政协的公众号，欢迎关注，一起聊聊家乡事。',
      ' 最新文章',
    ].join('\n');
    const [article] = parseBuffer(utf8(page), 'x.txt');
    expect(article?.text).toBe('11月8日上午,市政协组织委员赴青河县开展视察活动。\n委员们表示将积极履职。');
  });

  it('keeps the story when no credit closes it before the card', () => {
    const page =
      '市政协委员赴青河县视察\n11月8日上午,市政协组织委员赴青河县开展视察活动。\n委员们表示将积极履职。\n最新文章';
    const [article] = parseBuffer(utf8(page), 'x.txt');
    expect(article?.text).toBe('11月8日上午,市政协组织委员赴青河县开展视察活动。\n委员们表示将积极履职。');
  });
});

describe("a site's menu above a story with no headline", () => {
  const menu = ['縣政快訊', '美食地圖', '北港縣政府觀光處', '影音專區', '廣告刊登', '活動花絮'];
  const story = '【記者林文德/北港報導】青山市長陳明輝與海口鎮長李志遠今天在北港縣簽訂友好城鎮協議。';

  it('is no text and no headline; the bracketed desk byline names the reporter', () => {
    const [article] = parseBuffer(utf8([...menu, '', story].join('\n')), 'x.txt');
    expect(article?.text).toBe(story);
    expect(article?.title).not.toBe(menu[0]);
    expect(article?.reporters).toEqual(['林文德']);
  });

  it('is told from a stacked head, whose headline the lead repeats', () => {
    const head = ['聚焦城鄉發展', '青山市與海口鎮簽訂友好城鎮協議'];
    const [article] = parseBuffer(utf8([...head, story].join('\n')), 'x.txt');
    expect(article?.title).toBe(head[1]);
  });
});

describe('a mirror that retells a paper', () => {
  it('names the paper as the source and itself as the site; the title starts after both', () => {
    const [article] = parseBuffer(
      utf8('青山網3月2日訊 據北港日報報道 為推進社區治理,青河縣8個單位日前在柳岸社區組建共建聯盟。\n'),
      'x.txt',
    );
    expect(article?.source).toBe('北港日報');
    expect(article?.site).toBe('青山網');
    expect(article?.title).toMatch(/^為推進社區治理/u);
  });

  it('keeps the dateline outlet as the source when it retells nobody', () => {
    const [article] = parseBuffer(
      utf8('青山網3月2日訊 青河縣8個單位日前在柳岸社區組建共建聯盟。\n'),
      'x.txt',
    );
    expect(article?.source).toBe('青山網');
  });
});

describe('more chrome around the head (seventh session)', () => {
  it('reads a date badge whose day a crawler glued before the year and month', () => {
    const [article] = parseBuffer(
      utf8(
        '区人大常委会召开第九次会议\n来源:区人大常委会 作者:林一 分享  092021-07\n7月8日,区人大常委会召开第九次会议。\n',
      ),
      'x.txt',
    );
    expect(article?.publishedAt).toBe('2021-07-09T00:00:00+08:00');
  });

  it('skips a source value a mirror masked with asterisks', () => {
    const [article] = parseBuffer(
      utf8('日前,区长林一会见了青河集团总经理一行。(王二)\n? 来源:**.7.** 青河新闻\n'),
      'x.txt',
    );
    expect(article?.source).toBe('青河新闻');
    expect(article?.reporters).toEqual(['王二']);
  });

  it('takes the headline, not the short column label above it that the story happens to repeat', () => {
    const [article] = parseBuffer(
      utf8(
        '项目建设\n青河开发区举办新一批项目集中开工活动\n2023-10-31  来源:某某网\n10月29日上午,青河开发区举办新一批项目集中开工活动。\n项目建设是全区工作的重中之重。\n',
      ),
      'x.txt',
    );
    expect(article?.title).toBe('青河开发区举办新一批项目集中开工活动');
  });

  it('drops carousel, search and QR prompts around the headline', () => {
    const [article] = parseBuffer(
      utf8(
        'Previous slide\nNext slide\n搜尋\nClose this search box.\n熱門\n\n青山北港兩市簽署文旅合作備忘錄\n\n青山、北港兩市30日上午簽署文旅合作備忘錄。\n',
      ),
      'x.txt',
    );
    expect(article?.title).toBe('青山北港兩市簽署文旅合作備忘錄');
    const [qr] = parseBuffer(
      utf8(
        '掃描二維碼訪問某某網移動版 青山商會訪北港市 掃描二維碼訪問某某社微信\n2015-01-26 14:45:49\n青山商會26日拜訪北港市。\n',
      ),
      'x.txt',
    );
    expect(qr?.title).toBe('青山商會訪北港市');
  });

  it('reads a scene caption alone on a line as a picture, never as the headline', () => {
    const [article] = parseBuffer(
      utf8('大會現場\n7月2日,青河市茶葉產業聯盟成立大會召開。\n簽約儀式現場\n雙方將加強合作。\n'),
      'x.txt',
    );
    expect(article?.title).not.toBe('大會現場');
    expect(article?.text).toBe('7月2日,青河市茶葉產業聯盟成立大會召開。\n雙方將加強合作。');
    expect((article?.images ?? []).map((image) => image.caption)).toContain('簽約儀式現場');
  });
});

describe('a menu above a headline and its story', () => {
  it('keeps the last line above the story as the headline when the story tells about it alone', () => {
    const menu = ['首頁', '縣政快訊', '美食地圖', '影音專區'];
    const headline = '青山市與海口鎮簽訂友好城鎮協議';
    const story = '青山市長陳明輝與海口鎮長李志遠今天簽訂友好城鎮協議,雙方將加強交流。';
    const [article] = parseBuffer(utf8([...menu, headline, story].join('\n')), 'x.txt');
    expect(article?.title).toBe(headline);
    expect(article?.text).toBe(story);
  });
});

describe('times that are no live blog', () => {
  it('leaves a video player’s times above a story as they are', () => {
    const page = '03:15\n02:10\n00:00\n5月1日，青河县举行春季项目集中开工仪式。\n县长林宏远致辞。';
    const [article] = parseBuffer(utf8(page), 'x.txt');
    expect(article?.text).not.toMatch(/00:00 5月1日/u);
  });
});

describe('a page a crawler flattened onto one line', () => {
  it('takes its title from the first sentence with words, past a converter’s image markup and bars', () => {
    const story = '禾川县政协召开主席会议。县政协主席林远川主持会议。';
    const [article] = parseBuffer(utf8(`![]() | | ||| ${story}`), 'x.txt');
    expect(article?.title).toBe('禾川县政协召开主席会议');
    expect(article?.warnings).toContain('title from the first sentence');
    const [dated] = parseBuffer(utf8(`![]() | | ||| 青川网讯:7日,${story}`), 'x.txt');
    const [plain] = parseBuffer(utf8(`青川网讯:7日,${story}`), 'x.txt');
    expect(dated?.title).toBe(plain?.title);
  });

  it('skips a leading sentence of marks alone', () => {
    const [article] = parseBuffer(utf8('!!! —— 。禾川县召开项目推进会。'), 'x.txt');
    expect(article?.title).toBe('禾川县召开项目推进会');
  });
});

describe('a page of marks alone', () => {
  it('is refused as no text, naming the file', () => {
    expect(() => parseBuffer(utf8('| ||| —— 。。。'), 'marks.txt')).toThrow(
      /^marks\.txt: no article body found/,
    );
  });
});
