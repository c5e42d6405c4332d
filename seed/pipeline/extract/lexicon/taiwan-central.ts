/**
 * Taiwan's central government as its pages write it (simplified, as the rules read them): the five 院 and the
 * ministries, councils and agencies of the 行政院, in full and by the short forms the press uses (农委会, 陆委会),
 * the mainland's namesakes (外交部, 教育部, 财政部, 科技部) too: on a Taiwan page they are Taiwan's (../national.ts).
 */
const FULL_AND_SHORT = (
  '总统府 行政院 立法院 司法院 考试院 监察院 内政部 外交部 国防部 财政部 教育部 法务部 经济部 交通部 劳动部 ' +
  '卫生福利部:卫福部 文化部 数位发展部:数位部 农业部 环境部 科技部 国家发展委员会:国发会 大陆委员会:陆委会 ' +
  '金融监督管理委员会:金管会 海洋委员会:海委会 侨务委员会:侨委会 原住民族委员会:原民会 客家委员会:客委会 ' +
  '国家科学及技术委员会:国科会 农业委员会:农委会 研究发展考核委员会:研考会 退除役官兵辅导委员会:退辅会 ' +
  '公平交易委员会:公平会 中央选举委员会:中选会 国家通讯传播委员会:通传会 环境保护署:环保署 新闻局 主计总处 ' +
  '人事行政总处'
)
  .split(' ')
  .map((pair) => pair.split(':') as [string, string?]);

/** Full names and short forms alike. */
export const TAIWAN_CENTRAL_BODIES: readonly string[] = FULL_AND_SHORT.flatMap(([full, short]) =>
  short ? [full, short] : [full],
);

/** A short form's full name (农委会 → 农业委员会). */
export const TAIWAN_CENTRAL_FULL: ReadonlyMap<string, string> = new Map(
  FULL_AND_SHORT.flatMap(([full, short]) => (short ? [[short, full] as const] : [])),
);

/** The five 院 and the presidential office, named by their own names; every other body is the 行政院's. */
export const TAIWAN_BRANCHES: ReadonlySet<string> = new Set(FULL_AND_SHORT.slice(0, 6).map(([full]) => full));
