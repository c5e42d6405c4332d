import type { RuleRecord } from './record.ts';

/** Rules of the people family (see ./record.ts). */
export const PEOPLE_RULES = [
  {
    id: 'person:titled',
    family: 'people',
    matches:
      'a name right after a title or title chain (区委书记李明), or after `现任…的` (现任…区长的柏文涛), or between an organisation and its title (市经信委韩立平副主任); Latin names and transliterations with their originals',
    fires: [
      { text: '桃浦镇党委副书记龚燕凌出席会议。', yields: '龚燕凌' },
      { text: '成员包括保安局副局长甯可欣博士和运输及物流局副局长苏文德。', yields: '甯可欣' },
      { text: '保安局局长邝立文周四率领代表团访问深圳。', yields: '邝立文' },
      { text: '政务司司长欧阳立今日率领代表团前往深圳。', yields: '欧阳立' },
      { text: '公示显示，现任梁溪区委副书记、区长的柏文涛，拟任梁溪区委书记。', yields: '柏文涛' },
      { text: '武进区副区长沈一鸣、钟楼区副区长程晓兰拟任常州市委常委。', yields: '程晓兰' },
      { text: '宜昌市副市长那英岚出席开幕式。', yields: '那英岚' },
      { text: '会上，宜昌市副市长高远见证签约。', yields: '高远' },
      { text: '区委常委、组织部部长张立峰随同调研。', yields: '张立峰' },
      { text: '副区长巴桑罗布、林一涛陪同调研。', yields: '巴桑罗布' },
      { text: '区委书记殷向华出席会议。', yields: '殷向华' },
      { text: '企联顾问顾东海出席座谈会。', yields: '顾东海' },
      { text: '江苏省经信委韩立平副主任出席会议。', yields: '韩立平' },
      { text: '县议会议长程立今(21)日率团访问。', yields: '程立' },
      { text: '院长顾川今（17）日出席会议。', yields: '顾川' },
      { text: '县长韩青禾宣告园区启动。', yields: '韩青禾' },
      { text: '区长楼一舟出席会议。', yields: '楼一舟' },
      { text: '青湾开发区管委会招立人主任陪同调研。', yields: '招立人' },
      { text: '香港运输及房屋局局长陈李慧芬出席。', yields: '陈李慧芬' },
      { text: '区总工会副主席韩青禾莅会指导。', yields: '韩青禾' },
    ],
    mustNot: [
      '桃浦镇党委副书记出席会议。',
      '公示显示，区长的职责是明确的。',
      '宜昌市副市长明天出席开幕式。',
      '宜昌市副市长简要介绍了情况。',
      '宜昌市副市长常常出席活动。',
      '会上，李明向记者介绍了情况。',
      '公司聘请他为华建九局集团有限公司高级副总裁。',
      '县长宣告园区启动。',
      '院长今（17）日出席会议。',
    ],
  },
  {
    id: 'person:name-then-title',
    family: 'people',
    matches:
      'a name opening its clause (after punctuation or a one-character 由/和/与/了 …) right before its title, with no organisation written before it, the title closed by punctuation, 的, a word that follows names or a verb (程立主任指出, 林安议长亲自接待)',
    fires: [
      { text: '林安议长亲自接待了代表团。', yields: '林安' },
      { text: '会上，程立主任指出，要抓好落实。', yields: '程立' },
      { text: '他感谢了钟远航董事长的支持。', yields: '钟远航' },
      { text: '在欧阳青书记的带领下，调研组走访了企业。', yields: '欧阳青' },
    ],
    mustNot: [
      '会上，宣传部长指出，要抓好落实。',
      '会上，金融办主任指出，要抓好落实。',
      '会上，高新区主任指出，要抓好落实。',
      '会上，常务副主任指出，要抓好落实。',
      '会议选举韦立为会长，葛一为监事长。',
    ],
  },
  {
    id: 'person:counted',
    family: 'people',
    matches:
      'names before 等 and a count of people (`程立等3名同志`, `甲、乙等5位党员`), opening a clause or after 包括/其中/授予/表彰; every item reads as a name',
    fires: [
      { text: '程立等3名同志获评优秀会员。', yields: '程立' },
      { text: '会议表彰了韦一山、江立等5位党员。', yields: '江立' },
    ],
    mustNot: ['青禾公司等3家企业获评优秀会员。', '会上，高新区等5名代表发言。'],
  },
  {
    id: 'person:listed',
    family: 'people',
    matches:
      'untitled names listed with 、 (three or more; two after 区领导, 嘉宾, 专家), closed by punctuation, 等, (以)及, 和 or what people do (出席, 全程陪同); after a role word or before 出席/参加/陪同/列席 half may be words that are names too (杨柳, 汪洋), and one item among four or more any name (能强); one name after a role word before 一同参加, 致辞, 主持',
    fires: [
      { text: '雨花区领导汪一奇,区商务局、区文旅局负责人参加活动。', yields: '汪一奇' },
      { text: '区领导陈国栋、叶晓梅、郑志鸿出席会议。', yields: '陈国栋' },
      { text: '县领导祝云帆、杨柳出席。', yields: '杨柳' },
      { text: '6月13日，周明远、孙丽华、汪洋出席活动。', yields: '汪洋' },
      { text: '本次受到表彰的个人包括袁立武、林树青、曾智远。', yields: '林树青' },
      { text: '区领导那英岚、周海、吴涛出席。', yields: '那英岚' },
      { text: '县领导韦一波、齐振军、吴国华以及华建九局董事长刘一扬出席。', yields: '齐振军' },
      { text: '区领导杜长兴参加相关活动。', yields: '杜长兴' },
      { text: '开元街道主要领导刘洋、王武山等参加。', yields: '王武山' },
      { text: '区领导孙立伟、路建明、耿晓东全程陪同。', yields: '耿晓东' },
      { text: '市领导朱明、张立山、刘明山、能强、陈洪光及省商务厅有关领导出席。', yields: '能强' },
      { text: '座谈会上，市领导邱志明致辞。', yields: '邱志明' },
      { text: '韦立山、江一舟、程一凡为获奖企业颁发奖牌。', yields: '江一舟' },
      { text: '区领导韦一山、江一舟作为政府方代表参加签约。', yields: '江一舟' },
    ],
    mustNot: [
      '区领导出席会议。',
      '周明远、黄河、汪洋出席活动。',
      '黄河、长江、汪洋奔腾不息。',
      '区领导高度重视并参加活动。',
      '华为、小米、腾讯为获奖企业颁发奖牌。',
    ],
  },
  {
    id: 'person:appointed',
    family: 'people',
    matches: 'the appointee of `X任…`, `任命X为…`, `聘任/推选/提名X为…`, `X当选为…`, `…会长由X担任`',
    fires: [
      {
        text: '仪式上，Stefan Vogel宣布，任命周以宁为克劳森传动技术(太仓)有限公司总经理。',
        yields: '周以宁',
      },
      { text: '会议选举马天佑为会长，蒋书华、龚雨田为副会长。', yields: '龚雨田' },
      { text: '会议选举韦立山为青禾商会会长、江一舟为执行会长，葛远为监事长。', yields: '江一舟' },
      { text: '会议选举韦立山为青禾商会会长、江一舟为执行会长，葛远为监事长。', yields: '葛远' },
      { text: '公司决定由林安担任青禾集团总经理。', yields: '林安' },
      { text: '香港潮商会公布新一届领导班子：会长由蔡冠山担任。', yields: '蔡冠山' },
      { text: '会议决定任命韦一川、齐立新、蓝海波为区人大常委会环境委员会组成人员。', yields: '齐立新' },
      { text: '会议任命钱小禾、何雨、邵丽等12人为雨花区人民法院审判员。', yields: '邵丽' },
    ],
    mustNot: [
      '仪式上，Stefan Vogel宣布了新任总经理。',
      '会议选举产生了新一届理事会，会长、副会长为当然理事。',
      '公司决定由他担任青禾集团总经理。',
    ],
  },
  {
    id: 'person:removed',
    family: 'people',
    matches: 'a person removed from a post: `免去X的…职务`, `X不再担任…`',
    fires: [
      { text: '免去沈伯涛的宁波甬港数智集团有限公司党委书记、董事长职务，另有任用。', yields: '沈伯涛' },
      { text: '会议宣布：甘明哲因到龄退休，不再担任集团副总经理职务。', yields: '甘明哲' },
      { text: '会议审议了关于蒲文涛、祁晓两位同志辞去雨花区副区长职务的请求。', yields: '祁晓' },
      { text: '会议决定接受蒲文涛、祁晓辞去雨花区副区长职务的请求。', yields: '蒲文涛' },
    ],
    mustNot: ['宁波甬港数智集团有限公司党委书记、董事长职务另有任用。'],
  },
  {
    id: 'person:byline',
    family: 'people',
    matches: "a reporter or correspondent of the article's byline the text names",
    fires: [
      {
        text: '新华日报讯（记者 孙明远）10月19日，许卫国在无锡调研。',
        yields: '孙明远',
        source: '新华日报',
        reporters: ['孙明远'],
      },
    ],
    mustNot: [
      { text: '新华日报讯 10月19日，省委常委许卫国在无锡调研。', source: '新华日报', reporters: ['孙明远'] },
    ],
  },
] as const satisfies readonly RuleRecord[];
