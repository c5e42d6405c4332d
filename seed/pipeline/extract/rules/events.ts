import type { RuleRecord } from './record.ts';

/** Rules of the events family (see ./record.ts). */
export const EVENTS_RULES = [
  {
    id: 'event:held',
    family: 'events',
    matches: '`<phrase>仪式/大会/论坛…(在<place>)举行/举办/召开`: the phrase names it',
    fires: [
      {
        text: '粤海街道“湾区芯链”集成电路产业党建联盟成立大会在深圳湾科技生态园举行。',
        yields: '“湾区芯链”集成电路产业党建联盟成立',
      },
      { text: '近日，东湖商圈综合党委成立授牌仪式在东湖广场举行。', yields: '东湖商圈综合党委成立授牌' },
      {
        text: '12月5日，东湖物流园暨东湖现代物流示范基地揭牌仪式在东湖镇举行。',
        yields: '东湖物流园暨东湖现代物流示范基地揭牌',
      },
      {
        // Quoted whole, two happenings: the founding keeps its own noun (one founding, not two).
        text: '9月20日下午，“东湖开发区协同发展联盟成立大会暨协同发展论坛”在东湖国际会展中心召开。',
        yields: '东湖开发区协同发展联盟成立',
      },
      {
        // A second happening whose words go on from the first's.
        text: '6月3日，青州市文旅招商项目推介会暨项目签约仪式在青州大酒店举行。',
        yields: '青州市文旅招商项目签约',
      },
      {
        // …and a forum whose words go on from the founded body's.
        text: '9月20日下午，“东湖开发区协同发展联盟成立大会暨协同发展论坛”在东湖国际会展中心召开。',
        yields: '东湖开发区协同发展论坛',
      },
      {
        text: '9月28日，徐州市闽商联合会第四次会员代表大会胜利召开。',
        yields: '徐州市闽商联合会第四次会员代表大会',
      },
      {
        // Who organised it is no part of its name.
        text: '3月28日，由县政府主办，县发改局承办的竹溪县春季重点项目集中开工仪式在县经开区举行。',
        yields: '竹溪县春季重点项目集中开工',
      },
      {
        // A quoted title is named whole, not from a body named inside it.
        text: '4月3日，“聚力向前——上海百家商会走进临港新城”活动启动仪式日前在浦东新区举办。',
        yields: '“聚力向前——上海百家商会走进临港新城”活动启动',
      },
      {
        // A masked word (a crawler's ** for a word it hides) leaves no mark in the name.
        text: '9月19日，第三届东湖装备制造**年会开幕式在东湖国际会展中心举行。',
        yields: '第三届东湖装备制造年会',
      },
      {
        // The first item stands for a list of projects counted after it.
        text: '9月2日，由柳溪镇主办的柳溪镇冷链仓储中心、青禾农机厂房等八个项目的集中开工仪式在柳溪镇举行。',
        yields: '柳溪镇冷链仓储中心等八个项目集中开工',
      },
      {
        text: '岁末年初，2023年度全区重点项目现场观摩点评会举行。',
        yields: '2023年度全区重点项目现场观摩点评会',
      },
      {
        // Held at the same time as another (同步举行); three or more items listed before the count.
        text: '揭牌仪式上，由东湖开发区管委会主办的东湖电机有限公司、柳溪精密部件有限公司、青禾新材料有限公司等3个项目集中开工仪式同步举行。',
        yields: '东湖电机有限公司等3个项目集中开工',
      },
      {
        // The congress's own election or the first session of the organ it elects is no second happening; the
        // body's other name in brackets is no part of the name.
        text: '4月12日，东湖区工商业联合会(总商会)第八次会员代表大会暨八届一次执委会召开。',
        yields: '东湖区工商业联合会第八次会员代表大会',
      },
      {
        text: '3月8日，青州温州商会三届一次会员大会暨换届选举大会在青州宾馆举行。',
        yields: '青州温州商会三届一次会员大会',
      },
    ],
    mustNot: [
      // The meeting is what 对 is about, not a happening named 市委、市政府对会议.
      '林建华代表市委、市政府对会议在东湖召开表示祝贺。',
      '粤海街道计划明年举办集成电路产业论坛。',
      '27日上午签署仪式在县府第一办公大楼举行。',
      '近日，成华区国资系统党委赴鞍山村，开展“村企共建”活动，举行了座谈交流。',
    ],
  },
  {
    id: 'event:held-before',
    family: 'events',
    matches: '`举行/举办/召开<phrase><仪式/会/论坛>`: the phrase names it, held where the clause before says',
    fires: [
      { text: '观摩结束后，召开了重大项目建设推进会。', yields: '重大项目建设推进会' },
      {
        // The rest of the sides counted and the round are no part of the name.
        text: '5月10日下午，在望溪村大会议室举行了瑞丰公司党支部与望溪村党支部等6家共建单位新一轮结对共建签约活动。',
        yields: '瑞丰公司党支部与望溪村党支部结对共建签约',
      },
      {
        text: '5月24日，区委常委、常务副区长朱新远主持召开重大项目督查协调会。',
        yields: '重大项目督查协调会',
      },
      {
        // 在<place>举行的“…”: named by its own words, not after the place.
        text: '10月27日，在宜昌市举行的“2024年全市文旅产业合作开发工作座谈会暨合作项目签约”会上，各方交流了经验。',
        yields: '2024年全市文旅产业合作开发工作座谈会',
      },
      {
        // Bodies listed as holding the unveiling of a thing organise it: named by what was unveiled.
        text: '3月9日上午，东湖开发区管委会、东湖区柳溪乡人民政府举行东湖.柳溪智造园揭牌仪式。',
        yields: '东湖柳溪智造园揭牌',
      },
    ],
    mustNot: [
      '观摩结束后，计划召开重大项目建设推进会。',
      // Told of again (召开的 without quotes), and how often one is to be held.
      '本次会议是落实有关要求组织召开的长宁区首场民营经济圆桌会。',
      '联盟成员单位每年召开1次联席会议。',
    ],
  },
  {
    id: 'event:own-act-ceremony',
    family: 'events',
    matches:
      '`<organisation>举行<act>仪式` (某支行举行开业仪式): the ceremony of its own act, named after it',
    fires: [
      {
        text: '3月8日，湖南湘潭农村商业银行股份有限公司岳塘科创支行举行开业仪式。',
        yields: '湖南湘潭农村商业银行股份有限公司岳塘科创支行开业',
      },
    ],
    mustNot: ['3月8日，湖南湘潭农村商业银行股份有限公司岳塘科创支行举行座谈会。'],
  },
  {
    id: 'event:pair-ceremony',
    family: 'events',
    matches:
      '`A与B举行<…签约/结对共建>仪式/活动` with the sides opening the clause: a signing named after them; the organisations sign and partner, a village, community or division side names it only',
    fires: [
      {
        text: '6月14日，蜀通建设投资集团有限公司与金牛区人民政府举行战略合作框架协议签约仪式。',
        yields: '蜀通建设投资集团有限公司与金牛区人民政府战略合作框架协议签约',
      },
      {
        // A village side is named with the town written before it.
        text: '8月30日下午，凯越实业有限公司党总支与叶榭镇望溪村举行结对共建签约仪式。',
        yields: '凯越实业有限公司党总支与叶榭镇望溪村结对共建签约',
      },
      {
        text: '8月17日，嘉荫县与佛山市南海区举行战略合作框架协议签约仪式。',
        yields: '嘉荫县与南海区战略合作框架协议签约',
      },
      {
        // Named after the agreement a later sentence says the pair signed.
        text: '1月2日，渭南云帆物流有限公司与秭归县人民政府举行签约仪式。刘培国代表秭归县人民政府与渭南云帆物流有限公司签订战略合作框架协议。',
        yields: '渭南云帆物流有限公司与秭归县人民政府战略合作框架协议签约',
      },
      {
        // Where it is held between the pair and 举行.
        text: '6月20日，渭南云帆物流有限公司与上海市奉贤区海外联谊会在临渭区会展中心举行合作协议签约仪式。',
        yields: '渭南云帆物流有限公司与上海市奉贤区海外联谊会合作协议签约',
      },
    ],
    mustNot: ['6月14日，蜀通建设投资集团有限公司与金牛区人民政府举行工作座谈会。'],
  },
  {
    id: 'event:division-convenes',
    family: 'events',
    matches: '`<division>召开/举行…座谈会`: a meeting a division convenes, named after the division',
    fires: [
      { text: '6月30日下午，雁塔区召开民营企业家座谈会。', yields: '雁塔区民营企业家座谈会' },
      {
        // A slogan before what is done is no part of the name.
        text: '日前，雁塔区举行“党建引领促发展，联盟共建聚合力”党建联盟签约仪式。',
        yields: '雁塔区党建联盟签约',
      },
    ],
    mustNot: ['6月30日下午，民营企业家在雁塔区座谈。'],
  },
  {
    id: 'event:thing-ceremony',
    family: 'events',
    matches:
      '`<project, works, base …>举行<act>仪式`: the ceremony of a bare act (开工, 奠基 …), named after what holds it',
    fires: [
      {
        text: '近日，由华建九局承建的临渭区滨河新城综合开发项目举行开工仪式。',
        yields: '临渭区滨河新城综合开发项目开工',
      },
    ],
    mustNot: [
      '近日，临渭区滨河新城综合开发项目举行推进会。',
      '近日，临渭区滨河新城综合开发项目将于下月开工。',
    ],
  },
  {
    id: 'event:numbered-session',
    family: 'events',
    matches: '`<body>举行第N次会议`: a numbered session, named after the body',
    fires: [
      {
        text: '2月3日下午，甘井子区十八届人大常委会举行第九次会议。',
        yields: '甘井子区十八届人大常委会第九次会议',
      },
      {
        // A bare 区 on a district's page: the division the article's bare bodies are in.
        text: '7月31日下午，区十七届人大常委会举行第十三次会议。区人大常委会主任戴骅主持会议，会议决定接受张伟辞去长宁区人民政府区长职务的请求。',
        yields: '长宁区十七届人大常委会第十三次会议',
      },
    ],
    mustNot: ['2月3日下午，甘井子区十八届人大常委会举行会议。'],
  },
  {
    id: 'event:signed-verb',
    family: 'events',
    matches: '`(集中|现场|成功|正式)签约` closing a clause: a signing told by its verb',
    fires: [{ text: '推介会上，翠屏区与6家企业集中签约，总投资52亿元。', yields: '翠屏区与6家企业集中签约' }],
    mustNot: ['推介会上，翠屏区计划与6家企业集中签约，总投资52亿元。'],
  },
  {
    id: 'event:opened',
    family: 'events',
    matches: '`<subject>在<place>(宣告|正式)成立/开园/开业/投产/揭牌/启用…`',
    fires: [
      {
        text: '9月12日上午，“太湖之光”机器人产业园在吴中经济技术开发区正式开园。',
        yields: '“太湖之光”机器人产业园开园',
      },
    ],
    mustNot: ['“太湖之光”机器人产业园将于明年开园。'],
  },
  {
    id: 'event:founded',
    family: 'events',
    matches: '`<organisation>(揭牌|宣告|正式)成立`',
    fires: [
      {
        text: '9月28日上午，建安区许北产业集聚区党建联盟正式成立。',
        yields: '建安区许北产业集聚区党建联盟成立',
      },
    ],
    mustNot: ['建安区许北产业集聚区党建联盟成立于2019年。'],
  },
  {
    id: 'event:convened',
    family: 'events',
    matches: '`<organisation>召开<…会议/大会>`',
    fires: [
      {
        text: '5月25日下午，山东泉城数字产业集团有限公司召开干部大会。',
        yields: '山东泉城数字产业集团有限公司干部大会',
      },
      {
        // Bodies of one division convening together: named after the division, the quote dropped.
        text: '9月16日下午，长宁区委统战部、区工商联召开“民营经济圆桌会”。',
        yields: '长宁区民营经济圆桌会',
      },
      {
        // A zone's administration where the group came: named after the zone.
        text: '6月5日上午，武陵区委书记邝建业到东溪工业集中区调研。随后，调研组来到集中区管委会召开座谈会。',
        yields: '东溪工业集中区座谈会',
      },
      {
        // The body's other name in brackets before 召开.
        text: '4月2日，长宁区工商联(商会)召开第三届二次会员大会。',
        yields: '长宁区工商联第三届二次会员大会',
      },
      {
        // A division's government after 在 is where it was held: named after the division.
        text: '当天下午，两镇在马渚镇政府召开了协作座谈会。',
        yields: '马渚镇协作座谈会',
      },
    ],
    mustNot: ['5月25日下午，山东泉城数字产业集团有限公司召开了一次座谈。'],
  },
  {
    id: 'event:unveiled',
    family: 'events',
    matches:
      '`<something not itself an entity>(正式)揭牌(启用)`, told on its day, when nothing else names a happening in the sentence',
    fires: [{ text: '5月11日，东关街道企业服务驿站揭牌启用。', yields: '东关街道企业服务驿站揭牌' }],
    mustNot: ['东关街道企业服务驿站计划揭牌启用。'],
  },
  {
    id: 'event:agreement-signed',
    family: 'events',
    matches:
      '`A与B签署/签订X协议` with no ceremony named: a signing of its own (A与BX协议签约); divisions may stand on either side',
    fires: [
      {
        text: '论坛期间，武汉理工大学与武汉路擎科技有限公司签署产学研合作协议。',
        yields: '武汉理工大学与武汉路擎科技有限公司产学研合作协议签约',
      },
      {
        text: '会上，南海区与嘉荫县签订《全方位战略合作框架协议》。',
        yields: '南海区与嘉荫县全方位战略合作框架协议签约',
      },
      {
        // A body written with a bare level is named with its division.
        text: '湖北省宜城市市委副书记、市长甄怀远代表市政府与中铁汇通设计研究院有限公司签订了战略框架协议。',
        yields: '宜城市政府与中铁汇通设计研究院有限公司战略框架协议签约',
      },
      {
        // Bodies listed with 、 that the text says sign together (a count of them, or 共同).
        text: '渭南云帆物流有限公司党支部、临渭区税务局党支部、渭南柏瑞食品有限公司党支部三家党组织签署了党建联盟协议。',
        yields: '渭南云帆物流有限公司党支部、临渭区税务局党支部、渭南柏瑞食品有限公司党支部党建联盟协议签约',
      },
      {
        // What is said of the agreement before 的 is no part of its name.
        text: '会上，渭南云帆物流有限公司与秭归县人民政府签订了价值15亿元的战略合作框架协议。',
        yields: '渭南云帆物流有限公司与秭归县人民政府战略合作框架协议签约',
      },
      {
        // Each side written with who signs for it: named after the bodies.
        text: '会上，杭州禾丰电子有限公司总经理方立言与宁波港联物流有限公司董事长邬晓梅代表双方签署了战略合作协议。',
        yields: '杭州禾丰电子有限公司与宁波港联物流有限公司战略合作协议签约',
      },
    ],
    mustNot: [
      '论坛期间，武汉理工大学与武汉路擎科技有限公司洽谈产学研合作。',
      '会上，杭州禾丰电子有限公司总经理方立言与宁波港联物流有限公司董事长邬晓梅就战略合作进行了交流。',
      '渭南云帆物流有限公司、渭南柏瑞食品有限公司分别签订了合作协议。',
    ],
  },
  {
    id: 'event:visit',
    family: 'events',
    matches:
      '`(带队|率队|到<places or bodies>)调研/走访/考察/督导/视察/观摩 <object>` after a titled leader: a visit named after its subject',
    fires: [
      {
        // Where the leader goes may be a bare 园区一线.
        text: '6月3日，江岸区委书记郁文澜深入园区一线调研企业，了解生产经营情况。',
        yields: '企业调研',
      },
      {
        text: '5月9日上午，历城区委书记范承志带队调研全区重点产业项目建设情况。',
        yields: '历城区重点产业项目建设调研',
      },
      {
        text: '5月8日，云岩区委书记祁望舒到贵州黔丰农业科技有限公司调研企业生产经营情况。',
        yields: '企业生产经营调研',
      },
      {
        // A place no list knows, told by its head; 调研考察 as one verb.
        text: '5月9日上午，区委书记祁望舒到龙溪工业集中区调研考察园区发展情况。',
        yields: '园区发展调研',
      },
      {
        // A group led, closing its own clause, comes to 我区.
        text: '8月28日，市工商联党组书记祁望舒带领调研组，来我区调研统一战线服务大局工作。',
        yields: '统一战线服务大局调研',
      },
      { text: '3月9日下午，云岩区委书记祁望舒带队观摩重点项目建设。', yields: '重点项目建设观摩' },
    ],
    mustNot: [
      '5月9日上午，历城区委书记范承志听取全区重点产业项目建设情况汇报。',
      '5月8日，历城区委书记范承志到浙江省杭州市萧山区考察学习，副区长孟晓陪同。',
      // A trip away (赴) is not named after its subject alone.
      '5月8日，历城区委书记范承志赴浙江省杭州市萧山区调研数字经济发展情况。',
    ],
  },
  {
    id: 'event:activity-visit',
    family: 'events',
    matches:
      '`<titled>率队(先后)赴A、B等企业开展<X走访慰问>活动`, `带领…赴<division>开展异地视察活动`: a visit told as an activity, named by it (X走访慰问) or, when it says only how, after where it went and how (<division>异地视察)',
    fires: [
      {
        text: '2月2日上午，区委书记霍东篱率队先后赴淮鑫化工、安澜矿装等企业开展春节走访慰问活动，为企业送去新春祝福。',
        yields: '春节走访慰问',
      },
      {
        // A leader bringing a group; how it was done (异地) names nothing, so where it went does.
        text: '5月20日，开化县政协主席柏青山带领部分县政协委员赴丽水市开展异地视察活动。',
        yields: '丽水市异地视察',
      },
      {
        // An inspection of a division needs no titled leader.
        text: '11月18日，市政协组织部分委员赴昆山市开展异地视察活动。',
        yields: '昆山市异地视察',
      },
    ],
    mustNot: [
      '2月2日上午，区委书记霍东篱表示，各单位要赴企业开展春节走访慰问活动，为企业送去新春祝福。',
      '市政协将组织部分委员赴昆山市开展异地视察活动。',
    ],
  },
  {
    id: 'event:meeting-told-after',
    family: 'events',
    matches:
      "`座谈会上，…` opening a sentence after a visit to a division, with no meeting read: the visit's meeting, named after where it went",
    fires: [
      {
        text: '6月3日，青州市委常委、常务副市长戚晓率青州市经贸考察团一行来鹤壁市考察。\n座谈会上，鹤壁市副市长褚清和介绍了鹤壁市经济社会发展情况。',
        yields: '鹤壁市座谈会',
      },
      {
        // Named in full where what is said was said.
        text: '6月3日，青州市副市长戚晓带队赴鹤壁市考察。\n在青州·鹤壁产业合作座谈会上，两地负责人作了发言。',
        yields: '青州·鹤壁产业合作座谈会',
      },
    ],
    mustNot: [
      // No visit told before.
      '在青州·鹤壁产业合作座谈会上，两地负责人作了发言。',
      '6月3日，戚晓一行来鹤壁市考察，并召开座谈会。\n座谈会上，鹤壁市副市长褚清和介绍了鹤壁市经济社会发展情况。',
      '6月3日，鹤壁市召开民营企业座谈会。\n座谈会上，鹤壁市副市长褚清和介绍了鹤壁市经济社会发展情况。',
    ],
  },
  {
    id: 'event:visit-to',
    family: 'events',
    matches: '`(带队|率队|一行)(N人)赴/到/莅临<place>调研/考察`: a visit to a place',
    fires: [
      { text: '上周五，余姚市副市长岑立峰带队赴泗门镇调研。', yields: '泗门镇调研' },
      { text: '9月6日，余姚市副市长岑立峰一行8人莅临泗门镇调研。', yields: '泗门镇调研' },
      {
        // A group counted roughly, then where it went; the trip named after the place and its first verb.
        text: '7月11日，青禾区企业联合会党支部一行近30人，前往松江区叶榭镇开展考察学习交流活动。',
        yields: '叶榭镇考察',
      },
      {
        // 参访 before where it went; a division written short is named in full.
        text: '6月12日，温州市瓯海区与衢州市柯城区签署合作协议。同日，柯城区委书记钟离恒率区委办主任尉迟明等一行6人参访瓯海。',
        yields: '瓯海区参访',
      },
      {
        // A group named by its kind (考察组, 参观团) going; 参观交流 named whole.
        text: '7月9日，余姚市工商联主席岑立峰陪同柯城区商会考察组来泗门镇考察。',
        yields: '泗门镇考察',
      },
      {
        text: '4月3日，泗门镇镇长岑立峰率农业等部门负责人一行赴马渚镇参观交流。',
        yields: '马渚镇参观交流',
      },
      {
        // 走访调研 named whole.
        text: '5月14日，余姚市副市长岑立峰带队赴泗门镇开展走访调研，了解农业产业发展情况。',
        yields: '泗门镇走访调研',
      },
    ],
    mustNot: [
      '上周五，余姚市副市长岑立峰赴泗门镇。',
      '柯城区委书记钟离恒一行6人将参访瓯海区的计划已经确定。',
      // 我市 with no city known names nothing.
      '6月3日，青州市经贸考察团一行赴我市进行考察。',
    ],
  },
  {
    id: 'event:formed-alliance',
    family: 'events',
    matches:
      '`A、B和C结成/组建<alliance>`: the founding of the alliance by the bodies listed before the verb',
    fires: [
      {
        text: '4月26日，城中街道南山社区党委、文昌社区党总支和周桥社区党总支结成“山水相依”党建联盟。',
        yields: '“山水相依”党建联盟成立',
      },
    ],
    mustNot: ['4月26日，南山社区党委、文昌社区党总支和周桥社区党总支参观了“山水相依”党建联盟。'],
  },
  {
    id: 'event:visit-kind',
    family: 'events',
    matches:
      '`<titled person>深入/到<places>部分/重点<kind>企业调研，`: a visit to companies of a kind, named by the kind',
    fires: [
      {
        text: '11月19日，云岩区委副书记、区长祁望舒深入云岩区部分工业企业调研，了解企业生产情况。',
        yields: '工业企业调研',
      },
    ],
    mustNot: ['11月19日，云岩区委副书记、区长祁望舒要求深入部分工业企业，了解企业生产情况。'],
  },
  {
    id: 'event:visit-at',
    family: 'events',
    matches:
      '`<titled person, or a known one with 一行>(还)到/赴/前往<places or bodies>(开展)调研/考察/走访…` with nothing after the verb: a visit named after the last place',
    fires: [
      {
        text: '2023年5月8日，云岩区委书记祁望舒到东溪智造园调研，了解园区企业生产情况。',
        yields: '东溪智造园调研',
      },
      {
        // 并召开座谈会 after the verb is another act, not what the visit is about.
        text: '6月3日，江岸区委书记郁文澜到临江科创园调研并召开座谈会。',
        yields: '临江科创园调研',
      },
      {
        // A leader bringing a group to a bare 园区.
        text: '9月13日下午，市委常委、宣传部长顾明远带领宣传部机关工作人员来园区调研，园区管委会主任朱清和陪同调研。',
        yields: '园区调研',
      },
      {
        text: '5月8日，云岩区委书记祁望舒出席座谈会。当天下午，祁望舒一行还前往贵州黔丰农业科技有限公司开展实地调研。',
        yields: '贵州黔丰农业科技有限公司调研',
      },
      {
        text: '5月8日，云岩区委书记祁望舒到浙江省杭州市萧山区考察学习，副区长孟晓陪同。',
        yields: '萧山区考察学习',
      },
      {
        // 赴 right after the leader's name (the name ends there).
        text: '1月9日，县委书记伍建军赴石岭镇调研，听取全镇工作汇报。',
        yields: '石岭镇调研',
      },
    ],
    mustNot: ['2023年5月8日，欢迎大家到东溪智造园调研，共谋发展。'],
  },
  {
    id: 'event:body-activity',
    family: 'events',
    matches:
      '`<body>开展<what>视察/调研/考察/走访活动` with the body opening its clause: a visit named by what it is (<what><verb>)',
    fires: [
      {
        text: '6月3日至8日，桃源县政协开展全县委员工作站轮值视察活动。',
        yields: '全县委员工作站轮值视察',
      },
    ],
    mustNot: [
      // How alone names nothing without where it went.
      '6月3日，桃源县政协开展异地视察活动。',
      // The body is not who carries it out.
      '6月3日，委员们围绕桃源县政协开展全县委员工作站轮值视察活动提出建议。',
    ],
  },
  {
    id: 'event:meeting-where-went',
    family: 'events',
    matches:
      "`一行到<division>开展(X暨)Y座谈会`: a meeting held where the group went, named by its own words (after 暨); `一行人对A、B进行了调研视察` after it: the group's inspection of that division (<division>调研视察)",
    fires: [
      {
        text: '6月12日，桃源县政协副主席柏青山等一行到陬市镇开展法规解读暨企业家议事座谈会。',
        yields: '企业家议事座谈会',
      },
      {
        text: '6月12日，桃源县政协副主席柏青山等一行到陬市镇开展法规解读暨企业家议事座谈会。一行人对陬市镇柑橘基地、茶叶合作社进行了调研视察。',
        yields: '陬市镇调研视察',
      },
    ],
    mustNot: [
      // Where it went is no division.
      '6月12日，桃源县政协副主席柏青山等一行到基层开展法规解读暨企业家议事座谈会。',
    ],
  },
  {
    id: 'event:launched-alliance',
    family: 'events',
    matches:
      '`…在<place>(正式|共同)启动(共建)“X”党建联盟`: its founding, held there; `A、B、C等N家成员单位代表共同签署联盟公约` (or `共同签约`) after it: its signing (X联盟公约签约), the bodies listed signatories and members',
    fires: [
      {
        text: '柘城县9个基层党组织近日在城关镇溪口社区共同启动“同舟”党建联盟。',
        yields: '“同舟”党建联盟成立',
      },
      {
        text: '柘城县9个基层党组织近日在城关镇溪口社区共同启动“同舟”党建联盟。启动仪式上，柘城县城关镇溪口社区党委、柘城县市场监管局党支部、柘城县人民医院党总支等9家成员单位代表共同签署联盟公约。',
        yields: '“同舟”党建联盟公约签约',
      },
    ],
    mustNot: ['柘城县9个基层党组织近日在城关镇溪口社区讨论“同舟”党建联盟的章程。'],
  },
  {
    id: 'event:hosted-delegation',
    family: 'events',
    matches:
      "a body opening on a visiting delegation's meeting (`座谈会开始前，…`, `座谈会首先…`) with no meeting or visit read: the meeting, named after the first division the body names; `考察期间，考察团还先后走访了…` later: the visit, named after the one division holding every division written where it went",
    fires: [
      {
        text: '座谈会开始前，与会人员观看了招商短片。鸡冠区区长闵若川作了推介。\n考察期间，考察团还先后走访了鸡冠区红枫农业园区和东澜商贸中心。',
        yields: '鸡冠区座谈会',
      },
      {
        text: '座谈会开始前，与会人员观看了招商短片。鸡冠区区长闵若川作了推介。\n考察期间，考察团还先后走访了鸡冠区红枫农业园区和东澜商贸中心。',
        yields: '鸡冠区考察',
      },
    ],
    mustNot: [
      // Not opening the body.
      '鸡冠区区长闵若川作了推介。座谈会开始前，与会人员观看了招商短片。',
    ],
  },
  {
    id: 'event:reception',
    family: 'events',
    matches:
      "`<titled host>(在<venue>)会见(了)<company><titles><name>`: a reception named after the host's division and the company (<division>与<company>会见), held at the venue",
    fires: [
      {
        text: '7月2日，宜宾市委书记柯望川在临江宾馆会见了北辰重工股份有限公司总裁钱雨桐。',
        yields: '宜宾市与北辰重工股份有限公司会见',
      },
    ],
    mustNot: [
      // No host titled before 会见.
      '7月2日，北辰重工股份有限公司总裁钱雨桐表示，将加快项目建设。',
      // A host received by no company.
      '7月2日，宜宾市委书记柯望川会见了各界代表。',
      // The same pair's talks told before: the reception is part of them.
      '7月2日，宜宾市与北辰重工股份有限公司工作会谈在临江宾馆举行。宜宾市委书记柯望川会见了北辰重工股份有限公司总裁钱雨桐。',
    ],
  },
  {
    id: 'event:follow-up-meeting',
    family: 'events',
    matches:
      '`(并|随后)召开/举行座谈会` after a visit in its sentence, or opening a later sentence (随后，双方召开座谈会): a meeting named after where the visit went',
    fires: [
      {
        text: '2月15日下午，烟台市委副秘书长秦怀远率队赴芝罘中韩产业合作区调研，并召开座谈会。',
        yields: '芝罘中韩产业合作区座谈会',
      },
      {
        text: '2月15日下午，烟台市委副秘书长秦怀远率队赴芝罘中韩产业合作区调研。随后，双方召开座谈会。',
        yields: '芝罘中韩产业合作区座谈会',
      },
      {
        text: '2月15日下午，烟台市委副秘书长秦怀远率队赴芝罘中韩产业合作区调研。随后，在合作区会议室召开座谈会。',
        yields: '芝罘中韩产业合作区座谈会',
      },
      {
        // A group's meeting where it came, with no visit read.
        text: '3月24日，苏州市民营企业家代表一行多人来到吴江区，近距离感受吴江，并召开座谈会。',
        yields: '吴江区座谈会',
      },
    ],
    mustNot: [
      '2月15日下午，烟台市委副秘书长秦怀远召开座谈会。',
      '3月24日，苏州市民营企业家代表在吴江感受发展，并召开座谈会。',
    ],
  },
] as const satisfies readonly RuleRecord[];
