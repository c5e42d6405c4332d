/**
 * Chinese surnames: the 百家姓 (public domain) in simplified characters, with the modern forms and frequent
 * surnames it lacks (肖, 覃, 冼, 闫, 付, 佘, 那, 衣, 憨 …; 甯, which Hong Kong keeps apart from 宁) and its compound surnames. A person name is a surname plus a
 * given name of one or two characters. A few surnames that are far more often function words (和, 从, 都, 能,
 * 通, 别, 后, 有, 第, 那, 时 …) are left out: after a title they are the start of a clause, not of a name.
 */

const SINGLE =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎' +
  '鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于傅皮卞齐康伍余元卜顾孟平黄' +
  '穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭' +
  '梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮' +
  '龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲' +
  '伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥' +
  '苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿边扈燕冀郏浦尚农温庄晏柴瞿阎充慕连茹习宦艾鱼' +
  '容向古易慎戈廖庾终暨居衡步耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚简饶空' +
  '曾毋沙乜养鞠须丰巢关蒯相查荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况郈琴商牟佘佴墨哈谯笪年' +
  '爱阳佟言福肖覃冼付粟揭苟隋檀栗冶初练母代战谌麦雒降迟漆侍邸时那' +
  '鞠蔺邝尧植冼沐兰庹丛甯仝芦' +
  // Surnames of the modern population the 百家姓 lacks (衣, 憨).
  '衣憨银修旷禤蹇郄敬贠仉楼招丘展苑鹿靖郇眭菅禚亓綦粘官恽油操' +
  // Rare surnames that are mostly words (首, 字, 但, 别, 奇, 顿): read only in a list of names or after a title.
  '首字但别奇顿';

/** 百家姓 entries that are mostly function words or ordinary words in news text; never taken as a surname. */
const EXCLUDED = new Set(
  '和从都能通别后有第那空相终法福言爱年充居满广东利隆师公红家全水云平明成计经山首字但奇顿'.split(''),
);

export const COMPOUND_SURNAMES: readonly string[] = (
  '万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 ' +
  '淳于 单于 太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 ' +
  '亓官 司寇 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 ' +
  '百里 东郭 南门 呼延 羊舌 微生 梁丘 左丘 东门 西门 南宫 第五'
).split(' ');

/** The compound surnames as a set, and their first characters by code (most characters open none: no string is cut). */
const COMPOUND: ReadonlySet<string> = new Set(COMPOUND_SURNAMES);
const COMPOUND_FIRST = codeTable(COMPOUND_SURNAMES.map((s) => s.charCodeAt(0)));

/** One byte per UTF-16 unit: 1 for the given codes (asked at every offset without making a string). */
function codeTable(codes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const code of codes) table[code] = 1;
  return table;
}

/** Whether `two` is a compound surname (欧阳, 司马). */
export function isCompoundSurname(two: string): boolean {
  return COMPOUND.has(two);
}

/**
 * Every single-character surname, the ordinary words too: in a list of names (副主任A、计红) they are surnames, and
 * after a title when what follows reads as a given name only (副市长那晓峰, see ../names.ts).
 */
export const ANY_SINGLE_SURNAME: ReadonlySet<string> = new Set(SINGLE.split(''));

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(
  [...new Set(SINGLE.split(''))].filter((ch) => !EXCLUDED.has(ch)),
);

/** SINGLE_SURNAMES by code (surnameAt). */
const SINGLE_CODES = codeTable([...SINGLE_SURNAMES].map((ch) => ch.charCodeAt(0)));

/**
 * Surnames that are ordinary words but common enough as surnames to keep (江, 钱, 水 are names in the seed set
 * or frequent): kept in SINGLE and not excluded. The length of the surname starting at `at`, or 0.
 */
export function surnameAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (COMPOUND_FIRST[code] === 1 && COMPOUND.has(text.slice(at, at + 2))) return 2;
  return SINGLE_CODES[code] === 1 ? 1 : 0;
}
