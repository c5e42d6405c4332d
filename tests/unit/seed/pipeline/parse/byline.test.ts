import { describe, expect, it } from 'vitest';
import {
  authorNames,
  bylineReporters,
  isBylineLine,
  paragraphsByline,
} from '../../../../../seed/pipeline/parse/byline.ts';

describe('bylineReporters', () => {
  it.each([
    ['新民晚报讯 (记者 江跃中)4月23日下午,“数智炬生”…', ['江跃中']],
    ['本报讯（记者 林晓雨 陈思远）5月11日下午，…', ['林晓雨', '陈思远']],
    ['本报讯 记者 王海峰 通讯员 赵一鸣 3月27日，…', ['王海峰', '赵一鸣']],
    ['本报讯（记者林晓雨、陈思远）昨日，…', ['林晓雨', '陈思远']],
    ['江南晚报讯【记者 周文涛】6月1日上午，…', ['周文涛']],
    ['东湖日报讯（记者 叶知秋 实习生 唐若溪）9月5日，…', ['叶知秋', '唐若溪']],
    ['新华社北京4月23日电（记者 孟繁星）…', ['孟繁星']],
    ['（中国某某报记者 高远）近日，…', ['高远']],
    ['文/苏晚晴', ['苏晚晴']],
    ['文｜韩立新 图｜邵天宇', ['韩立新', '邵天宇']],
    ['记者 陶然 报道', ['陶然']],
    ['本报记者 张明华 北京报道', ['张明华']],
    ['记者张三通讯员李四报道', ['张三', '李四']],
    ['本报讯 记者江跃中4月23日下午，园区宣告成立。', ['江跃中']],
    ['港灣日報訊（記者 許家豪、黃詠琪）海灣科技園…', ['許家豪', '黃詠琪']],
    ['本报讯（特约记者 阿依古丽·买买提）…', ['阿依古丽·买买提']],
    ['□记者 顾晨 通讯员 邱枫', ['顾晨', '邱枫']],
    ['钱江晚报记者 吕思源 通讯员 周敏', ['吕思源', '周敏']],
    ['融媒记者 邵思雨 报道', ['邵思雨']],
    ['嘉兴日报全媒记者 邵思雨 通讯员 程可', ['邵思雨', '程可']],
    ['發布日期:記者: 韋一帆/綜合報導。', ['韋一帆']],
    ['【某傳媒／記者 韋一帆／台東 報導】鄉公所今日舉辦市集。', ['韋一帆']],
    ['发布时间：记者 邵思雨', ['邵思雨']],
    // An outlet before 記者 in a Taiwan desk byline; the place before 報導 is no reporter.
    ['禾川時報記者韋一帆/苗栗報導', ['韋一帆']],
    ['【本報訊】記者柯立安/台中報導', ['柯立安']],
    // The colon after 报道 closes the byline.
    ['本报青州5月8日电 记者邵思雨报道:园区今天揭牌。', ['邵思雨']],
    // A bracketed dateline, and a two-character name spaced out.
    ['【本报讯】(记者 顾 晨)昨天上午，…', ['顾晨']],
  ])('%s', (paragraph, reporters) => {
    expect(bylineReporters(paragraph)).toEqual(reporters);
  });

  it.each([
    '记者了解到，园区将于明年扩建。',
    '记者从市政府获悉，新政将于下月实施。',
    '记者日前走访了园区企业。',
    '据新华社记者从会上获悉，项目将于年内开工。',
    '4月23日下午，未来岛园区宣告成立。',
    '施耐德电气(中国)有限公司政府事务总监郁芳出席。',
    '（编辑：刘畅）',
    '发布日期：2023-05-06',
  ])('finds no reporter in %s', (paragraph) => {
    expect(bylineReporters(paragraph)).toEqual([]);
  });
});

describe('paragraphsByline', () => {
  it('reads a byline in the first two paragraphs, or a bracketed one closing the body', () => {
    expect(paragraphsByline(['□记者 顾晨', '正文。'])).toEqual(['顾晨']);
    expect(paragraphsByline(['导语。', '本报讯（记者 高远）正文。', '结尾。'])).toEqual(['高远']);
    expect(paragraphsByline(['正文。', '正文。', '（舟山日报记者 孙海鸥 通讯员 王锐）'])).toEqual([
      '孙海鸥',
      '王锐',
    ]);
    expect(paragraphsByline(['正文。', '正文。', '（记者 孙海鸥）在现场看到，活动持续到傍晚。'])).toEqual([]);
  });

  it('reads a dateline byline a few paragraphs down, below captions, and nothing else there', () => {
    const captions = ['青湖代表团参观禾川纺织', '青湖代表团参观禾川科技'];
    expect(paragraphsByline([...captions, '青湖新闻网讯(记者 韦一帆)3月5日，…'])).toEqual(['韦一帆']);
    expect(paragraphsByline([...captions, '记者 韦一帆 看到，园区正在扩建。', '正文。'])).toEqual([]);
    const deep = ['正文。', '正文。', '正文。', '正文。', '正文。'];
    expect(paragraphsByline([...deep, '青湖新闻网讯(记者 韦一帆)3月5日，…', '正文。'])).toEqual([]);
  });

  it("skips the writers' unit before the names of a closing bracket", () => {
    expect(paragraphsByline(['正文。', '（宏远科技 林一舟、夏蔓）'])).toEqual(['林一舟', '夏蔓']);
    expect(paragraphsByline(['正文。', '（城南街道 严露）'])).toEqual(['严露']);
    expect(paragraphsByline(['正文。', '（欧阳明远 夏蔓）'])).toEqual(['欧阳明远', '夏蔓']);
    expect(paragraphsByline(['正文。', '（但斌 顾芸瑕）'])).toEqual(['但斌', '顾芸瑕']);
  });

  it('reads bare names in the bracket after the last sentence as who signs it, not an outlet or a placeholder', () => {
    expect(paragraphsByline(['正文。', '区财政局负责人参加会议。（贺一帆）'])).toEqual(['贺一帆']);
    expect(paragraphsByline(['正文。', '区财政局负责人参加会议。（何雨 严晓）'])).toEqual(['何雨', '严晓']);
    expect(paragraphsByline(['正文。', '区财政局负责人参加会议。(严晓/图 何雨/文)'])).toEqual(['何雨']);
    expect(paragraphsByline(['正文。', '区财政局负责人参加会议。', '(严晓/图 何雨/文)'])).toEqual(['何雨']);
    for (const bracket of ['（新华社）', '（资料图）', '（图文）', '（完）'])
      expect(paragraphsByline(['正文。', `区财政局负责人参加会议。${bracket}`])).toEqual([]);
  });
});

describe('authorNames', () => {
  it('splits author fields and skips outlets', () => {
    expect(authorNames('张三 李四')).toEqual(['张三', '李四']);
    expect(authorNames('张三,新民晚报,李四')).toEqual(['张三', '李四']);
    expect(authorNames('新民晚报')).toEqual([]);
    expect(authorNames('记者：王五')).toEqual(['王五']);
  });

  it('reads past the unit a credit names before its people', () => {
    expect(paragraphsByline(['正文。', '(作者:青川建工七局 罗文远 钟立)'])).toEqual(['罗文远', '钟立']);
    expect(paragraphsByline(['正文。', '（作者：区融媒体中心 罗文远）'])).toEqual(['罗文远']);
    expect(authorNames('市交通局')).toEqual([]);
  });
});

describe('isBylineLine', () => {
  it.each([
    ['■记者 韦一帆 通讯员 柯立 蒋青', true],
    ['(记者韦一帆 通讯员柯立)', true],
    ['记者：韦一帆', true],
    ['小记者走进青湖园区', false],
    ['记者见面会在青湖召开', false],
    ['本报讯（记者 韦一帆）正文，继续。', false],
  ])('%s → %s', (line, byline) => {
    expect(isBylineLine(line)).toBe(byline);
  });
});
