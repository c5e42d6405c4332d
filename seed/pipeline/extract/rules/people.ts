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
      // A country's envoy abroad (总领事, 大使): a title like any other.
      { text: '中國駐溫哥華總領事柯立安在僑界春宴上致辭。', yields: '柯立安' },
      { text: '会上，宜昌市副市长高远见证签约。', yields: '高远' },
      { text: '区委常委、组织部部长张立峰随同调研。', yields: '张立峰' },
      { text: '副县长次仁多吉、葛远帆出席开幕式。', yields: '次仁多吉' },
      { text: '区委书记殷向华出席会议。', yields: '殷向华' },
      { text: '企联顾问顾东海出席座谈会。', yields: '顾东海' },
      { text: '江苏省经信委韩立平副主任出席会议。', yields: '韩立平' },
      { text: '县议会议长程立今(21)日率团访问。', yields: '程立' },
      { text: '院长顾川今（17）日出席会议。', yields: '顾川' },
      { text: '县长韩青禾宣告园区启动。', yields: '韩青禾' },
      { text: '区长楼一舟出席会议。', yields: '楼一舟' },
      // 说, 讲, 称 before a comma or colon is what a complete name did, no part of it.
      { text: '座谈会上，县委书记柯立说，要把项目服务做在前面。', yields: '柯立' },
      { text: '镇长韩青讲：明年再修两座桥。', yields: '韩青' },
      { text: '青湾开发区管委会招立人主任陪同调研。', yields: '招立人' },
      { text: '香港运输及房屋局局长陈李慧芬出席。', yields: '陈李慧芬' },
      { text: '区总工会副主席韩青禾莅会指导。', yields: '韩青禾' },
      { text: '青禾航运公司总经理展若溪在年会上致辞。', yields: '展若溪' },
      { text: '青禾协会秘书长柯景澜署理会长一职。', yields: '柯景澜' },
      { text: '禾川学会理事长苗若川携新书出席读者见面会。', yields: '苗若川' },
      { text: '青禾县县长聂子航今(九日)赴农场考察。', yields: '聂子航' },
      { text: '香港特区房屋署署长叶苏雯作总结发言。', yields: '叶苏雯' },
      { text: '青禾物流园负责人石嘉禾主任等陪同参观。', yields: '石嘉禾' },
      { text: '禾川基金会理事冉星河、晏秋池和濮云帆，以及监事戚南乔出席年会。', yields: '濮云帆' },
      { text: '禾川书画院院长裴知远、阮清梧、副院长蔺晓禾到场。', yields: '阮清梧' },
      { text: '余杭区聂远舟区长出席开园活动。', yields: '聂远舟' },
      { text: '瑞安市冉秋实副市长出席开园活动。', yields: '冉秋实' },
      { text: '在萧山区文旅局阮听涛局长的带领下，考察团参观了古镇。', yields: '阮听涛' },
      { text: '禾川研究院院长官语桐主持论坛。', yields: '官语桐' },
      { text: '禾川电子公司总经理贝若谷聘任为技术顾问。', yields: '贝若谷' },
      { text: '禾川医院院长操子墨主持义诊活动。', yields: '操子墨' },
      { text: '县领导在主席台前排就座。县政协主席韩青禾主持会议。', yields: '韩青禾' },
      { text: '县政协副主任马一鸣、李春和秘书长吉文伟出席。', yields: '李春' },
      // 年 may open a two-character given name of a list item.
      { text: '县政协副主席林禾、邵年华、韦青出席。', yields: '邵年华' },
      { text: '禾川学院教授、博士伍文涛参加调研。', yields: '伍文涛' },
      { text: '香港特区运输署署长林麦若晴和商界代表座谈。', yields: '林麦若晴' },
      // Taiwan's pages write married names with two surnames too, after a title and in its list.
      { text: '禾川茶葉協會理事長翁林若蘅主持大會。', yields: '翁林若蘅' },
      { text: '縣議員甘晴、彭柯雨霏到場祝賀。', yields: '彭柯雨霏' },
      // 於 after the title is the preposition: the name stands between the body and its title.
      { text: '禾川漁業協會林若川總幹事於頒獎典禮上發言。', yields: '林若川' },
      // A name surnamed 于 after the title is no 于 before a happening.
      { text: '副县长于立川在开幕式上致辞。', yields: '于立川' },
      // A transliterated name read to the run's end stops where a word that follows names starts.
      { text: '县委书记帕尔哈·依明深入青禾村调研。', yields: '帕尔哈·依明' },
      { text: '副县长阿依·木合塔尔出席。', yields: '阿依·木合塔尔' },
      // 作 or 做 before a speech or report is the act of a complete name, even one that is a word too (常新).
      { text: '县工商联副主席常新作交流发言。', yields: '常新' },
      { text: '协会秘书长林清作工作报告。', yields: '林清' },
      // 年 may end a two-character given name that is no word of time.
      { text: '副县长滕永年出席会议。', yields: '滕永年' },
      // 及 may bring in the second name of a list after one title, as 、 does.
      { text: '議員卜文山及甄若琪、符家明到場說明。', yields: '符家明' },
      // 偕同 after a name is what the person did (議長甲偕同議員勘查), no part of the name.
      { text: '議長柯一帆偕同兩位議員前往災區勘查。', yields: '柯一帆' },
      // 先前 follows names as 日前 does.
      { text: '議員卜文山、甄若琪先前提出建議。', yields: '甄若琪' },
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
      '瑞安市冉秋实县长出席开园活动。',
      '董事长官方表示欢迎。',
      '推动调解委员常态化 参与。',
      '后排左起：青禾诗社社长蒲晓岚、副社长季云舒',
      '禾川协会理事长代表第一届理事会作工作报告。',
      '禾川漁業協會總幹事於會員大會上講話。',
      '会上，副县长明年将出席活动。',
      '副县长多年来坚持下乡调研。',
    ],
  },
  {
    id: 'person:name-then-title',
    family: 'people',
    matches:
      'a name opening its clause (after punctuation or a one-character 由/和/与/了 …) right before its title, with no organisation written before it, the title closed by punctuation, 的, a word that follows names or a verb (程立主任指出, 林安议长亲自接待); after any word, a three-character name with no word in it (受到X会长的接待, not 原 before the title nor a frequent word as the given name); a name the segmenter knows as a person’s after any word and before any words (贯彻X总书记重要讲话)',
    fires: [
      { text: '林安议长亲自接待了代表团。', yields: '林安' },
      { text: '会上，程立主任指出，要抓好落实。', yields: '程立' },
      { text: '他感谢了钟远航董事长的支持。', yields: '钟远航' },
      { text: '在欧阳青书记的带领下，调研组走访了企业。', yields: '欧阳青' },
      // A name the segmenter knows as a person's, after any word and before any words.
      { text: '展览回顾了孙中山总理的一生。', yields: '孙中山' },
      // After a word that opens a clause (会上, 随后, 席间 …) as after punctuation.
      { text: '席间冼立远名誉会长讲话。', yields: '冼立远' },
      { text: '随后滕一鸣会长介绍了会员企业的情况。', yields: '滕一鸣' },
      // 暨 after the title closes it (副議長暨秘書處同仁), and a title is no given name (暨秘書).
      { text: '禾城市議會柯一帆議長與韋立群副議長暨秘書處同仁到場。', yields: '韦立群' },
      // After any word, a three-character name with no word in it (a surname and a given name only).
      { text: '代表团抵达后受到滕望舒会长的热情接待。', yields: '滕望舒' },
      { text: '考察团拜访柯望舒会长并交流了经验。', yields: '柯望舒' },
    ],
    mustNot: [
      '委员们分别向港澳委员介绍了情况。',
      '会上，韦一山原副主席作了发言。',
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
      'names before 等 and a count of people (`程立等3名同志`, `甲、乙等5位党员`), two or more counted with no 等 (`甲、乙、丙3位委员`) or before 等 and a word for people (`甲、乙等县领导`, `甲、乙等议员`), opening a clause or after 包括/其中/授予/表彰/及; every item reads as a name',
    fires: [
      { text: '程立等3名同志获评优秀会员。', yields: '程立' },
      { text: '会议表彰了韦一山、江立等5位党员。', yields: '江立' },
      { text: '会上，苗立川、巩一舟、靳文远3位企业家代表先后发言。', yields: '巩一舟' },
      { text: '卓一凡、蒲雨晴等县领导参加座谈会。', yields: '蒲雨晴' },
      { text: '秘書長柯一德及韋青川、蔡一遠等議員到場。', yields: '韦青川' },
    ],
    mustNot: [
      '青禾公司等3家企业获评优秀会员。',
      '会上，高新区等5名代表发言。',
      '华为、小米等企业代表参加。',
      '会上，程立3位代表发言。',
    ],
  },
  {
    id: 'person:listed',
    family: 'people',
    matches:
      'untitled names listed with 、 (three or more; two after 区领导, 嘉宾, 专家), closed by punctuation, 等, (以)及, 和 or what people do (出席, 全程陪同); after a role word or before 出席/参加/陪同/列席 half may be words that are names too (杨柳, 汪洋), and one item among four or more any name (能强); one name after a role word before 一同参加, 致辞, 主持; the 领导 of a body (县文旅局领导) is a role word; a guest named bare between the verb of a host (对, 陪同, 会见 …) and 一行',
    fires: [
      { text: '雨花区领导汪一奇,区商务局、区文旅局负责人参加活动。', yields: '汪一奇' },
      { text: '区领导陈国栋、叶晓梅、郑志鸿出席会议。', yields: '陈国栋' },
      { text: '县领导祝云帆、杨柳出席。', yields: '杨柳' },
      { text: '民建青川县委副主委庞春，会员柯文山、童一鸣参加调研。', yields: '童一鸣' },
      // A Mongolian name of several parts (no surname) after the first item.
      { text: '旗领导柯文山、巴图满都呼、童一鸣陪同。', yields: '巴图满都呼' },
      { text: '6月13日，周明远、孙丽华、汪洋出席活动。', yields: '汪洋' },
      { text: '本次受到表彰的个人包括袁立武、林树青、曾智远。', yields: '林树青' },
      { text: '区领导那英岚、周海、吴涛出席。', yields: '那英岚' },
      { text: '县领导韦一波、齐振军、吴国华以及华建九局董事长刘一扬出席。', yields: '齐振军' },
      { text: '县领导芮明川一同参加植树活动。', yields: '芮明川' },
      { text: '开元街道主要领导刘洋、王武山等参加。', yields: '王武山' },
      { text: '区领导孙立伟、路建明、耿晓东全程陪同。', yields: '耿晓东' },
      { text: '市领导朱明、张立山、刘明山、能强、陈洪光及省商务厅有关领导出席。', yields: '能强' },
      { text: '座谈会上，市领导邱志明致辞。', yields: '邱志明' },
      { text: '韦立山、江一舟、程一凡为获奖企业颁发奖牌。', yields: '江一舟' },
      { text: '区领导韦一山、江一舟作为政府方代表参加签约。', yields: '江一舟' },
      { text: '禾川县文旅局领导霍思远、童以宁到访书院。', yields: '童以宁' },
      { text: '馆长戚南乔陪同贝青一行参观展厅。贝青表示，收获很大。', yields: '贝青' },
      { text: '院长接待葛一鸣一行，双方交流了办学经验。', yields: '葛一鸣' },
      { text: '县妇联领导凌晓、詹宁远到会讲话。', yields: '詹宁远' },
    ],
    mustNot: [
      '区领导出席会议。',
      '镇长陪同调研组一行参观。',
      '区长林川陪同华为一行参观园区。',
      '主任接待东宁市一行，介绍了园区情况。',
      '后排左起：蒲晓岚、季云舒、戚南乔',
      '周明远、黄河、汪洋出席活动。',
      '黄河、长江、汪洋奔腾不息。',
      '区领导高度重视并参加活动。',
      '华为、小米、腾讯为获奖企业颁发奖牌。',
    ],
  },
  {
    id: 'person:set-off',
    family: 'people',
    matches:
      'a single surname (or a compound one, or two single ones) and a two-character given name standing alone, set off on the left by punctuation or a conjunction (、，；：及和与) and on the right by punctuation, a conjunction, 等 or a word that follows names (出席, 表示); no half an everyday word, the three no word and no place, not in a caption of who stands where; only names no other reader found',
    fires: [
      { text: '禾川镇分管负责人；柯望舒、戚南乔参加有关活动。', yields: '戚南乔' },
      { text: '陪同考察的还有禾川县商务局有关同志，柯望舒及各乡镇分管负责人。', yields: '柯望舒' },
      { text: '晚宴由禾川商会举办，韦远山、邬一舟等出席。', yields: '邬一舟' },
      { text: '随后，柯望舒表示，青禾园区将继续扩大招商。', yields: '柯望舒' },
      // Four characters: a compound surname, or two single ones (a married name).
      { text: '到场的还有青禾同乡会首长，欧阳望舒、陈戚南乔等。', yields: '陈戚南乔' },
    ],
    mustNot: [
      '前排从左至右分别是：柯望舒、戚南乔。',
      '要与时俱进，支持下一步工作。',
      '会议选举韦立山为会长，邱明、卢青为常务副会长。',
      '青禾园区将以安全关、质量关、服务关为重点。',
      '会上，李柯远原副主席作了发言。',
      // A place's or a body's name standing alone ends as one (町, 乡, 厅, 会): no person.
      '代表团先后走访了禾川町、青禾乡，与当地业者交流。',
      '随行的有省文旅厅、柯商会，以及园区企业代表。',
    ],
  },
  {
    id: 'person:appointed',
    family: 'people',
    matches:
      'the appointee of `X任…`, `任命X为…`, `聘任/推选/提名/补选/增选/改选X为…`, `X当选为…` (every name of a list before 当选: `A、B等N人当选为…`), `…会长由X担任`',
    fires: [
      {
        text: '仪式上，Stefan Vogel宣布，任命周以宁为克劳森传动技术(太仓)有限公司总经理。',
        yields: '周以宁',
      },
      { text: '会议选举马天佑为会长，蒋书华、龚雨田为副会长。', yields: '龚雨田' },
      { text: '柯立新、童一鸣、庞春当选青川县政协副主席。', yields: '童一鸣' },
      { text: '会议补选庞春、伍文涛为青川县政协常务委员。', yields: '伍文涛' },
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
