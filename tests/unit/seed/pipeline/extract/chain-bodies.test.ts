import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/** Which body a title in a chain goes to (invented sentences with the structures of real pages). */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('a party group in a chain', () => {
  it('gives a bare 党组 after a body of a division to that body, part of it', () => {
    const a = annotate('5月20日，湖州市政协主席、党组书记韦立众带队赴企业调研。');
    expect(positionsOf(a, '韦立众')).toEqual([
      '主席 -> org:浙江省湖州市政协',
      '书记 -> org:浙江省湖州市政协党组',
    ]);
  });

  it('gives a bare 党组成员 after a list the party group of the body the list holds', () => {
    const a = annotate('德清县政协召开常委会议，县政协副主席韩一才、马云青，党组成员罗立良等到会。');
    expect(positionsOf(a, '罗立良')).toEqual(['成员 -> org:浙江省湖州市德清县政协党组']);
  });
});

describe('a division title after a body of another level', () => {
  it('goes to the division of its own level, not to the town whose committee came before', () => {
    const a = annotate('嘉善县委常委、西塘镇党委书记钱一宾，副县长程一涛共同为基地揭牌。');
    expect(positionsOf(a, '程一涛')).toEqual(['副县长 -> place:浙江省嘉兴市嘉善县']);
  });

  it('gives a secretary-general after a division head the division’s government', () => {
    const a = annotate('嘉善县副县长林一舟、秘书长蔡立新出席签约。');
    expect(positionsOf(a, '蔡立新')).toEqual(['秘书长 -> org:浙江省嘉兴市嘉善县政府']);
  });
});

describe('words between a body and its title', () => {
  it('reads a name there as the holder, ending the next name’s chain', () => {
    const a = annotate('嘉禾县韩立春县长、青湖商会会长陈雪松、议长张一江出席。');
    expect(positionsOf(a, '韩立春')).toEqual(['县长 -> place:湖南省郴州市嘉禾县']);
    expect(positionsOf(a, '陈雪松')).toEqual(['会长 -> org:青湖商会']);
  });

  it('reads 原 there as a past post that holds nothing, and a title before it as current', () => {
    const a = annotate('湖州市政协常委原副主席、青禾联合会会长柯立强为大会致辞。');
    expect(positionsOf(a, '柯立强')).toEqual(['常委 -> org:浙江省湖州市政协', '会长 -> org:青禾联合会']);
    const b = annotate('德清县人大常委原秘书长、青禾联合会会长柯立强为大会致辞。');
    expect(positionsOf(b, '柯立强')).toEqual(['会长 -> org:青禾联合会']);
  });

  it('reads a verb before a title as the clause’s', () => {
    const a = annotate('在青阳县举行的招商推介会上，嘉宾包含副县长陶一舟与十余位企业家。');
    expect(positionsOf(a, '陶一舟')).toEqual(['副县长 -> place:安徽省池州市青阳县']);
  });

  it('reads an office of a government written short as the government’s office, or the one named in full', () => {
    expect(positionsOf(annotate('湖州市政府外办主任祁立新宣读名单。'), '祁立新')).toEqual([
      '主任 -> org:浙江省湖州市政府外办',
    ]);
    const a = annotate(
      '湖北省人民政府外事办公室发布了年度计划。在随后的采访中，湖北省人民政府外办主任祁立新介绍了重点。',
    );
    expect(positionsOf(a, '祁立新')).toEqual(['主任 -> org:湖北省人民政府外事办公室']);
    expect(ids(a)).not.toContain('org:湖北省人民政府外办');
  });
});

describe('a council’s post and a post named again', () => {
  it('gives a council post written after its division the division’s council', () => {
    const a = annotate('嘉义县议长柯立平今日率团访问花莲县政府。');
    expect(positionsOf(a, '柯立平')).toEqual(['议长 -> org:嘉义县议会']);
  });

  it('keeps a bare post named again where the first mention held it, not at a council visited since', () => {
    const a = annotate(
      '嘉义县议会访问团来到高雄市，议长柯立平随后拜会高雄市议会，由该会的陈一治副议长接待。议长柯立平对陈一治表示感谢。',
    );
    expect(positionsOf(a, '柯立平')).toEqual(['议长 -> org:嘉义县议会']);
  });

  it('reads a 协进会 as an association holding its officers’ posts', () => {
    const a = annotate('青禾工商协进会秘书长韩一鸣介绍了合作项目。');
    expect(positionsOf(a, '韩一鸣')).toEqual(['秘书长 -> org:青禾工商协进会']);
  });
});

describe('a branch of an association named in full, then bare', () => {
  it('is one organisation, which holds the posts written after the bare name', () => {
    const a = annotate(
      '青禾茶叶协会茶饮分会今年春天在江州挂牌。据介绍，茶饮分会目前有会员单位四十家，茶饮分会秘书长程一帆负责日常工作。',
    );
    expect(ids(a)).not.toContain('org:茶饮分会');
    expect(positionsOf(a, '程一帆')).toEqual(['秘书长 -> org:青禾茶叶协会茶饮分会']);
  });

  it('keeps two branches of one association apart', () => {
    const a = annotate('青禾茶叶协会茶饮分会与青禾茶叶协会花卉分会签署协议。花卉分会会长韦一山致辞。');
    expect(positionsOf(a, '韦一山')).toEqual(['会长 -> org:青禾茶叶协会花卉分会']);
    expect(ids(a)).toContain('org:青禾茶叶协会茶饮分会');
  });
});

describe('a past post opening a chain, and words that hold no post', () => {
  it('keeps a later post with a body of its own current after a past one', () => {
    const a = annotate('江西省科技厅原副厅长、南昌青禾企业协会顾问唐一植到会。');
    expect(positionsOf(a, '唐一植')).toEqual(['顾问 -> org:南昌青禾企业协会']);
  });

  it('gives a place before a firm’s sales region or a site it cannot read no post', () => {
    const a = annotate(
      '青禾集团总裁韦立群、总裁助理、江苏大区总经理程一伟出席。青岛大学副校长、苏州园博园总设计师韦立强出席论坛。',
    );
    expect(positionsOf(a, '程一伟')).toEqual(['总裁助理 -> org:青禾集团']);
    expect(positionsOf(a, '韦立强')).toEqual(['副校长 -> org:青岛大学']);
  });

  it('gives an association’s post after a division the association of that division named before', () => {
    const a = annotate('连江县青年创业联谊会今日成立，青禾促进会致贺。连江县创会会长柯立安介绍了筹备经过。');
    expect(positionsOf(a, '柯立安')).toEqual(['创会会长 -> org:连江县青年创业联谊会']);
  });

  it('names no company from a clause before 公司 (辞去 ends a name)', () => {
    const a = annotate('经研究，董事会同意韦立女士辞去公司副总经理职务，聘任程一忠女士为公司副总经理。');
    expect(ids(a).filter((id) => id.startsWith('org:'))).toEqual([]);
  });
});

describe('an office of a government named in full', () => {
  it('is the division’s body, with the id its short name would get the division prefix of', () => {
    const a = annotate('湖州市政府外事办公室与青禾集团签约。湖州市政府外办主任祁立新出席。');
    expect(positionsOf(a, '祁立新')).toEqual(['主任 -> org:浙江省湖州市政府外事办公室']);
    expect(ids(a)).not.toContain('org:湖州市政府外事办公室');
  });
});

describe('one post in two associations listed before it', () => {
  it('is held in each association, and a post after another body is not', () => {
    const a = annotate('青禾茶业协会、湖州市茶业协会会长韦立茂主持了交流会。');
    expect(positionsOf(a, '韦立茂')).toEqual(['会长 -> org:青禾茶业协会', '会长 -> org:湖州市茶业协会']);
    const b = annotate('湖州市委常委、青禾商会会长程一帆出席。');
    expect(positionsOf(b, '程一帆')).toEqual(['常委 -> org:浙江省湖州市委', '会长 -> org:青禾商会']);
  });
});

describe('a bare post of someone acting for an organisation', () => {
  it('is that organisation’s when it is written right after 代表', () => {
    const a = annotate('签约仪式上，总经理韦立义代表青禾集团和江山市签署了框架协议。');
    expect(positionsOf(a, '韦立义')).toEqual(['总经理 -> org:青禾集团']);
    expect(positionsOf(annotate('会上，总经理韦立义代表公司致辞。'), '韦立义')).toEqual([]);
  });
});

describe('a surname and 一行 after a title', () => {
  it('is a leader with the party, no person named 一行', () => {
    const a = annotate('会前，湖州市委书记韦立新会见了德清县委副书记祁一行。');
    expect(ids(a)).not.toContain('person:祁一行');
    expect(ids(a)).toContain('person:韦立新');
  });
});

describe('a name between a body and its title, the title closed by 于 and a date', () => {
  it('reads the name and the post before 于 and a date, not before 于是', () => {
    const a = annotate('青禾集团韦立山董事长于5月3日至5日赴湖州市考察。');
    expect(positionsOf(a, '韦立山')).toEqual(['董事长 -> org:青禾集团']);
    const b = annotate('青禾集团韦立山董事长于是决定扩产。');
    expect(ids(b)).not.toContain('person:韦立山');
  });
});

describe('a name between a body and its title, the clause going on with one character', () => {
  it('reads the name and the post before 赴, 到, 在 or 等', () => {
    for (const [sentence, name] of [
      ['6月2日，青禾集团韦立山董事长赴湖州市考察。', '韦立山'],
      ['禾川商会柯远明会长到德清县洽谈项目。', '柯远明'],
      ['青禾公司罗立华总经理等12人参加座谈。', '罗立华'],
    ] as const)
      expect(positionsOf(annotate(sentence), name)).toHaveLength(1);
  });

  it('does not read a name where the title opens a longer word', () => {
    expect(ids(annotate('青禾集团韦立山董事长办公会召开。'))).not.toContain('person:韦立山');
  });
});

describe('one post after a list of associations of different kinds', () => {
  it('is the last association’s only, and never in a list of who attends', () => {
    // Of one kind by name, but listed as attending (有 … 等): the post is the last one's.
    const a = annotate('到场的有禾川竹业协会、江山市竹业协会会长蒲立岩等。');
    expect(positionsOf(a, '蒲立岩')).toEqual(['会长 -> org:江山市竹业协会']);
    // Two kinds of body (a trade association, a chamber): the post is the chamber's.
    const b = annotate('禾川竹业协会、青川商会会长蒲立岩作了发言。');
    expect(positionsOf(b, '蒲立岩')).toEqual(['会长 -> org:青川商会']);
    const c = annotate('出席活动的有青禾茶业协会、禾川商会会长韦立茂等。');
    expect(positionsOf(c, '韦立茂')).toEqual(['会长 -> org:禾川商会']);
  });
});

describe('a bare post of someone acting for a body that cannot hold it', () => {
  it('gives a government, a party committee or a firm nothing', () => {
    expect(positionsOf(annotate('会上，主任柏文远代表开化县政府致辞。'), '柏文远')).toEqual([]);
    expect(positionsOf(annotate('会上，主任蒲文山代表江山市人民政府与青禾集团签约。'), '蒲文山')).toEqual([]);
    expect(positionsOf(annotate('年会上，会长蒲一川代表青禾集团致辞。'), '蒲一川')).toEqual([]);
    expect(positionsOf(annotate('晚宴上，秘书长蒲青岚代表禾川竹业协会致谢。'), '蒲青岚')).toEqual([
      '秘书长 -> org:禾川竹业协会',
    ]);
  });
});

describe('a division’s 秘书长 with no association of the division named before', () => {
  it('is the division government’s', () => {
    expect(positionsOf(annotate('开化县秘书长柏文远出席。'), '柏文远')).toEqual([
      '秘书长 -> org:浙江省衢州市开化县政府',
    ]);
  });
});
