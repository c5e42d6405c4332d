/**
 * English names of well-known companies, by the Chinese brand they are written with. A company name that starts
 * with a brand gets the brand's English name as an alias, and `<brand>(中国)有限公司` also the formal English
 * form (Schneider Electric (China) Co., Ltd.). Only names whose English form is certain.
 */
const BRANDS: Record<string, string> = {
  施耐德电气: 'Schneider Electric',
  施耐德: 'Schneider Electric',
  西门子: 'Siemens',
  博世: 'Bosch',
  巴斯夫: 'BASF',
  拜耳: 'Bayer',
  通用电气: 'General Electric',
  通用汽车: 'General Motors',
  霍尼韦尔: 'Honeywell',
  ABB: 'ABB',
  飞利浦: 'Philips',
  松下: 'Panasonic',
  索尼: 'Sony',
  三星: 'Samsung',
  丰田: 'Toyota',
  本田: 'Honda',
  大众: 'Volkswagen',
  宝马: 'BMW',
  奔驰: 'Mercedes-Benz',
  戴姆勒: 'Daimler',
  特斯拉: 'Tesla',
  微软: 'Microsoft',
  苹果: 'Apple',
  谷歌: 'Google',
  亚马逊: 'Amazon',
  英特尔: 'Intel',
  高通: 'Qualcomm',
  英伟达: 'NVIDIA',
  甲骨文: 'Oracle',
  思科: 'Cisco',
  国际商业机器: 'IBM',
  惠普: 'HP',
  戴尔: 'Dell',
  联想: 'Lenovo',
  华为: 'Huawei',
  阿里巴巴: 'Alibaba',
  腾讯: 'Tencent',
  百度: 'Baidu',
  京东: 'JD.com',
  小米: 'Xiaomi',
  字节跳动: 'ByteDance',
  美团: 'Meituan',
  网易: 'NetEase',
  中兴: 'ZTE',
  海尔: 'Haier',
  美的: 'Midea',
  格力: 'Gree',
  比亚迪: 'BYD',
  宁德时代: 'CATL',
  吉利: 'Geely',
  上汽: 'SAIC Motor',
  宝钢: 'Baosteel',
  宝武: 'China Baowu',
  中国移动: 'China Mobile',
  中国联通: 'China Unicom',
  中国电信: 'China Telecom',
  中国石油: 'PetroChina',
  中国石化: 'Sinopec',
  国家电网: 'State Grid',
  雀巢: 'Nestlé',
  联合利华: 'Unilever',
  宝洁: 'Procter & Gamble',
  强生: 'Johnson & Johnson',
  辉瑞: 'Pfizer',
  罗氏: 'Roche',
  诺华: 'Novartis',
  阿斯利康: 'AstraZeneca',
  赛诺菲: 'Sanofi',
  默克: 'Merck',
  艾默生: 'Emerson',
  罗克韦尔: 'Rockwell',
  三菱: 'Mitsubishi',
  日立: 'Hitachi',
  东芝: 'Toshiba',
  佳能: 'Canon',
  欧莱雅: "L'Oréal",
  星巴克: 'Starbucks',
  麦当劳: "McDonald's",
  肯德基: 'KFC',
  可口可乐: 'Coca-Cola',
  百事: 'PepsiCo',
  沃尔玛: 'Walmart',
  家乐福: 'Carrefour',
  宜家: 'IKEA',
  米其林: 'Michelin',
  壳牌: 'Shell',
  埃克森美孚: 'ExxonMobil',
  空客: 'Airbus',
  波音: 'Boeing',
  达能: 'Danone',
  蒂森克虏伯: 'thyssenkrupp',
  舍弗勒: 'Schaeffler',
  大陆集团: 'Continental',
  采埃孚: 'ZF',
  伊顿: 'Eaton',
  江森自控: 'Johnson Controls',
  开利: 'Carrier',
  库卡: 'KUKA',
  发那科: 'FANUC',
  安川: 'Yaskawa',
  欧姆龙: 'Omron',
  基恩士: 'Keyence',
  达索系统: 'Dassault Systèmes',
  思爱普: 'SAP',
  埃森哲: 'Accenture',
  德勤: 'Deloitte',
  普华永道: 'PwC',
  毕马威: 'KPMG',
  安永: 'EY',
  麦肯锡: 'McKinsey & Company',
};

const BRANDS_LONGEST_FIRST = Object.keys(BRANDS).sort((a, b) => b.length - a.length);

/** What may follow a brand in a company name (大众汽车, 施耐德电气(中国)有限公司; not 大众点评). */
const AFTER_BRAND = /^(?:\(|中国|集团|公司|有限|股份|控股|汽车|电气|科技|投资|$)/;

function brandOf(name: string): string | undefined {
  return BRANDS_LONGEST_FIRST.find((b) => name.startsWith(b) && AFTER_BRAND.test(name.slice(b.length)));
}

/** English aliases of a company name, most specific first. */
export function englishNames(name: string): string[] {
  const brand = brandOf(name);
  if (!brand) return [];
  const english = BRANDS[brand] ?? '';
  const rest = name.slice(brand.length);
  const names: string[] = [];
  const region = /^\((中国|上海|北京)\)(?:投资)?有限公司$/.exec(rest);
  if (region) {
    const place = region[1] === '中国' ? 'China' : region[1] === '上海' ? 'Shanghai' : 'Beijing';
    names.push(`${english} (${place}) Co., Ltd.`);
  } else if (/^有限公司$/.test(rest)) {
    names.push(`${english} Co., Ltd.`);
  }
  names.push(english);
  return names;
}

/** Chinese short forms of a company name that the brand list knows (施耐德电气(中国)有限公司 → 施耐德电气, 施耐德). */
export function brandShortForms(name: string): string[] {
  const brand = brandOf(name);
  if (!brand) return [];
  return BRANDS_LONGEST_FIRST.filter((b) => b !== name && name.startsWith(b) && BRANDS[b] === BRANDS[brand]);
}
