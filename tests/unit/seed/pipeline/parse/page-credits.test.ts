import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../../seed/pipeline/parse/dates.ts';
import { parseBuffer } from '../../../../../seed/pipeline/parse/index.ts';
import { readInfoLine } from '../../../../../seed/pipeline/parse/info-line.ts';
import { isNoOutlet } from '../../../../../seed/pipeline/parse/outlet-name.ts';

/**
 * Seventeenth session: what a page's info line gives as its outlet and is none (a weekday, the clock, a tool), the
 * credits that close a story, and characters no reader sees. Every page here is made up in the shapes real pages
 * print (Taiwan county and township sites, county portals, WeChat copies, e-papers).
 */
const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (lines: string[], name = 'x.txt') => {
  const [article] = parseBuffer(utf8(lines.join('\n')), name);
  if (!article) throw new Error('no article');
  return article;
};
const story = ['青禾县举办数字农业推介会', '2024-05-16 15:20 来源：青禾县融媒体中心'];
const lead = '5月15日，青禾县数字农业推介会在县会展中心举行，县长林远航出席并致辞。';

describe('the outlet of an info line', () => {
  it('is never a weekday, the clock, a count, the lunar day or a page tool', () => {
    for (const line of [
      '2024-05-16 星期四',
      '星期四 2024-05-16',
      '2024年5月16日 週四',
      '2024-05-16 | 星期四',
      '2024.05.16 Thursday',
      '2024-05-16 10:20 上午',
      '2024-05-16 农历四月初九',
      '2024-05-16 農曆四月初九',
      '2024-05-16 列印',
      '2024-05-16 回上頁',
    ]) {
      expect([line, readInfoLine(line).source]).toEqual([line, null]);
    }
    for (const value of [
      '星期四',
      '(週四)',
      'Thursday',
      '下午',
      '10:20',
      '1234',
      '瀏覽人次：56',
      '字級',
      '25℃',
    ])
      expect([value, isNoOutlet(value)]).toEqual([value, true]);
    for (const value of ['青禾日报', '青禾县融媒体中心', '禾川发布', '36氪', '新华社'])
      expect([value, isNoOutlet(value)]).toEqual([value, false]);
  });

  it('is the name beside the day when a weekday stands between them', () => {
    expect(readInfoLine('2024-05-16 星期四 青禾日报').source).toBe('青禾日报');
  });

  it('leaves a page with only a weekday after its day without a source (a Taiwan township page)', () => {
    const article = parse([
      '禾興鄉辦理農產品推介會',
      '發布日期：2024-05-16',
      '星期四',
      '禾興鄉公所今日辦理農產品推介會，鄉長林遠航出席。',
    ]);
    expect(article.source).toBeNull();
    const glued = parse([
      '禾興鄉辦理農產品推介會',
      '2024/05/16 星期四',
      '禾興鄉公所今日辦理農產品推介會，鄉長林遠航出席。',
    ]);
    expect(glued.source).toBeNull();
    expect(glued.publishedAt).toBe('2024-05-16T00:00:00+08:00');
  });
});

describe('a time after a weekday or a part of the day', () => {
  it('is the time of the date', () => {
    expect(findDate('2024/05/16 星期四 10:20')?.time).toEqual({ hour: 10, minute: 20, second: 0 });
    expect(findDate('2024-05-16 (週四) 下午 3:20')?.time).toEqual({ hour: 15, minute: 20, second: 0 });
    expect(findDate('2024-05-16 晚上 20:05')?.time).toEqual({ hour: 20, minute: 5, second: 0 });
    expect(findDate('2024-05-16 上午 9:05')?.time).toEqual({ hour: 9, minute: 5, second: 0 });
    expect(findDate('2024-05-16 10時20分')?.time).toEqual({ hour: 10, minute: 20, second: 0 });
    expect(findDate('2024-05-16 星期四')?.time).toBeUndefined();
  });
});

describe('credits that close the story', () => {
  it('read every writer of credits on one line or a line each, in order, and stay text', () => {
    const one = parse([...story, lead, '记者丨江若溪  通讯员丨莫小北']);
    expect(one.reporters).toEqual(['江若溪', '莫小北']);
    expect(one.text).toBe(`${lead}\n记者丨江若溪  通讯员丨莫小北`);
    const two = parse([...story, lead, '记者丨江若溪', '通讯员丨莫小北', '编辑：韩知秋 审核：顾念真']);
    expect(two.reporters).toEqual(['江若溪', '莫小北']);
    expect(two.text).toBe(`${lead}\n记者丨江若溪\n通讯员丨莫小北`);
    const bracket = parse([...story, lead, '（融媒体记者 江若溪 通讯员 莫小北）', '编辑：韩知秋']);
    expect(bracket.reporters).toEqual(['江若溪', '莫小北']);
    expect(bracket.text).toBe(`${lead}\n（融媒体记者 江若溪 通讯员 莫小北）`);
  });

  it('leave the text when they name editors, reviewers or photographers; the writers are still reporters', () => {
    const shared = parse([...story, lead, '记者丨江若溪 通讯员丨莫小北 编辑丨韩知秋 审核丨顾念真']);
    expect(shared.text).toBe(lead);
    expect(shared.reporters).toEqual(['江若溪', '莫小北']);
    for (const credit of ['文/江若溪 图/莫小北', '文丨江若溪 图丨莫小北', '记者：江若溪；摄影：莫小北']) {
      const article = parse([...story, lead, credit, '编辑：韩知秋 审核：顾念真']);
      expect([credit, article.text, article.reporters]).toEqual([credit, lead, ['江若溪']]);
    }
    const editors = parse([...story, lead, '编辑：韩知秋 审核：顾念真']);
    expect([editors.text, editors.reporters]).toEqual([lead, []]);
  });

  it('do not open a story: 通讯员 is no dateline (通讯)', () => {
    const article = parse([
      ...story,
      lead,
      '推介会签约项目12个。',
      '会上还发布了农业数据平台。',
      '记者 江若溪',
      '通讯员 莫小北',
    ]);
    expect(article.reporters).toEqual(['江若溪', '莫小北']);
  });
});

describe('characters no reader sees', () => {
  it('are removed: zero-width spaces in names, an icon font before captions, an object replacement character', () => {
    const article = parse([
      ...story,
      '5月15日，县长林\u200b远航出席推介会并致辞。\ufeff',
      '\ue60a 县长林远航致辞',
      '\ufffc推介会签约现场',
    ]);
    expect(article.text).toBe('5月15日，县长林远航出席推介会并致辞。');
    expect((article.images ?? []).map((i) => i.caption)).toEqual(['县长林远航致辞', '推介会签约现场']);
  });
});

describe("a news agency's copy", () => {
  const wire = [
    '禾興鄉農會辦稻米品評會 四十位農友參賽',
    '(禾川社記者林遠航雲林縣11日電)禾興鄉農會今天舉辦稻米品評會，共有四十位農友參賽，鄉長莫小北到場頒獎。',
    '農會表示，得獎稻米將在年底市集展售。(編輯:江若溪)1130902',
    '延伸閱讀',
  ];

  it('names the agency and its reporter in its bracketed dateline, and the day after its editor', () => {
    const article = parse(wire);
    expect(article.source).toBe('禾川社');
    expect(article.reporters).toEqual(['林遠航']);
    expect(article.publishedAt).toBe('2024-09-02T00:00:00+08:00');
    expect(article.text.endsWith('將在年底市集展售。')).toBe(true);
  });

  it('reads a two-character reporter before a place of two', () => {
    const article = parse([
      '某鄉辦理市集',
      '(禾川社記者莫北台北3日電)某鄉今天辦理農產市集，鄉長林遠航到場。',
    ]);
    expect(article.reporters).toEqual(['莫北']);
  });
});

describe('the day and the outlet a portal prints apart', () => {
  it('is a day in brackets alone, or after the column set off by bars', () => {
    const bracketed = parse([
      '某鄉農會參訪',
      '[2020/03/05]',
      '某鄉農會理事長林遠航一行今天來訪，雙方談及農產行銷。',
    ]);
    expect(bracketed.publishedAt).toBe('2020-03-05T00:00:00+08:00');
    const column = parse([
      '某镇开展招商考察',
      '| 工作动态 |2021-06-08',
      '6月7日，某镇组织干部赴邻县学习产业园建设经验。',
    ]);
    expect([column.publishedAt, column.source]).toEqual(['2021-06-08T00:00:00+08:00', null]);
  });

  it("never names the site itself, a kind of outlet or a forum poster's place as the source", () => {
    expect(readInfoLine('来源: 本站 时间:2022-08-30 浏览量: 次').source).toBeNull();
    expect(readInfoLine('时间 : 2020年04月27日  来源 : 电视台  作者 :   浏览次数 : 213').source).toBeNull();
    expect(readInfoLine('发表于 2022-7-9 08:12:05 | 显示全部楼层 |阅读模式 来自 浙江温州').source).toBeNull();
    expect(readInfoLine('发表于 2023-11-21 08:41 | 来自 湖东发布').source).toBe('湖东发布');
  });

  it('takes the outlet from a note that the story above was taken from it', () => {
    const article = parse([
      '两地缔结友好城市',
      '5月6日，两地举行友好城市缔结仪式。',
      '(以上图文转自禾川发布)',
    ]);
    expect(article.source).toBe('禾川发布');
    expect(article.text).toBe('5月6日，两地举行友好城市缔结仪式。');
  });
});

describe('chrome several real sites print', () => {
  it('is no text: a slashed trail, a font label, back links, a heading one character a line, ids, bare addresses', () => {
    const article = parse([
      '首页 / 工作动态 / 部门信息',
      '某区召开项目推进会',
      '发布时间：2024-07-10 来源：某区融媒体中心',
      '字体大小: 字体大小',
      '7月10日上午，某区召开重大项目推进会，区长林远航出席。',
      '9c03e7a1d52f8',
      'http://news.example/2024/07/10/1.html',
      '返回列表頁',
      '往',
      '期',
      '推',
      '荐',
      '相關檔案:',
      '扫一扫，关注某某网《早知道》公众号',
      '热闻',
    ]);
    expect(article.title).toBe('某区召开项目推进会');
    expect(article.text).toBe('7月10日上午，某区召开重大项目推进会，区长林远航出席。');
  });
});

describe('headlines behind page furniture', () => {
  it("are found past a skip link, a forum poster's card, and lose a rule of dashes", () => {
    const skip = parse([
      '跳到主要內容區塊',
      ':::',
      '某鄉辦理農產市集---',
      '2024-03-02',
      '某鄉今天辦理農產市集，鄉長林遠航到場致詞。',
    ]);
    expect(skip.title).toBe('某鄉辦理農產市集');
    const forum = parse([
      '[乡镇动态] 某镇举行新春乡情座谈会',
      '[复制链接]',
      '查看: 377|回复: 2',
      '12',
      '主题',
      '3',
      '回帖',
      '95',
      '积分',
      '管理员',
      '发表于 2022-7-9 08:12:05 | 显示全部楼层 |阅读模式 来自 浙江温州',
      '7月8日，某镇举行新春乡情座谈会，镇长林远航介绍镇情。',
    ]);
    expect(forum.title).toBe('某镇举行新春乡情座谈会');
    expect(forum.source).toBeNull();
    expect(forum.publishedAt).toBe('2022-07-09T08:12:05+08:00');
  });
});

describe("an e-paper mirror's head", () => {
  it('reads the paper beside the day past a font button, and a name alone above the story as its author', () => {
    const article = parse([
      '社区专刊今日与读者见面',
      '青禾晨报 2019-04-16 07:10 大字',
      '林远航',
      '本报今天推出社区专刊，每周两期。',
      '专刊欢迎居民投稿。',
    ]);
    expect(article.source).toBe('青禾晨报');
    expect(article.reporters).toEqual(['林远航']);
  });
});

describe('Taiwan desk bylines', () => {
  it('name the reporter after a desk set off by a bar, or with a division slash', () => {
    const barred = parse([
      '禾興鄉表揚志工',
      '禾川新聞|記者林遠航/台北報導',
      '禾興鄉公所今(15)日舉辦志工表揚，鄉長莫小北頒發感謝狀。',
    ]);
    expect(barred.reporters).toEqual(['林遠航']);
    const slashed = parse([
      '禾興鄉農產品展售',
      '記者林遠航∕新竹報導',
      '禾興鄉公所昨天舉辦農產品展售會，吸引許多民眾參觀。',
    ]);
    expect(slashed.reporters).toEqual(['林遠航']);
  });

  it("drop a template's field printed with an empty program value", () => {
    const article = parse(['禾興鄉長巡視水圳', '發表日期 None', '禾興鄉長莫小北昨天巡視灌溉水圳。']);
    expect(article.text).toBe('禾興鄉長莫小北昨天巡視灌溉水圳。');
  });
});

describe('a character alone on a line', () => {
  it("is a heading's letter, except the wire's end mark, which still ends the story", () => {
    const article = parse([
      '某区召开会议',
      '2018年11月23日(星期五)',
      '某区今天召开会议，区长林远航出席。',
      '完',
      '另一则新闻标题',
      '某县今天举行活动，县长莫小北出席。',
    ]);
    expect(article.text).toBe('某区今天召开会议，区长林远航出席。');
  });
});
