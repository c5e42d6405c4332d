/**
 * Countries and well-known foreign cities (the gazetteer covers China only). Ids are the names (place:德国,
 * place:斯图加特); a city knows its country so `德国斯图加特` reads as 斯图加特 in 德国.
 */
const COUNTRIES = (
  '德国 法国 美国 日本 韩国 英国 意大利 西班牙 荷兰 瑞士 瑞典 丹麦 芬兰 挪威 比利时 ' +
  '奥地利 俄罗斯 加拿大 澳大利亚 新西兰 新加坡 马来西亚 泰国 越南 印度 印度尼西亚 印尼 ' +
  '巴西 墨西哥 阿根廷 南非 以色列 沙特阿拉伯 沙特 阿联酋 土耳其 波兰 捷克 匈牙利 葡萄牙 ' +
  '希腊 爱尔兰 卢森堡 菲律宾 巴基斯坦 哈萨克斯坦 乌兹别克斯坦 埃及 尼日利亚 肯尼亚 智利 ' +
  '秘鲁 哥伦比亚 柬埔寨 老挝 缅甸 蒙古国 塞尔维亚 白俄罗斯 ' +
  '伊朗 伊拉克 叙利亚 黎巴嫩 也门 阿曼 卡塔尔 科威特 孟加拉国 斯里兰卡 尼泊尔 马尔代夫 阿富汗 ' +
  '吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 阿塞拜疆 亚美尼亚 乌克兰 摩尔多瓦 罗马尼亚 保加利亚 克罗地亚 ' +
  '斯洛文尼亚 斯洛伐克 立陶宛 拉脱维亚 爱沙尼亚 冰岛 马耳他 塞浦路斯 阿尔巴尼亚 北马其顿 摩纳哥 ' +
  '摩洛哥 阿尔及利亚 突尼斯 利比亚 埃塞俄比亚 坦桑尼亚 乌干达 卢旺达 赞比亚 津巴布韦 莫桑比克 安哥拉 ' +
  '纳米比亚 博茨瓦纳 马达加斯加 毛里求斯 毛里塔尼亚 塞内加尔 科特迪瓦 喀麦隆 尼日尔 ' +
  '厄瓜多尔 委内瑞拉 玻利维亚 巴拉圭 乌拉圭 哥斯达黎加 巴拿马 牙买加 古巴 斐济 巴布亚新几内亚 东帝汶 ' +
  // As Taiwan's and Hong Kong's pages write them. (Not 文莱, 约旦, 加纳: given names hold them.)
  '纽西兰 澳洲'
).split(' ');

/**
 * Japan's prefectures (宫城县, 京都府): written like a Chinese county, they are Japan's first-level units; none has a
 * namesake in the gazetteer.
 */
const PREFECTURES = (
  '北海道 青森县 岩手县 宫城县 秋田县 山形县 福岛县 茨城县 栃木县 群马县 埼玉县 千叶县 东京都 神奈川县 ' +
  '新潟县 富山县 石川县 福井县 山梨县 长野县 岐阜县 静冈县 爱知县 三重县 滋贺县 京都府 大阪府 兵库县 ' +
  '奈良县 和歌山县 鸟取县 岛根县 冈山县 广岛县 山口县 德岛县 香川县 爱媛县 高知县 福冈县 佐贺县 长崎县 ' +
  '熊本县 大分县 宫崎县 鹿儿岛县 冲绳县'
).split(' ');

const CITIES: Record<string, string> = {
  斯图加特: '德国',
  慕尼黑: '德国',
  柏林: '德国',
  法兰克福: '德国',
  汉堡: '德国',
  沃尔夫斯堡: '德国',
  杜塞尔多夫: '德国',
  巴黎: '法国',
  里昂: '法国',
  图卢兹: '法国',
  伦敦: '英国',
  曼彻斯特: '英国',
  纽约: '美国',
  洛杉矶: '美国',
  旧金山: '美国',
  波士顿: '美国',
  芝加哥: '美国',
  西雅图: '美国',
  底特律: '美国',
  硅谷: '美国',
  东京: '日本',
  大阪: '日本',
  名古屋: '日本',
  首尔: '韩国',
  釜山: '韩国',
  悉尼: '澳大利亚',
  墨尔本: '澳大利亚',
  多伦多: '加拿大',
  温哥华: '加拿大',
  米兰: '意大利',
  都灵: '意大利',
  罗马: '意大利',
  马德里: '西班牙',
  巴塞罗那: '西班牙',
  阿姆斯特丹: '荷兰',
  鹿特丹: '荷兰',
  埃因霍温: '荷兰',
  苏黎世: '瑞士',
  日内瓦: '瑞士',
  巴塞尔: '瑞士',
  斯德哥尔摩: '瑞典',
  哥本哈根: '丹麦',
  维也纳: '奥地利',
  布鲁塞尔: '比利时',
  莫斯科: '俄罗斯',
  迪拜: '阿联酋',
  曼谷: '泰国',
  吉隆坡: '马来西亚',
  雅加达: '印度尼西亚',
  孟买: '印度',
  新德里: '印度',
  班加罗尔: '印度',
  圣保罗: '巴西',
  约翰内斯堡: '南非',
  特拉维夫: '以色列',
  胡志明市: '越南',
  河内: '越南',
};

export interface ForeignPlace {
  name: string;
  kind: 'country' | 'province' | 'city';
  country: string | undefined;
}

const ALL = new Map<string, ForeignPlace>();
for (const name of COUNTRIES) ALL.set(name, { name, kind: 'country', country: undefined });
for (const [name, country] of Object.entries(CITIES)) ALL.set(name, { name, kind: 'city', country });
for (const name of PREFECTURES) ALL.set(name, { name, kind: 'province', country: '日本' });

export const FOREIGN_NAMES: readonly string[] = [...ALL.keys()].sort((a, b) => b.length - a.length);

export function foreignPlace(name: string): ForeignPlace | undefined {
  return ALL.get(name);
}
