/**
 * National bodies, written without a place in front (国务院, 商务部, 国家发展改革委): their names are their ids
 * (org:国务院). Matched as whole words.
 */
const GOVERNMENT = (
  '国务院 全国人大常委会 全国人大 全国政协 国家发展改革委 国家发展和改革委员会 国家发改委 ' +
  '工业和信息化部 工信部 商务部 科技部 科学技术部 财政部 教育部 外交部 公安部 民政部 ' +
  '司法部 人力资源社会保障部 人社部 自然资源部 生态环境部 住房城乡建设部 住建部 交通运输部 ' +
  '水利部 农业农村部 文化和旅游部 文旅部 国家卫生健康委 国家卫健委 应急管理部 退役军人事务部 ' +
  '审计署 国务院国资委 国家市场监督管理总局 国家市场监管总局 海关总署 国家税务总局 国家统计局 ' +
  '国家知识产权局 国家能源局 国家数据局 中国人民银行 国家金融监督管理总局 中国证监会 ' +
  '最高人民法院 最高人民检察院 ' +
  // The State Council's offices, written in full or short (国务院港澳办, 国台办).
  '国务院港澳办 国务院侨办 国务院台湾事务办公室 国务院台办 国台办 ' +
  '国务院新闻办公室 国务院新闻办 国新办 国务院研究室 国务院参事室 国家外汇管理局 国家移民管理局'
).split(' ');
/** National academies and people's organisations (中科院, 全国工商联). */
const INSTITUTE = '中国科学院 中科院 中国工程院 中国社会科学院 中国社科院'.split(' ');
const ASSOCIATION =
  '中华全国工商业联合会 全国工商联 中国侨联 中华全国归国华侨联合会 中国科协 全国妇联 全国总工会'.split(' ');
const PARTY = '中共中央 中央军委 中央组织部 中央宣传部 中央统战部 中央政法委 中央纪委 国家监委'.split(' ');

export const NATIONAL_BODIES: ReadonlyMap<string, string> = new Map([
  ...GOVERNMENT.map((name) => [name, 'government'] as const),
  ...PARTY.map((name) => [name, 'party'] as const),
  ...INSTITUTE.map((name) => [name, 'institute'] as const),
  ...ASSOCIATION.map((name) => [name, 'association'] as const),
]);

export const NATIONAL_NAMES: readonly string[] = [...NATIONAL_BODIES.keys()].sort(
  (a, b) => b.length - a.length,
);
