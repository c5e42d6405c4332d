import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Titles and bodies as Taiwan, Hong Kong and Macau pages write them (invented sentences in traditional characters).
 * Each case has a near miss the rule must leave alone.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe("Taiwan's central government", () => {
  it('reads a minister whose title shares the last character of the body (經濟部長, 行政院長)', () => {
    const a = annotate('行政院長周立群今日偕經濟部長施國平、交通部次長梁志宏視察花蓮縣港區。');
    expect(positionsOf(a, '周立群')).toEqual(['院長 -> org:行政院']);
    expect(positionsOf(a, '施国平')).toEqual(['部長 -> org:经济部']);
    expect(positionsOf(a, '梁志宏')).toEqual(['次長 -> org:交通部']);
  });

  it('reads the same glued title on a simplified page for the mainland ministries it already knows', () => {
    expect(positionsOf(annotate('财政部长柯立文出席。'), '柯立文')).toEqual(['部长 -> org:财政部']);
  });

  it('reads a ministry on a Taiwan page by its own name, as the real-page gold writes it (科技部)', () => {
    expect(positionsOf(annotate('科技部長吳立文與嘉義縣長高文出席。'), '吴立文')).toEqual([
      '部長 -> org:科技部',
    ]);
  });

  it('names a body by one id however written (客委會, 客家委員會, 行政院客家委員會)', () => {
    for (const text of [
      '客委會副主委賴志遠表示，將與苗栗縣青禾大學合作。',
      '客家委員會副主委賴志遠表示，將與苗栗縣青禾大學合作。',
      '行政院客家委員會副主委賴志遠表示，將與苗栗縣青禾大學合作。',
    ])
      expect(positionsOf(annotate(text), '赖志远')).toEqual(['副主委 -> org:客家委员会']);
  });

  it("reads a page that names one of the five 院 and no county as Taiwan's", () => {
    expect(positionsOf(annotate('行政院長周立群偕交通部長高文視察港區。'), '高文')).toEqual([
      '部長 -> org:交通部',
    ]);
  });

  it("reads no Taiwan body on a page that names no Taiwan unit, nor a region's body (香港環保署)", () => {
    expect(ids(annotate('陸委會副主委林致遠出席論壇。'))).not.toContain('org:大陆委员会');
    expect(ids(annotate('香港特區政府環保署署長周立群與宜蘭縣代表會面。'))).not.toContain('org:环境保护署');
  });

  it('reads no Taiwan ministry on a simplified page (a firm may have an 经济部)', () => {
    expect(ids(annotate('青禾集团经济部部长周立群出席。'))).not.toContain('org:经济部');
  });

  it('reads 立委 as a legislator (a person), the seat going to the county when one is named before it', () => {
    const a = annotate('立委徐明堂、雲林縣立法委員張文華出席。');
    expect(ids(a)).toContain('person:徐明堂');
    expect(positionsOf(a, '张文华')).toEqual(['立法委員 -> place:云林县']);
  });
});

describe('Hong Kong and Macau', () => {
  it("reads the liaison office's department and a name set off by a space before its title", () => {
    const a = annotate('澳門青禾同鄉會代表團拜訪中聯辦，中聯辦聯絡部 周立安部長會見代表團。');
    expect(positionsOf(a, '周立安')).toEqual(['部長 -> org:中央人民政府驻澳门特别行政区联络办公室联络部']);
  });

  it('reads the same department with the name glued to it', () => {
    const a = annotate('中聯辦聯絡部周立安部長會見澳門青禾同鄉會代表團。');
    expect(positionsOf(a, '周立安')).toEqual(['部長 -> org:中央人民政府驻澳门特别行政区联络办公室联络部']);
  });

  it('reads a commissioner of the foreign ministry’s office and a legislator', () => {
    const a = annotate('澳門青禾商會成立典禮上，外交部駐澳公署特派員高志遠、立法會議員林美玲致辭。');
    expect(positionsOf(a, '高志远')).toEqual(['特派員 -> org:外交部驻澳公署']);
    expect(positionsOf(a, '林美玲')).toEqual(['議員 -> org:澳门立法会']);
  });

  it("reads the host association's posts after 受到 (a clause verb, no part of the first post)", () => {
    const a = annotate(
      '青禾工商聯會訪問團日前抵達澳門松川總商會拜訪，受到會長林家明，副理事長何立生的熱情接待。',
    );
    expect(positionsOf(a, '林家明')).toEqual(['會長 -> org:澳门松川总商会']);
    expect(positionsOf(a, '何立生')).toEqual(['副理事長 -> org:澳门松川总商会']);
    expect(positionsOf(annotate('澳門松川總商會常務會長林家明出席。'), '林家明')).toEqual([
      '常務會長 -> org:澳门松川总商会',
    ]);
  });

  it("names a visit to a region by the region's own name (香港到访), as its id is", () => {
    const a = annotate('上月中旬，青川市僑聯主席林家明帶領僑界代表一行到訪香港，與香港松川總會座談。');
    expect(ids(a)).toContain('event:香港到访');
    expect(ids(a)).not.toContain('event:香港特别行政区到访');
    expect(ids(annotate('上月中旬，青川市僑聯主席林家明帶領僑界代表一行到訪禾川縣。'))).not.toContain(
      'event:禾川到访',
    );
  });

  it('reads a venue after 假 (假<hotel>舉行) on a traditional page, not 假 inside a word', () => {
    expect(ids(annotate('青嶺同鄉總會週年晚宴,今晚假灣畔雅苑酒店舉行。'))).toContain('place:湾畔雅苑酒店');
    expect(ids(annotate('禾川商會將於九月一日假漁港會展中心舉辦工業展。'))).toContain('place:渔港会展中心');
    expect(ids(annotate('禾川商會將於九月一日假漁港會展中心舉辦工業展。'))).not.toContain(
      'place:九月一日假渔港会展中心',
    );
  });

  it('reads no township in 團結鄉親 (乡亲, 乡情: words of hometown ties)', () => {
    expect(ids(annotate('該會將繼續團結鄉親,凝聚鄉情,服務香港社區。'))).not.toContain(
      'place:吉林省白城市通榆县团结乡',
    );
  });

  it('places the region government and legislature in their region when the page names it as a place', () => {
    const a = annotate('林家明一行到訪香港，立法會議員周正一接待。特區政府代表也到場。');
    expect(relations(a)).toContain('LOCATED_IN org:香港立法会 -> place:香港');
    expect(relations(a)).toContain('LOCATED_IN org:香港特别行政区政府 -> place:香港');
  });

  it('reads hometown and alumni associations and federations of associations by their endings', () => {
    const a = annotate(
      '出席的嘉賓有：松川大學香港校友會會長邵立山，香港禾川同鄉會榮譽會長、香港青松社團聯會常務副主席甘立人等。',
    );
    expect(positionsOf(a, '甘立人')).toEqual([
      '榮譽會長 -> org:香港禾川同乡会',
      '常務副主席 -> org:香港青松社团联会',
    ]);
    expect(positionsOf(a, '邵立山')).toEqual(['會長 -> org:松川大学香港校友会']);
    expect(ids(annotate('他作為海內外校友會的聯絡人出席。'))).not.toContain('org:海内外校友会');
  });

  it("keeps 乾 in a person's name on a traditional page, and reads no name in 於是", () => {
    const a = annotate('香港青松同鄉會會長何乾生致辭。於是大家合影留念。');
    expect(ids(a)).toContain('person:何乾生');
    expect(ids(a)).not.toContain('person:何干生');
  });

  it("reads an association's advisers and its perpetual head (顧問, 會務顧問, 永遠會長)", () => {
    const a = annotate('澳門青松聯誼會由張大明會長偕同陳立德顧問拜會禾川辦事處。');
    expect(positionsOf(a, '陈立德')).toEqual(['顧問 -> org:澳门青松联谊会']);
    const b = annotate('禾川工商會到訪澳門青松總商會，受到會長張大明，會務顧問梁立山熱情接待。');
    expect(positionsOf(b, '梁立山')).toEqual(['會務顧問 -> org:澳门青松总商会']);
    expect(positionsOf(annotate('會見澳門青松同鄉總會永遠會長王正一一行。'), '王正一')).toEqual([
      '永遠會長 -> org:澳门青松同乡总会',
    ]);
    expect(positionsOf(annotate('禾川科技有限公司顧問陳立德出席。'), '陈立德')).toEqual([
      '顧問 -> org:禾川科技有限公司',
    ]);
  });

  it('reads no township in a clause opened after 台灣 (台灣在城市規劃…)', () => {
    const a = annotate('苗栗縣長李文德出席。訪問團見識台灣在城市規劃方面的經驗。');
    expect(ids(a)).not.toContain('place:在城市');
    expect(ids(a)).toContain('place:苗栗县');
  });

  it('goes on with a list from the post before 兼, not from the second post', () => {
    const a = annotate('澳門青禾總會會長陳家明、副會長兼全國政協委員何立生、副理事長梁志遠出席。');
    expect(positionsOf(a, '梁志远')).toEqual(['副理事長 -> org:澳门青禾总会']);
  });

  it('names an office that holds its region as written (澳門中聯辦, 中央人民政府駐澳門特區聯絡辦公室)', () => {
    expect(ids(annotate('澳門中聯辦主任周立安出席青禾會活動。'))).toContain('org:澳门中联办');
    expect(ids(annotate('中央人民政府駐澳門特區聯絡辦公室經濟部周立安副部長出席。'))).toContain(
      'org:中央人民政府驻澳门特区联络办公室经济部',
    );
  });

  it("names a bare 中聯辦 by the page's one region, and as written when the page names both", () => {
    expect(ids(annotate('香港青禾商會拜訪中聯辦。'))).toContain('org:中央人民政府驻香港特别行政区联络办公室');
    expect(ids(annotate('澳門青禾會拜訪中聯辦。'))).toContain('org:中央人民政府驻澳门特别行政区联络办公室');
    expect(ids(annotate('香港青禾商會與澳門青禾會拜訪中聯辦。'))).toContain('org:中联办');
  });

  it('reads no department where 中联办 is followed by words of a clause or all its staff', () => {
    expect(ids(annotate('香港青禾商會與中聯辦有關部門座談。'))).not.toContain(
      'org:中央人民政府驻香港特别行政区联络办公室有关部',
    );
    expect(ids(annotate('澳門青禾會感謝中聯辦全體幹部長期支持。'))).not.toContain(
      'org:中央人民政府驻澳门特别行政区联络办公室全体干部',
    );
  });
});

describe("Taiwan's councils", () => {
  it("reads a council's post after a county or city (full or short) as the post of its council", () => {
    expect(positionsOf(annotate('苗栗縣副議長李文德致詞，歡迎青禾大學師生。'), '李文德')).toEqual([
      '副議長 -> org:苗栗县议会',
    ]);
    expect(positionsOf(annotate('宜蘭議長周立德致詞時感謝宜蘭縣議會同仁。'), '周立德')).toEqual([
      '議長 -> org:宜兰县议会',
    ]);
  });

  it("leaves a division head's own title with the division", () => {
    expect(positionsOf(annotate('苗栗縣縣長李文德致詞。'), '李文德')).toEqual(['縣長 -> place:苗栗县']);
  });
});

describe('bylines that name their own outlet', () => {
  const reporters = ['周立安'];

  it('reads a Taiwan desk byline with the outlet before 記者 (【X/記者 A/某地 報導】)', () => {
    const a = annotate('【青禾傳媒／記者 周立安／新竹 報導】新竹縣政府今日舉行招商說明會。', { reporters });
    expect(positionsOf(a, '周立安')).toEqual(['記者 -> org:青禾传媒']);
  });

  it("gives the outlet in the bracket, not the page's own, and no qualified title to the page's", () => {
    const a = annotate('青禾新聞網訊(青禾融媒記者 周立安)7月16日，青禾縣召開座談會。', {
      reporters,
      source: '青禾新闻网',
    });
    expect(positionsOf(a, '周立安')).toEqual(['記者 -> org:青禾融媒']);
  });

  it('reads a kind of reporter (融媒體記者) as a title, not an outlet', () => {
    const a = annotate('青禾日報訊(融媒體記者 周立安)7月16日，青禾縣召開座談會。', {
      reporters,
      source: '青禾日报',
    });
    expect(ids(a)).not.toContain('org:融媒体');
  });
});

describe("Taiwan's township councils", () => {
  it('reads <township>民代表會 as the township’s body, in the township', () => {
    const a = annotate('新竹縣青禾鎮民代表會副主席高文遠致詞。');
    expect(positionsOf(a, '高文远')).toEqual(['副主席 -> org:青禾镇民代表会']);
  });
});

describe('a Taiwan county head and council speaker addressed by name', () => {
  it('reads a bare 縣議會 of the county the page names, and its speaker', () => {
    const a = annotate('典禮昨(10)日舉行，新竹縣長柯文達、縣議會議長唐鎮宇率議會黨團與會。');
    expect(positionsOf(a, '唐镇宇')).toEqual(['議長 -> org:新竹县议会']);
    // (唐鎮 of 唐鎮宇 is no town.)
    expect(ids(a).filter((id) => id.startsWith('place:') && id.includes('唐镇'))).toEqual([]);
  });

  it('reads no name after a title that addresses a person the page names (童縣長周全的規劃, 市長連選連任)', () => {
    const a = annotate(
      '新竹縣長童文達出席團拜。議長說，縣府同仁在童縣長周全的規劃下打拼。他預祝柯善言市長連選連任，桃園市長柯善言致詞。',
    );
    expect(ids(a)).toEqual(expect.arrayContaining(['person:童文达', 'person:柯善言']));
    expect(ids(a).filter((id) => /person:(?:周全|连选)/.test(id))).toEqual([]);
    expect(ids(a).filter((id) => id.includes('善言市'))).toEqual([]);
  });

  it('reads a verb of calling on someone between the council and the title as no part of the title (拜會議長)', () => {
    const a = annotate('禾川商圈發展協會會長柯青禾率團到台中市議會拜會議長柯善言，雙方交換意見。');
    expect(positionsOf(a, '柯善言')).toEqual(['議長 -> org:台中市议会']);
  });

  it('still reads the name after a firm head named right before another post (董事长张三总经理李四)', () => {
    const a = annotate('青禾集团副董事长柯文山出席。青禾集团董事长柯文山总经理童一鸣出席。');
    expect(ids(a)).toContain('person:童一鸣');
  });
});
