/**
 * Position titles as Chinese official and business news writes them, with the kind of body each belongs to.
 * The kind decides what a title without its own organisation attaches to (`党委书记、董事长钱世嵘`: 董事长 goes to
 * the unit the 党委 belongs to; `镇党委委员、组织委员徐琳`: 组织委员 stays with the 党委).
 */

export type TitleKind =
  /** 区长, 副市长: the head of a division's government; attaches to the division (a Place). */
  | 'division'
  /** 书记, 常委, 委员: party posts; attach to a party body. */
  | 'party'
  /** 部长, 主任, 局长, 会长: heads of a department, commission, association, institute. */
  | 'office'
  /** 董事长, 总经理, 总监: company posts; attach to the company (or the unit a 党委 belongs to). */
  | 'company'
  /** 记者, 通讯员: newsroom posts; attach to the outlet. */
  | 'media'
  /** 教授, 研究员, 院士: academic ranks. */
  | 'academic';

const DIVISION = (
  '省长 副省长 常务副省长 省长助理 市长 副市长 常务副市长 代市长 市长助理 区长 副区长 常务副区长 代区长 区长助理 ' +
  '县长 副县长 常务副县长 代县长 镇长 副镇长 乡长 副乡长 州长 副州长 旗长 副旗长 盟长 副盟长 总理 ' +
  '副总理 国务委员 国家主席 国家副主席 行政长官 ' +
  // A village's head (上坪村村长X) and a Taiwan 里's (X里里长): the post of the village or 里 named before it.
  '村长 副村长 里长 副里长 ' +
  // 连江县立法委员X: Taiwan's legislator holds the seat of the county that elected them (立委 for short).
  '立法委员 立委'
).split(' ');

const PARTY = (
  '书记 副书记 专职副书记 第一书记 常务副书记 常委 常务委员 委员 组织委员 宣传委员 ' +
  '纪检委员 统战委员 青年委员 保密委员 候补委员 党组成员 总书记'
).split(' ');

/** A council's posts (议长, 议员): written bare, they are the posts of the council the text names. */
const COUNCIL_POSTS = ['议长', '副议长', '议员'];

/** A country's envoys abroad (驻<city>总领事X, <country>大使X): overseas Chinese pages name them among the guests. */
export const ENVOY_TITLES = ['大使', '副大使', '总领事', '副总领事', '领事', '参赞', '公使'];

const OFFICE = [
  ...(
    '部长 副部长 常务副部长 主任 副主任 常务副主任 专职副主任 主任委员 副主任委员 局长 ' +
    '副局长 处长 副处长 科长 副科长 厅长 副厅长 秘书长 副秘书长 主席 副主席 常务副主席 ' +
    '会长 副会长 执行会长 常务副会长 轮值会长 共同主席 联席主席 轮值主席 名誉会长 荣誉会长 永远荣誉会长 终身荣誉会长 创会会长 名誉主席 荣誉主席 ' +
    // A chamber's life posts (永远会长, 永久荣誉会长) and its adviser on its affairs (会务顾问).
    '永远会长 永久会长 永久荣誉会长 永远名誉会长 永久名誉会长 会务顾问 ' +
    // The head of a federation of societies (<words>总会, 联合总会): 总会长, its deputies and past heads; 创会长 is
    // 创会会长 written short.
    '总会长 副总会长 荣誉总会长 名誉总会长 创会总会长 创会长 ' +
    '名誉理事长 荣誉理事长 理事长 副理事长 常务理事 理事 监事长 院长 ' +
    '副院长 常务副院长 所长 副所长 校长 副校长 站长 副站长 馆长 副馆长 社长 副社长 总编辑 ' +
    '副总编辑 主编 副主编 台长 副台长 队长 副队长 调研员 副调研员 一级调研员 二级调研员 巡视员 副巡视员 ' +
    '一级巡视员 二级巡视员 三级调研员 四级调研员 ' +
    // A civil servant's rank (职级) written as the post: 一级 to 四级主任科员, 一级 and 二级科员.
    '主任科员 一级主任科员 二级主任科员 三级主任科员 四级主任科员 一级科员 二级科员 ' +
    '负责人 主管 专员 干事 委员长 副委员长 司长 副司长 署长 行长 ' +
    '副行长 审计长 检察长 副检察长 庭长 副庭长 指导员 政委 园长 秘书 主任医师 首席专家 ' +
    '首席科学家 总工程师 副总工程师 总规划师 总建筑师 总会计师 总经济师 总设计师 召集人 ' +
    '发言人 新闻发言人 联络员 网格员 所长助理 院长助理 局长助理 主任助理 审判员 助理审判员 检察员 组成人员 顾问 ' +
    '高级顾问 参议 人民陪审员 陪审员 ' +
    // A deputy to a people's congress (<division>人大代表): the post 代表 at that congress (../congress-members.ts).
    '人大代表 ' +
    // Taiwan's farmers' associations and commissions: 总干事 (the manager), 常监 (常务监事), 主委 (主任委员).
    '总干事 副总干事 常务监事 常监 主委 副主委 ' +
    // Taiwan's ministries: 次长 (the vice-minister), 政务委员 (a minister without portfolio of the 行政院).
    '次长 政务次长 常务次长 政务委员 ' +
    // The foreign ministry's commissioner in Hong Kong or Macau (外交部驻X公署特派员).
    '特派员 副特派员'
  ).split(' '),
  ...COUNCIL_POSTS,
  ...ENVOY_TITLES,
];

/**
 * The posts that only a firm's own heads hold (董事长, 总裁): a short word before one, with a person's name next to it,
 * names the firm (./named-titled.ts). Not 经理, 总监, 监事: a function or a project names those too (项目经理).
 */
export const FIRM_HEAD_TITLES: readonly string[] = (
  '董事长 副董事长 执行董事 董事会秘书 总经理 副总经理 常务副总经理 执行总经理 总裁 副总裁 高级副总裁 ' +
  '执行副总裁 执行总裁 联席总裁 首席执行官 创始人 联合创始人'
).split(' ');

const COMPANY = [
  ...FIRM_HEAD_TITLES,
  ...(
    '董事 独立董事 董秘 ' +
    '首席运营官 ' +
    '首席财务官 首席技术官 首席信息官 首席营销官 首席战略官 首席数字官 首席代表 总监 副总监 ' +
    '经理 副经理 合伙人 高级合伙人 管理合伙人 监事 监事会主席 总代表 店长 ' +
    '厂长 副厂长 总经理助理 总裁助理 董事长助理 CEO CFO COO CTO CIO VP 掌门人 实际控制人 法定代表人'
  ).split(' '),
];

const MEDIA = (
  '记者 本报记者 首席记者 特约记者 见习记者 实习记者 全媒体记者 融媒体记者 通讯员 特约通讯员 摄影记者 编辑 ' +
  '实习生'
).split(' ');

const ACADEMIC = '教授 副教授 研究员 副研究员 院士 博士生导师 讲师 高级工程师'.split(' ');

const KIND_BY_TITLE = new Map<string, TitleKind>();
for (const [kind, list] of [
  ['division', DIVISION],
  ['party', PARTY],
  ['office', OFFICE],
  ['company', COMPANY],
  ['media', MEDIA],
  ['academic', ACADEMIC],
] as const) {
  for (const title of list) KIND_BY_TITLE.set(title, kind);
}

export const TITLES: readonly string[] = [...KIND_BY_TITLE.keys()].sort((a, b) => b.length - a.length);

export const COUNCIL_POST = new RegExp(`^(?:${COUNCIL_POSTS.join('|')})$`);

/** Every title, longest first, as one alternation (for scanning a text). */
export const TITLE_PATTERN = TITLES.join('|');

/** The kind of a title as written: its own kind, or the kind of the lexicon title it ends with (政府事务总监). */
export function titleKind(title: string): TitleKind | undefined {
  const own = KIND_BY_TITLE.get(title);
  if (own) return own;
  const core = titleSuffix(title);
  return core ? KIND_BY_TITLE.get(core) : undefined;
}

/** The lengths titles come in, longest first: a suffix is looked up once per length, not matched against each title. */
const TITLE_LENGTHS = [...new Set(TITLES.map((t) => t.length))];

/** The longest lexicon title that `text` ends with. */
export function titleSuffix(text: string): string | undefined {
  for (const length of TITLE_LENGTHS) {
    if (length > text.length) continue;
    const tail = text.slice(text.length - length);
    if (KIND_BY_TITLE.has(tail)) return tail;
  }
  return undefined;
}
