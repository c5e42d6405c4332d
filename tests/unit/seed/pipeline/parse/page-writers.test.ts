import { describe, expect, it } from 'vitest';
import { page } from './page.ts';

/**
 * Who wrote the story and for which outlet: the credits that close it, desk and place bylines, the outlet a dateline
 * names (seed/pipeline/parse/closing-credits.ts, byline.ts, agency-dateline.ts). The pages are made up in the shapes
 * the real ones print.
 */

describe('children and their teachers', () => {
  it('reads a child reporter and the teacher who guided the piece as its writers', () => {
    const article = page([
      '小记者走进消防站',
      '2024-05-20 10:00 来源:江城晚报',
      '5月18日，江城晚报小记者团走进城东消防站参观学习。',
      '(小记者 王怡迪 指导老师 苏青禾)',
    ]);
    expect(article.reporters).toEqual(['王怡迪', '苏青禾']);
  });
});

describe('credits that sign the story', () => {
  it('keeps a closing credit that names only writers as text, and reads them as reporters', () => {
    const signed = page([
      '某区调研工业企业',
      '来源:某某发布',
      '11月19日，区长某某深入企业调研。',
      '(图文:岳青禾 林晚照)',
    ]);
    expect(signed.text).toBe('11月19日，区长某某深入企业调研。\n(图文:岳青禾 林晚照)');
    expect(signed.reporters).toEqual(['岳青禾', '林晚照']);
    const reporter = page(['某区签约', '来源:某某发布', '1月2日，区政府与某公司签约。', '記者:蕭文遠']);
    expect(reporter.text).toBe('1月2日，区政府与某公司签约。\n記者:蕭文遠');
    expect(reporter.reporters).toEqual(['蕭文遠']);
  });

  it('leaves a credit naming editors or photographers out of the text', () => {
    const article = page([
      '某区签约',
      '来源:某某发布',
      '1月2日，区政府与某公司签约。',
      '(图文:岳青禾 审核:林晚照)',
      '记者:蕭文遠 摄影:柏舟',
    ]);
    expect(article.text).toBe('1月2日，区政府与某公司签约。');
  });

  it('reads the writers of a closing bracket that names their unit first', () => {
    const article = page([
      '某社区党建联建签约',
      '来源:某某发布',
      '签约后，与会人员参观了社区。(某某建设公司 岳青禾、林晚照)',
    ]);
    expect(article.reporters).toEqual(['岳青禾', '林晚照']);
  });

  it('reads no author from a read-aloud button after an empty author field', () => {
    const article = page([
      '某区召开会议',
      '刊发日期:2023-03-10 阅读次数: 作者:admin  语音阅读:',
      '3月9日，某区召开会议。',
    ]);
    expect(article.reporters).toEqual([]);
  });
});

describe('the outlet a dateline names', () => {
  it('is the source when the page gives none, and no part of a derived title', () => {
    const spaced = page(['某某网 日前,某镇举行党建联盟签约仪式。', '三家党组织签署了党建联盟协议。']);
    expect(spaced.source).toBe('某某网');
    expect(spaced.title).toBe('日前,某镇举行党建联盟签约仪式');
    const wire = page(['某县召开座谈会', '新华社北京5月1日电(记者 岳青禾)某县召开座谈会。']);
    expect(wire.source).toBe('新华社');
  });

  it('is not read from 本报 or a page that names its source', () => {
    expect(page(['某县召开座谈会', '本报讯 5月1日，某县召开座谈会。']).source).toBeNull();
    expect(page(['某县召开座谈会', '来源:某县发布', '某某网讯 5月1日，某县召开座谈会。']).source).toBe(
      '某县发布',
    );
  });
});

describe('bylines that say where the reporter files from', () => {
  it('reads desk bylines (報導 after a place or a desk)', () => {
    const desk = page(['即時中心/林子遠報導', '據了解，某某市政府今(10)天提出申請。']);
    expect(desk.reporters).toEqual(['林子遠']);
    expect(desk.title).toBe('據了解，某某市政府今(10)天提出申請');
    const paper = page([
      '某區公所與某市締結姐妹市',
      '某某報／ 記者余青遠／台中即時報導',
      '某區公所與某市簽署姊妹市協定。圖／某某市府提供',
      '某區與某市昨透過視訊方式締結姊妹市區，由區長鄭遠與市長共同簽署協議。',
    ]);
    expect(paper.reporters).toEqual(['余青遠']);

    expect(page(['鄭青山\\臺中報導 某某局要求全市學校落實潔牙。']).reporters).toEqual(['鄭青山']);
    // A colon after 記者, in brackets: the place before 報導 is where the reporter files from, not a second name.
    const bracketed = page([
      '某縣議會完成總預算審查',
      '(記者:蒲然/東港報導)某縣議會議長柯文村今(10)日表示,總預算審查已經完成。',
    ]);
    expect(bracketed.reporters).toEqual(['蒲然']);
  });

  it('reads a reporter who files from a place written between the name and 报道', () => {
    const article = page(['某某主任昨日到某某大樓考察。', '(某某全媒體記者黃一舟澳門報道)']);
    expect(article.reporters).toEqual(['黃一舟']);
  });
});
