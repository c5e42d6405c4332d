/**
 * Words of a division's bodies and of the departments titles name: the bare levels a body is written after (区委),
 * the departments a title chain may end in, the unit bodies a title belongs to, and short department names.
 */

/**
 * China's eight democratic parties, each by the short form that names it and then its other written forms: a committee written after one (民盟<city>委, 九三学社市委会, 民进<city>委会) is that party's committee of the
 * division, not the Communist Party's.
 */
export const DEMOCRATIC_PARTIES: readonly (readonly string[])[] = [
  ['民革', '中国国民党革命委员会'],
  ['民盟', '中国民主同盟'],
  ['民建', '中国民主建国会'],
  ['民进', '中国民主促进会'],
  ['农工党', '中国农工民主党', '农工民主党'],
  ['致公党', '中国致公党'],
  ['台盟', '台湾民主自治同盟'],
  ['九三学社'],
];
/** Levels a bare body is written after (区委, 镇政府, 街道党工委). */
export const LEVEL_WORDS: ReadonlySet<string> = new Set([
  '区',
  '市',
  '县',
  '省',
  '镇',
  '乡',
  '街道',
  '自治区',
  // Inner Mongolia's banners and leagues (旗委, 旗政府, 盟委), and its townships (苏木党委, 苏木政府).
  '旗',
  '盟',
  '苏木',
  // An autonomous prefecture (州委, 州政府, 州人大常委会).
  '州',
]);
/** A bare level and its body read as one word by the segmenter (区委, 市政府, 县法院): still a level and a body. */
export const LEVEL_BODY_WORDS: ReadonlySet<string> = new Set([
  '区委',
  '市委',
  '县委',
  '省委',
  '区政府',
  '市政府',
  '县政府',
  '县府',
  '市府',
  // Taiwan's councils, one word to the segmenter (县议会议长X).
  '县议会',
  '市议会',
  '盟委',
  '镇政府',
  '省政府',
  '镇党委',
  '乡党委',
  '乡政府',
  '区政协',
  '市政协',
  '县政协',
  '省政协',
  '省人大',
  '区人大',
  '市人大',
  '县人大',
  '旗委',
  '旗政府',
  '旗人大',
  '旗政协',
  '州委',
  '州政府',
  '州人大',
  '州政协',
  ...['区', '市', '县', '旗'].flatMap((level) =>
    ['法院', '检察院', '纪委', '监委', '工商联', '总工会', '科协', '妇联'].map((body) => level + body),
  ),
]);
/**
 * A division's people's organisations (工商联, 科协): written bare in a chain after a body of a division
 * (<county>委常委、总工会主席), they are that division's.
 */
export const DIVISION_ASSOCIATIONS: readonly string[] = [
  '工商联',
  '总工会',
  '科协',
  '侨联',
  '妇联',
  '文联',
  '残联',
];
/** Departments and bodies a title chain segment may end in (区委常委、组织部部长 → 区委组织部). */
export const CHAIN_DEPARTMENTS: readonly string[] = [
  '组织部',
  '宣传部',
  '统战部',
  '政法委',
  '办公室',
  '纪委',
  '社会工作部',
  '党校',
  '研究室',
  '办事处',
  '管委会',
  '人大常委会',
  '人大',
  '村委会',
  '居委会',
  '党委',
  '党组',
  '党总支',
  '党支部',
  '工会',
];
/** A unit's bodies: a bare one in a chain belongs to the unit the committee before it leads (办事处主任, 管委会主任, 镇党委书记、人大主席). */
export const UNIT_BODIES: ReadonlySet<string> = new Set([
  '办事处',
  '人大常委会',
  '人大',
  '管委会',
  '政府',
  '人民政府',
  '村委会',
  '居委会',
]);
/** Short names of government departments and what they stand for (区工信局 = 区工业和信息化局). */
export const DEPARTMENT_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['工信局', '工业和信息化局'],
  ['经信局', '经济和信息化局'],
  ['经信委', '经济和信息化委员会'],
  ['发改委', '发展和改革委员会'],
  ['发展改革委', '发展和改革委员会'],
  ['发改局', '发展和改革局'],
  ['科委', '科学技术委员会'],
  ['科技局', '科学技术局'],
  ['人社局', '人力资源和社会保障局'],
  ['住建局', '住房和城乡建设局'],
  ['住建委', '住房和城乡建设委员会'],
  ['商务委', '商务委员会'],
  ['国资委', '国有资产监督管理委员会'],
  ['市场监管局', '市场监督管理局'],
  ['投促局', '投资促进局'],
  ['卫健委', '卫生健康委员会'],
  ['卫健局', '卫生健康局'],
  ['文旅局', '文化和旅游局'],
  ['规划资源局', '规划和自然资源局'],
  ['应急局', '应急管理局'],
  ['交通局', '交通运输局'],
  ['农业农村委', '农业农村委员会'],
  ['教委', '教育委员会'],
  ['民宗委', '民族宗教事务委员会'],
  ['企联会', '企业联合会'],
  ['工商联', '工商业联合会'],
  ['科协', '科学技术协会'],
  ['妇联', '妇女联合会'],
  ['残联', '残疾人联合会'],
  ['侨联', '归国华侨联合会'],
  ['文联', '文学艺术界联合会'],
  ['外办', '外事办公室'],
  ['台办', '台湾事务办公室'],
  ['侨办', '侨务办公室'],
  ['金融办', '金融工作办公室'],
  ['医保局', '医疗保障局'],
  ['退役军人局', '退役军人事务局'],
  ['机关事务局', '机关事务管理局'],
  ['教体局', '教育和体育局'],
  ['法院', '人民法院'],
  ['检察院', '人民检察院'],
];

/**
 * A division's bureaus and commissions written bare in a title chain after one of its bodies (县政协副主席、住建委主任、
 * 规划局长): their stems; the bureau is the division's like its other bodies.
 */
const BUREAU_STEM_WORDS =
  '规划|财政|公安|教育|民政|司法|审计|统计|水利|林业|招商|经合|商务|环保|城管|税务|自然资源|生态环境|农业|农业农村|文化|体育|旅游|文旅|粮食|医保|信访|人防|档案|气象|住建|交通|科技|工信|经信|发改|人社|卫健|应急|国资|市场监管|投促|统战';
export const BUREAU_STEMS = new RegExp(`^(?:${BUREAU_STEM_WORDS})$`);
/** Departments written by their stems alone, one or two (住建, 交通水利): a bureau, not a brand. */
export const BUREAU_STEM_RUN = new RegExp(`^(?:${BUREAU_STEM_WORDS}){1,2}$`);
