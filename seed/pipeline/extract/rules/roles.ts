import type { RuleRecord } from './record.ts';

/** Rules of the roles family (see ./record.ts). */
export const ROLES_RULES = [
  {
    id: 'role:speaks',
    family: 'roles',
    matches: 'speaker: a person followed by a speech verb (讲话, 致辞, 作报告, 介绍, 感谢, 充分肯定…)',
    fires: [
      {
        // What is said, told by the verb of its content.
        text: '3月2日，禾川商会会长林青川率队拜会宁阳县人民政府。副县长甘明哲感谢林青川一行来访。',
        yields: '甘明哲 → 禾川商会拜会宁阳县人民政府',
      },
      {
        // Of two happenings joined by 暨, the act the sentence tells (开工) picks its own.
        text: '全省秋季“项目攻坚”活动暨栾川县文旅综合体开工仪式11日在栾川县正式启动。县委书记林立峰宣布项目开工。',
        yields: '林立峰 → 栾川县文旅综合体开工仪式',
      },
      {
        // A congress joined to the founding of the body it is of: the body named, said of both.
        text: '禾城市餐饮行业协会预制菜专业委员会首届会员代表大会暨成立大会10月20日召开，选出首届班子。预制菜专业委员会主任吕方舟随后致辞。',
        yields: '吕方舟 → 禾城市餐饮行业协会预制菜专业委员会首届会员代表大会',
      },
      {
        // A speech noun after how it was made (作重要讲话, 发表了…致辞).
        text: '2023集美区人才工作大会在集美区侨英街道召开。区委书记黄文斌作重要讲话，副区长林立发表了简短致辞。',
        yields: '林立 → 2023集美区人才工作大会',
      },
      {
        // What the speaker touched on (谈到), and an adverb (亦) before the verb.
        text: '禾溪镇乡贤恳谈会5日在镇文化中心召开。副县长林晓岚在会上谈到，乡贤是家乡发展的宝贵力量，镇长周启航亦致辞。',
        yields: '林晓岚 → 禾溪镇乡贤恳谈会',
      },
      {
        // A happening named in what is said (表示，…成立) is spoken of: the speech stays with the one told.
        text: '禾溪镇乡贤恳谈会5日在镇文化中心召开。镇长周启航表示，禾溪茶叶协会于去年三月成立，会员已有百余家。',
        yields: '周启航 → 禾溪镇乡贤恳谈会',
      },
      {
        // A speech named by its occasion (致开幕词, 致答谢辞).
        text: '禾城市茶文化研究会第三次会员代表大会8日召开。大会由秘书长邵明远主持，副会长柯望舒致开幕词。',
        yields: '柯望舒 → 禾城市茶文化研究会第三次会员代表大会',
      },
      {
        text: '2023集美区人才工作大会在集美区侨英街道召开。区委书记黄文斌出席并讲话。',
        yields: '黄文斌 → 2023集美区人才工作大会',
      },
      {
        text: '近日，东湖商圈综合党委成立授牌仪式在东湖广场举行。区委书记黄文斌为东湖商圈综合党委授牌并致辞。',
        yields: '黄文斌 → 东湖商圈综合党委成立授牌仪式',
      },
      {
        // On a subject first (分别就…提出了意见建议).
        text: '2023集美区人才工作大会在集美区侨英街道召开。会上，区政协委员黄文斌就引进青年人才提出了意见建议。',
        yields: '黄文斌 → 2023集美区人才工作大会',
      },
      {
        // A paragraph with no cue after the one telling a visit's later meeting: said at that meeting.
        text: '9日下午，市长林国栋深入江岸区，就老旧厂房改造开展调研。随后主持召开座谈会，听取相关部门意见。\n林国栋强调，要稳步推进老旧厂房改造。',
        yields: '林国栋 → 老旧厂房改造座谈会',
      },
      {
        // To whom, then how, before the verb (向督导组详细介绍了).
        text: '10月14日，市委常委柏文远来青川县调研。座谈会上，县委副书记林青向督导组详细介绍了全县经济运行情况。',
        yields: '林青 → 青川县座谈会',
      },
      {
        // 做了关于…的汇报, in a sentence opening on the meeting (not the visit its words name: 专题调研汇报).
        text: '10月14日，市委常委柏文远来青川县调研。在座谈会上，副县长林青做了关于全县产业集群发展的专题调研汇报。',
        yields: '林青 → 青川县座谈会',
      },
    ],
    mustNot: [
      '2023集美区人才工作大会在集美区侨英街道召开。区委书记黄文斌出席会议。',
      // Who is spoken to (向<name><title>作了汇报) does not speak.
      '10月14日，市委常委柏文远来青川县调研。座谈会上，企业负责人向副区长林青作了全面汇报。',
    ],
  },
  {
    id: 'role:speaks-clause',
    family: 'roles',
    matches:
      'speaker: a person a clause opens on (a short lead and titles before), with a verb of speech later in that clause and no other name between (A对…给予高度肯定, A作了…介绍); not what is heard, watched or cited',
    fires: [
      {
        text: '10月9日，禾川县外出乡贤座谈会在县政府举行。县委书记林青川对乡贤们多年来心系家乡发展、热心扶贫助学、出资修桥铺路的一桩桩义举给予高度肯定。',
        yields: '林青川 → 禾川县外出乡贤座谈会',
      },
      {
        text: '10月9日，禾川县外出乡贤座谈会在县政府举行。会上，副县长苟星海作了全县重点项目的介绍。',
        yields: '苟星海 → 禾川县外出乡贤座谈会',
      },
    ],
    mustNot: [
      // The speech verb is part of a noun (推介会), or the clause hears or cites someone else's words.
      '10月9日，禾川县招商推介会在县政府举行。县投资促进中心主任林青川出席推介会。',
      '10月9日，禾川县外出乡贤座谈会在县政府举行。副县长苟星海认真听取了乡贤们的发言。',
      // 经A推荐: someone recommended by A, no speech of A's.
      '10月9日，禾川县外出乡贤座谈会在县政府举行。经县人社局局长祝晓岚推荐，三位乡贤受聘为发展顾问。',
    ],
  },
  {
    id: 'role:speaks-listed',
    family: 'roles',
    matches:
      'speaker: names listed with 、 (titles between) before the speech of the last (A董事长X、B会长Y作了交流发言), or X等…代表发言',
    fires: [
      {
        text: '2023集美区人才工作大会召开。厦门嘉禾科技有限公司董事长冉北山、厦门市集美商会会长苟星海作了交流发言。',
        yields: '冉北山 → 2023集美区人才工作大会',
      },
      {
        text: '2023集美区人才工作大会召开。座谈中，厦门市集美商会会长柯振海等企业家代表发言。',
        yields: '柯振海 → 2023集美区人才工作大会',
      },
    ],
    mustNot: [
      '2023集美区人才工作大会召开。厦门嘉禾科技有限公司董事长冉北山出席，厦门市集美商会会长苟星海作了交流发言。',
    ],
  },
  {
    id: 'role:speaks-pronoun',
    family: 'roles',
    matches:
      'speaker: `…，他/她表示` in a sentence whose first clause names a person, or `他/她指出` opening the sentence after one',
    fires: [
      {
        text: '2023集美区人才工作大会召开。区委书记黄文斌充分肯定了全区人才工作成效，他表示，要持续优化人才生态。',
        yields: '黄文斌 → 2023集美区人才工作大会',
      },
      {
        text: '2023集美区人才工作大会召开。区委书记黄文斌向与会人才致以问候。他指出，要持续优化人才生态。',
        yields: '黄文斌 → 2023集美区人才工作大会',
      },
    ],
    mustNot: [
      '2023集美区人才工作大会召开。会上，区委书记黄文斌宣读了表彰决定，他们表示，要持续优化人才生态。',
    ],
  },
  {
    id: 'role:speaks-shared',
    family: 'roles',
    matches: 'speaker: people listed before `出席…并致辞` share the speech',
    fires: [
      {
        // 分别代表…讲话: who each speaks for a side.
        text: '双创活动周启动仪式在亭湖高新区星海科技广场举行。区长钱慕白，江淮科技大学副校长冯海涛分别代表双方讲话。',
        yields: '冯海涛 → 双创活动周启动仪式',
      },
      {
        text: '双创活动周启动仪式在亭湖高新区星海科技广场举行。区长钱慕白，江淮科技大学副校长冯海涛分别致辞。',
        yields: '钱慕白 → 双创活动周启动仪式',
      },
      {
        // 分别表示: each says what follows.
        text: '禾溪镇乡贤恳谈会5日在镇文化中心召开。县工商联主席周启航、县商务局局长韩立明分别表示愿为家乡出力。',
        yields: '周启航 → 禾溪镇乡贤恳谈会',
      },
      {
        text: '3月2日，禾川商会会长林青川率队拜会宁阳县人民政府。座谈中，甘明哲、周启航、韩立明分别发表意见。',
        yields: '周启航 → 禾川商会拜会宁阳县人民政府',
      },
      {
        // Who sign for both sides and then speak (签署…并致辞).
        text: '3月12日，桐庐县与青禾理工学院校地合作签约仪式在桐庐县举行。副县长林立与青禾理工学院院长周远签署合作协议并致辞。',
        yields: '林立 → 桐庐县与青禾理工学院校地合作签约仪式',
      },
    ],
    mustNot: ['双创活动周启动仪式在亭湖高新区星海科技广场举行。区长钱慕白，江淮科技大学副校长冯海涛出席。'],
  },
  {
    id: 'role:heard',
    family: 'roles',
    matches: 'speaker: `听取…X关于…的介绍/汇报`: whose account is heard',
    fires: [
      {
        text: '5月6日，临渭区召开乡村振兴推进会。会上听取了金塘村党支部书记曾立新关于村企共建的介绍。',
        yields: '曾立新 → 临渭区乡村振兴推进会',
      },
    ],
    mustNot: ['5月6日，临渭区召开乡村振兴推进会。会上，金塘村党支部书记曾立新出席。'],
  },
  {
    id: 'role:hosts',
    family: 'roles',
    matches:
      'attendee: `X主持(会议)`, `X(于<day>)在<room>主持召开…`, and the first person of `X到…调研，并(在<room>)主持召开<meeting>`',
    fires: [
      {
        text: '2023集美区人才工作大会在集美区侨英街道召开。区长苏婉清主持会议。',
        yields: '苏婉清 → 2023集美区人才工作大会',
      },
      {
        // The room it was held in between the name and 主持.
        text: '6月15日上午，青川县县长苏婉清在县行政中心三楼会议室主持召开县政府第9次常务会议。',
        yields: '苏婉清 → 青川县政府第9次常务会议',
      },
      {
        // The sentence's first person goes on to host the meeting after a visit (，并在<room>主持召开…).
        text: '4月22日，青川县县长苏婉清到禾丰农机公司调研春耕备耕工作，并在公司会议室主持召开全县春季农业生产工作会议。',
        yields: '苏婉清 → 青川县春季农业生产工作会议',
      },
      {
        // …not one who goes along, written first (在A陪同下).
        text: '6月2日，在市委书记陈华陪同下，省委书记林国栋到禾丰集团调研，并在集团会议室主持召开座谈会。',
        yields: '林国栋 → 禾丰集团座谈会',
      },
    ],
    mustNot: [
      '2023集美区人才工作大会在集美区侨英街道召开。区长苏婉清出席会议。',
      // In a room, but attending.
      '2023集美区人才工作大会在集美区侨英街道召开。区长苏婉清在主会场出席会议。',
    ],
  },
  {
    id: 'role:discussion',
    family: 'roles',
    matches:
      'speaker: the people of a sentence that says they discussed (展开讨论, 进行交流, 分别就…进行了交流, 各抒己见)',
    fires: [
      {
        text: '临渭区召开民营企业座谈会。区长焦远航与企业家代表围绕融资展开讨论。',
        yields: '焦远航 → 临渭区民营企业座谈会',
      },
      {
        // Each on a subject (分别就…进行了交流), or all having their say (各抒己见).
        text: '禾溪镇乡贤恳谈会5日在镇文化中心召开。乡贤代表林青川、周启航分别就茶产业、民宿发展进行了深入交流。',
        yields: '周启航 → 禾溪镇乡贤恳谈会',
      },
    ],
    mustNot: [
      '临渭区召开民营企业座谈会。区长焦远航与企业家代表出席。',
      '禾溪镇乡贤恳谈会5日在镇文化中心召开。乡贤代表林青川、周启航分别就茶产业、民宿发展提出了问题。',
    ],
  },
  {
    id: 'role:org-speaks',
    family: 'roles',
    matches: 'speaker: organisations that report or speak (作交流发言, 先后发言, 提出意见建议)',
    fires: [
      {
        text: '观摩结束后，召开了重大项目建设推进会。区发展和改革局、区住房和城乡建设局主要负责人作交流发言。',
        yields: '花溪区发展和改革局 → 重大项目建设推进会',
        source: '花溪区人民政府',
      },
    ],
    mustNot: ['观摩结束后，召开了重大项目建设推进会。区发展和改革局、区住房和城乡建设局主要负责人出席。'],
  },
  {
    id: 'role:reports',
    family: 'roles',
    matches: 'speaker: `听取(和审议)了<body>关于…的报告`: the body that reports',
    fires: [
      {
        text: '临渭区人大常委会召开第五次会议。会议听取和审议了临渭区人民政府关于优化营商环境工作情况的报告。',
        yields: '临渭区人民政府 → 临渭区人大常委会第五次会议',
      },
    ],
    mustNot: ['临渭区人大常委会召开第五次会议。会议审议了临渭区人民政府提交的议案。'],
  },
  {
    id: 'role:talks-party',
    family: 'roles',
    matches:
      'attendee: the organisations that hold talks (A与B工作会谈), call on a body, or send a delegation (<association>会长X率参访团到访…)',
    fires: [
      {
        // The body called on (a county government) receives the callers.
        text: '3月5日，禾川同乡联谊会会长林青川带队拜会嘉义县政府，副县长甘明哲亲率相关局处首长在门口迎接。',
        yields: '嘉义县政府 → 禾川同乡联谊会拜会嘉义县政府',
      },
      {
        // An association whose head leads its delegation to a division.
        text: '5月9日，禾川商会会长林青川率参访团一行16人到访新竹县，受到县长甘明哲热情接待。',
        yields: '禾川商会 → 新竹县到访',
      },
      {
        text: '11月2日下午，观山湖区与深圳澜汐储能科技有限公司工作会谈在金华园街道举行。',
        yields: '深圳澜汐储能科技有限公司 → 观山湖区与深圳澜汐储能科技有限公司工作会谈',
      },
    ],
    mustNot: [
      '11月2日下午，观山湖区与深圳澜汐储能科技有限公司签约仪式在金华园街道举行。',
      // One body alone before the noun holds the meeting: no side to meet (nor is 和 inside a division's name one).
      '临安区商务局外贸企业座谈会12日在区行政中心举行，局长韩立出席。',
      '和平区政府老旧小区改造座谈会12日在区行政中心举行，区长韩立出席。',
      // A firm's head touring with staff: the head's visit, no firm's.
      '5月9日，禾川实业有限公司董事长林青川率考察团一行16人到访新竹县。',
      // One post in a chain of a person's posts in several bodies: no association sent.
      '6月2日，禾川文化交流协会副会长、青溪产业联盟副理事长兼禾川日报社社长柏文远一行到访新竹县。',
    ],
  },
  {
    id: 'role:invited-bodies',
    family: 'roles',
    matches: 'attendee: bodies a meeting asks to talk with others (`会议请A、B等部门与民营企业家座谈交流`)',
    fires: [
      {
        text: '10月12日下午，徐汇区委统战部召开民营经济圆桌会。会议请区发改委、区商务委等部门与民营企业家面对面座谈交流。',
        yields: '徐汇区商务委 → 徐汇区委统战部民营经济圆桌会',
      },
    ],
    mustNot: ['10月12日下午，徐汇区委统战部召开民营经济圆桌会。区发改委、区商务委将与民营企业家保持沟通。'],
  },
  {
    id: 'role:goers',
    family: 'roles',
    matches:
      'attendee: everyone listed in a group that went to hold a meeting (`A、B、C等一行到<division>开展…座谈会`), and everyone named up to the hosts receiving a call (`…拜会<body>，<title>X亲率…迎接`)',
    fires: [
      {
        // The host's name closed by 亲率 (a name is read before it).
        text: '3月5日，禾川同乡联谊会会长林青川带队拜会嘉义县政府，副县长甘明哲亲率相关局处首长在门口迎接。',
        yields: '甘明哲 → 禾川同乡联谊会拜会嘉义县政府',
      },
      {
        text: '6月12日，桃源县政协副主席柏青山、县政协常委宓泽等一行到陬市镇开展法规解读暨企业家议事座谈会。',
        yields: '宓泽 → 企业家议事座谈会',
      },
      {
        // 随后主持召开座谈会 with the host left unsaid: who made the visit told before holds it.
        text: '9日下午，市长林国栋深入江岸区，就老旧厂房改造开展调研。林国栋察看了两处厂区。随后主持召开座谈会，听取相关部门意见。',
        yields: '林国栋 → 老旧厂房改造座谈会',
      },
    ],
    mustNot: ['6月12日，桃源县政协副主席柏青山、县政协常委宓泽在陬市镇讲话。'],
  },
  {
    id: 'role:visits-group',
    family: 'roles',
    matches:
      'attendee: who leads a group on a visit and everyone listed in it (`A率B、C等一行N人参访/赴…`, `A，B，C一行N人到…`)',
    fires: [
      {
        // Titled people listed with commas before the group's going.
        text: '6月2日，青川县委常委、统战部部长柏文远，县工商联主席甘立，禾溪镇副镇长吕岚一行5人到宁波市鄞州区考察。',
        yields: '甘立 → 鄞州区考察',
      },
      {
        text: '同日，柯城区委书记钟离恒率区委办主任尉迟明、石室乡乡长宓泽等一行12人参访瓯海区。',
        yields: '尉迟明 → 瓯海区参访',
      },
      {
        // Who is listed before 率 leads the group together.
        text: '1月16日，县委书记祁望舒，县委副书记、县长郦云率县党政考察团到北京市通州区考察。',
        yields: '祁望舒 → 通州区考察',
      },
    ],
    mustNot: ['同日，柯城区委书记钟离恒与区委办主任尉迟明、石室乡乡长宓泽一同参访瓯海区。'],
  },
  {
    id: 'role:visits',
    family: 'roles',
    matches: 'attendee: the person who leads a visit (`X在A、B调研`)',
    fires: [
      {
        text: '11月14日，市长沐晓峰到麒麟区和曲靖经济技术开发区考察工业项目建设情况。',
        yields: '沐晓峰 → 工业项目建设情况考察',
      },
      {
        // Where the leader went closes its own clause.
        text: '2月29日，区政协主席祁望舒来到云岩临港产业城，走访调研委员企业。',
        yields: '祁望舒 → 委员企业走访调研',
      },
      {
        // Where the leader went, then what about (，就<matter>进行), before the verb.
        text: '9日下午，市长林国栋深入江岸区，就老旧厂房改造和夜间经济发展开展调研。',
        yields: '林国栋 → 老旧厂房改造和夜间经济发展调研',
      },
    ],
    mustNot: ['11月14日，麒麟区和曲靖经济技术开发区考察工业项目建设情况。'],
  },
] as const satisfies readonly RuleRecord[];
