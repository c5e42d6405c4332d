/**
 * Words the walk left over a name by its ending reads (../named.ts), besides the boundaries of ./words.ts.
 */

/** Verbs that occur inside names (祁连山路创新产业发展带, 上海联合产权交易所, 招商银行). */
export const NAME_VERBS: ReadonlySet<string> = new Set(
  (
    '创新 联合 招商 投资 控股 发展 建设 服务 移动 交易 开发 设计 检测 研究 制造 运营 ' +
    '孵化 创业 引领 振兴 保障 管理 通信 推广 促进 培训 交流 合作 科创 智造 共享 融合 ' +
    '互联 物流 航天 建工 生 带 动力 电气 保险 证券 修造 修理 维修 建造 运输 传动 检验 ' +
    '研发 融资 担保 租赁 养殖 加工 培育 推进 孵化器 智算 联运 冷链 ' +
    // …and words the segmenter tags as pronouns or idioms inside associations' names (中西区各界协会).
    '各界 各界人士'
  ).split(' '),
);
/** Words that stop the walk left (优化…, 在华全资子公司…) besides STOP_BEFORE_NAME in ./words.ts (a word is in one of the two). */
export const NAME_STOPS: ReadonlySet<string> = new Set(
  (
    '优化 持续 培育 发挥 全资 在华 子公司 分公司 方 ' +
    '运营方 当前 近年来 未来五年 嘉宾 任 她 他 它 我 你 要 会 能 ' +
    '可 应 需 同志 希望 用好 结合 建强 设立 担任 曾任 此前 设在 设于 秘书处 另有 选举 扎根 ' +
    '充分发挥 积极探索 大力发展 加快推进 全力打造 着力打造 积极推进 不断完善 主会场 分会场 ' +
    '全力支持 大力支持 做强 做大 做优 做实 做好 建好 管好 带动 ' +
    // 当选新一届X主席, 营造有利于X的环境, 健全X组织, 领导拜会X集团, 举全X之力, X推行Y: verbs and terms, no name.
    '当选 荣膺 荣升 晋升 新一届 往届 本届 上届 历届 营造 有利于 健全 拜会 拜访 参访 到访 推行 举 全 ' +
    // 认真领会X, 勉励X, 汇报X: verbs of learning, praising and reporting.
    '领会 勉励 汇报 简要'
  ).split(' '),
);
/**
 * 志愿者参与社区…, 代表团听取开发区…, 紧邻X产业园: verbs of what someone does to or beside a place, which a place's name
 * (not a company's: 协商文化传媒有限公司) starts after; generic words after them name no place. The one-character ones
 * (进社区, 帮百村) end a place's walk only when generic words or less follow (see ../named-scan.ts).
 */
export const PLACE_CLAUSE_VERBS: ReadonlySet<string> = new Set(
  '参与 听取 紧邻 毗邻 构建 帮 进 无 拼 联系 选派 致力于 突破 落地 发给 分发 规划好 服务好 协商 介绍 推介 参观 考察 调研 走访 视察 来到 前往 走进 莅临 拓展 建议 加快'.split(
    ' ',
  ),
);
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['与', '和', '及']);
/** What a real name is not followed by: 党建联盟空间 is a room, 党建联盟影片 a film. */
export const NOT_AFTER_NAME: readonly string[] =
  '空间 阵地 基地 大厦 大楼 展厅 影片 品牌 模式 理念 体系 建设 生活 实施方案'.split(' ');
/**
 * Words that describe a kind of organisation (大型<trade>集团, 一流<trade>企业): a head they open made of
 * common nouns names no one.
 */
export const DESCRIPTION_WORDS: readonly string[] =
  '超大型 大型 中型 小型 知名 著名 超一流 一流 国内 龙头 优质 领先 头部 骨干 新型'.split(' ');
/** Meeting nouns an ending is read inside of (协商会 is no 商会, 办公会 no 公会). */
export const INSIDE_WORD: readonly string[] = '协商会 磋商会 办公会'.split(' ');
/** Verbs that make what follows a goal (建设“…示范园区”, 打造…发展带): a mention, never an entity by itself. */
export const GOAL_VERBS: readonly string[] =
  '建设 打造 创建 争创 建成 成为 迈向 朝着 创成 共建 筹建 拟建'.split(' ');
/** Goal verbs that also occur inside names (…共建实验室): they do not end a name's head. */
export const GOAL_VERBS_IN_NAMES: ReadonlySet<string> = new Set(['建设', '创建', '共建']);
/** Characters that make a clause of the words around them (的, 并, 和 …): never inside a brand. */
export const FUNCTION_CHAR = /[的并与及或了对向将把被从等]/;
/**
 * Words that open a description of a class of bodies or places, not a name (各驻外联谊会, 周边城市联谊会, 部分国有企业集团,
 * 所在属地街道办事处); 各界 (各界人士联谊会) is a word of names and is not one of them.
 */
export const CLASS_OPENER =
  /^(?:各(?!界)|多家|多个|多所|若干|部分|一些|这些|那些|其他|其它|上述|有关|相关|众多|周边|所在|所属|属地|海内外)/;
/** Locatives that close a verb's clause (合并后, 成立以来, 改制前): a name starts after them. */
export const CLAUSE_LOCATIVE: ReadonlySet<string> = new Set([
  '后',
  '前',
  '时',
  '以后',
  '之后',
  '以前',
  '之前',
  '以来',
]);
