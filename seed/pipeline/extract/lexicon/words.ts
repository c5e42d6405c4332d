/**
 * Closed word lists the rules anchor on: what may follow a person name, what stops a name from reaching further
 * left, and words that never make a name on their own.
 */

/** Words telling a happening or an agreement is still to come (将出席, 拟与…签署); each reader adds its neighbours. */
export const TO_COME_WORDS = '即将|将|拟|计划|准备';
/** An agreement intended, not made: the words right before its parties (将与…签署, 有望与…合作). */
export const INTENDED_BEFORE = new RegExp(`(?:${TO_COME_WORDS}|有望|希望|愿意|期待)$`);
/** How a text declares a short form in brackets after a name: (以下简称“X”), （下称：X）, (简称X). */
export const DECLARES_SHORT = '(?:以下简称|以下称|下称|简称)[:：]?';
/** Who writes or credits a page, not someone in its story (记者A, 通讯员B, 编辑C). */
export const BYLINE_WORDS = '记者|通讯员|编辑|实习生';

/** Someone's directions cited, not words said at the happening (学习…讲话精神, 落实…批示, 响应…号召). */
export const CITED_WORDS = '号召|精神|指示|批示';

/** Punctuation and spacing that always ends a name. */
export const HARD_BOUNDARY = /[\s,;:!?.。，、；：！？“”‘’"'《》〈〉「」『』【】()（）[\]…—–·/|+＋=＝#＃@]/;

/**
 * What closes a title after a name (董事长赴…, 主任在…, 局长首先…): one character that goes on with the clause, or 于
 * before a date (于5月3日, 于今日; not 于是). Both readers of a name before its title read these (names.ts,
 * titles-after.ts).
 */
export const TITLE_CLOSING_CHARACTERS = '在首随也还则又先分共一亲就对向为作带率等的与和及到赴来并同跟从';
/** What a happening's name ends with (年会, 典礼, 仪式, 活动 …): 于 before it is no surname. */
const HAPPENING_ENDS = '会|典礼|仪式|活动|论坛|式|礼';
export const YU_BEFORE_DATE = '于(?:[0-9０-９一二三四五六七八九十]|今|昨|日前|近日|本月|上月|下月|当天|当日)';
/**
 * 于 before the happening where something is said or done (会长于年度大会上发言, 於頒獎典禮中): it closes a title; a name
 * surnamed 于 (县长于建中在开幕式上…) does not.
 */
export const YU_AT_EVENT = `于(?:(?![在出])[\u4e00-\u9fff“”「」]){0,10}?(?:${HAPPENING_ENDS})[上中]`;

/** Words that may directly follow a person's name (`李红珍在讲话中`, `肖立,`, `张伟等`, `王芳表示`). */
export const AFTER_NAME: readonly string[] = (
  '在 表示 介绍 和 与 及 以及 等 出席 参加 讲话 致辞 致词 主持 说 指出 强调 一行 同志 ' +
  '代表 为 向 对 共同 分别 先后 也 还 就 带领 率队 率 会见 会面 陪同 认为 将 是 作 做 ' +
  '进行 宣读 发表 围绕 回顾 希望 要求 提出 称 坦言 透露 告诉 说道 的 了 一同 一起 ' +
  '参观 调研 考察 走访 来到 深入 听取 详细 充分 感谢 祝贺 寄语 会同 则 更 又 都 亦 ' +
  '并 同 跟 从 于 到 赴 来 上台 登台 作为 解读 发布 宣布 签署 签约 揭牌 授牌 颁发 ' +
  '见证 点赞 当选 荣膺 荣升 晋升 担任 出任 兼任 任 接受 回答 答 笑 对此 谈到 谈及 提到 现场 亲自 ' +
  '专程 首先 随后 最后 就此 接见 慰问 看望 主讲 分享 作了 做了 发言 致欢迎辞 带队 亲率 ' +
  '率领 通报 因 不再 此前 任命 已 当即 勉励 以 受聘 被聘 获聘 获评 荣获 获得 推介 汇报 督导 视察 察看 ' +
  '询问 部署 签订 到会 莅会 实地 辞去 关于 针对 简要 认真 仔细 逐一 列席 应邀 参会 莅临 亲切 带头 再次 当天 全程 热情 ' +
  '亲临 讲党课 颁奖 前往 走进 肯定 点评 鼓励 叮嘱 嘱托 倾听 不时 边听边记 当场 随即 传达 领学 安排 布置 ' +
  '总结 点题 讲评 表态 发出 签发 批示 指示 提议 建议 回应 解答 洽谈 交流 座谈 联合 携手 牵头 组织 督办 督促 ' +
  '检查 巡查 暗访 抽查 拟任 拟提名 拟推荐 随同 博士 先生 女士 今日 今天 昨日 昨天 日前 近日 明日 明天 ' +
  '周一 周二 周三 周四 周五 周六 周日 星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 ' +
  '署理 携 偕同 联合主持 聘任 聘为 且 特别 特地 特意 连袂 先前 ' +
  // 副主席X致开幕词: a speech named by its occasion.
  '致开幕词 致开幕辞 致闭幕词 致闭幕辞 致欢迎词 致贺词 致贺辞 致答谢词 致答谢辞'
).split(' ');

/** Words before which a name or organisation cannot reach further left (`成立`, `与`, `在`, `据`, `现有`). */
export const STOP_BEFORE_NAME: ReadonlySet<string> = new Set(
  (
    '在 于 由 和 与 及 以及 同 跟 向 对 为 把 被 将 据 从 到 赴 至 是 有 的 了 ' +
    '等 共同 携手 成立 举行 召开 举办 办理 打造 建设 推进 融入 依托 通过 包括 加入 参加 高兴 祝贺 标志着 ' +
    '出席 来自 代表 邀请 包含 辞去 指导 主办 承办 协办 支持 位于 落户 入驻 签约 签署 与会 会上 ' +
    '现有 所有 各 该 本 这 此 其 旗下 下属 所属 会同 联手 牵头 发起 宣告 正式 日前 ' +
    '近日 昨天 今天 昨日 今日 上午 下午 晚上 当天 记者 报道 获悉 了解 获得 荣获 作为 ' +
    '成为 授予 授牌 揭牌 启动 发布 宣布 围绕 聚焦 面向 带领 率 率队 陪同 走进 来到 ' +
    '前往 参观 调研 考察 走访 看望 慰问 会见 接待 受到 欢迎 感谢 莅临 如 例如 比如 其中 分别 ' +
    '先后 还 也 又 并 即 就 则 以 让 使 给 或 及其 以上 首批 第一批 一批 多家 多个 ' +
    '每个 一个 这个 那个 一家 这家 该家 成员 成员单位 单位 共建 结对 深化 推动 促进 ' +
    '助力 吸引 引进 引入 集聚 汇聚 依据 根据 按照 针对 关于 对于 并且 同时 此外 另外 ' +
    '目前 今后 下一步 一步 已 已经 正在 正 将会 今年 去年 明年 全市 全区 全县 全镇 全省 全国 我市 我区 ' +
    '我县 我镇 我省 我国 本市 本区 提升 完善 携 携手共建 牵手 入选 获批 挂牌 一行 来 获评 获颁 给予 给与 赋予'
  ).split(' '),
);

/** Words that are never a person's given name even after a title (`主任应邀出席`, `书记高度重视`). */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    '应邀 代表 高度 高水平 全面 成立 于是 于此 何时 曾经 曾任 现任 兼任 向大家 万元 周年 ' +
    '张贴 田间 史上 金融 金额 高质量 高新 高端 高效 严格 严重 齐心 齐抓 康养 许多 周边 ' +
    '周末 周密 郑重 孙子 常态 常规 宋体 杨柳 黄金 白天 石油 龙头 蓝图 钟声 强化 强调 ' +
    '胡同 江苏 江西 湖南 湖北 方面 方案 方式 方向 方法 任务 任职 任期 杜绝 吕剧 尤其 ' +
    '章程 雷锋 岳麓 乔迁 孟夏 宁波 云端 安全 安排 安置 常务 常委 邓小平 毛泽东 ' +
    '汪洋 向前 向上 于今 余人 余家 余名 余位 余个 席位 易于 包括 包容 魏晋 姜汁 路线 ' +
    '路径 车辆 车间 秦岭 韩国 马上 柳州 苏州 杭州 温州 广州 贺信 贺词 祝贺 单位 单独 ' +
    '费用 何处 舒适 柯桥 闻讯 时任 冯巩 林业 林地 施工 施策 韦伯 段落 阮籍 时间 时期 ' +
    '时候 时代 时刻 时光 时节 时效'
  ).split(' '),
);

/**
 * Words that do not make an organisation or park name on their own: `特色党建联盟`, `各成员单位`, `产业园`,
 * `线下党群服务中心` name no particular body. A name whose part before the suffix is made only of these is rejected.
 */
export const GENERIC_HEAD_WORDS: readonly string[] = (
  '党建 特色 服务 产业 企业 合作 创新 发展 区域化 区域 行业 相关 各类 各 该 本 此 ' +
  '这 全 新 多家 一批 成员 平台 科技 重点 龙头 头部 知名 上市 国有 民营 外资 中小 ' +
  '大中小 大型 优秀 优质 骨干 示范 党员 基层 两新 非公 社会 线下 线上 本地 当地 属地 ' +
  '辖区 园区 街道 社区 党群 联盟 集群 制造业 高新技术 高新 技术 经济 综合 现代 智能 ' +
  '数字 生态 文化 旅游 总部 国际 新型 工业 商务 一流 高端 特色化 专业 专业化 市场化 ' +
  '多元 多方 广大 众多 有关 这些 那些 一些 其他 其它 上述 两家 三家 几家 家 个 所 ' +
  '我们 他们 共同 红色 先进 志愿 志愿服务 公益 爱心 青年 妇女 职工 会员 理事 合伙人 ' +
  '一个 元宇宙 数智 智慧 共建 联建 战略 创业 孵化 加速 实体 虚拟 云 的 之 和 ' +
  '与 及 省 市 区 县 镇 乡 村 苏木 嘎查 国家级 省级 市级 区级 县级 首个 首家 第一 第二 第三 ' +
  '功能 核心 主导 支柱 战略性 新兴 高校 初创 院所 科研 有限 集团 公司 亚洲 亚太 全球 海外 海内外 区域性 联合 ' +
  '三级 二级 三甲 综合性 市属 区属 省属 园 产业园 科技园 展示 展厅 会议 会展 市民 活动 片区 东部 西部 南部 北部 中部 东北部 西北部 东南部 西南部 东 西 南 北 中心 落地 入驻 进驻 引进 街 街镇 ' +
  // Words that praise, date or place a body or an area without naming it (年度优秀X, 新时期X, 主要景区).
  '年度 时期 五好 项目 主要 品质 委员 政协委员 工商业 城市 城镇 乡镇 县市 ' +
  // What a park's trade is (物流园区, 高端装备产业园) and words for any chamber (友好商会, 两地工商联): no name alone.
  '物流 制造 装备 体育 文旅 重大 升级 友好 两地 地方'
).split(' ');

/** Regions across provinces: with generic words only after them (长三角开发区, 长三角产业园区) they name no one place. */
export const REGION_WORDS: readonly string[] = '长三角 珠三角 京津冀 大湾区 成渝'.split(' ');

/** Kinds of zone a zone may be written by alone (经开区 for the zone the story is about). */
const ZONE_KINDS = '高新区 开发区 经开区 实验区 试验区 自贸区 新区 保税区 合作区 示范区 园区 集中区'.split(
  ' ',
);
/** A zone written by its kind alone in front of its body (实验区党工委, 开发区管委会, 合作区事务署). */
export const BARE_ZONE = new RegExp(`^(?:${ZONE_KINDS.join('|')})$`);
/** The same kinds anywhere in a text (经开区财政局). */
export const ZONE_KIND = new RegExp(`(?:${ZONE_KINDS.join('|')})`);
/** The same kinds leading a company's name (经开区鸿鹄精密机械有限公司); not 新区, which ends division names. */
export const LEADING_BARE_ZONE = new RegExp(`^(?:${ZONE_KINDS.filter((k) => k !== '新区').join('|')})`);
/** Kinds of party written before a company's name (进驻厂商X股份有限公司, 签约企业X有限公司): no part of it. */
export const LEADING_PARTY_KIND = /^(?:厂商|企业|客商|业者|商家|签约企业|入驻企业|进驻企业)/;

/** What an outlet's name ends with (新民晚报, 湘潭在线, 城关发布, 区融媒体中心): a source so named is media. */
export const MEDIA_NAME =
  /(?:报|网|台|社|刊|新闻|发布|融媒体中心|融媒体|融媒|电视|广播|客户端|频道|在线|传媒|视界|之声|头条|资讯|号)$/;

/**
 * A photo caption's account of who stands where (前排…, 从左至右 with 分别是 or 依次为, 左起：): it names who is pictured,
 * not people of the story. (从左至右 with 列席 says who attended: no caption; nor does `在主席台前排就座`, where the
 * people of a meeting sit.)
 */
export const CAPTION_ORDER =
  /[前后]排(?!就[座坐]|落座|入座|[座坐])|从[左右][至到][右左](?:分别|依次)?[是为]|[左右]起[:：]/;

/** Whether a caption's order of who stands where opens the sentence (or line) before `at`. */
export function captionOrderBefore(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !/[。！？!?\n]/.test(text[start - 1] ?? '')) start--;
  return CAPTION_ORDER.test(text.slice(start, at));
}
