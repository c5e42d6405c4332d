import type { RuleRecord } from './record.ts';

/**
 * Rules of the events family: happenings held, found by the sentence that tells them (see ./record.ts); those told
 * by the body that holds them (sessions, openings, foundings, unveilings) are in ./convened.ts, those told after the
 * verb that holds them (`举行<phrase><noun>`) in ./held-before.ts.
 */
export const EVENTS_RULES = [
  {
    id: 'event:held',
    family: 'events',
    matches: '`<phrase>仪式/大会/论坛…(在<place>)举行/举办/召开`: the phrase names it',
    fires: [
      {
        // A byline in brackets opening the sentence is no part of the name.
        text: '【記者林遠山/南投報導】南投縣第九屆青年商會理事就職典禮5日在縣府大禮堂舉行，縣長吳青川致詞。',
        yields: '南投县第九届青年商会理事就职典礼',
      },
      {
        // A Republic year with 年度 before the body holding it stays in the name; 成果展 is a happening's noun.
        text: '「113年度南投縣農會青年農民成果展」15日在南投縣農會舉辦，副縣長柯見川致詞。',
        yields: '113年度南投县农会青年农民成果展',
      },
      {
        // A quoted theme set before the name with a dash is no part of it.
        text: '由青禾县主办的“携手新质生产力”——沪禾产业合作洽谈大会在上海举行。',
        yields: '沪禾产业合作洽谈大会',
      },
      {
        // The page's own unit (我市) is named by the division it stands for.
        text: '12月5日，我市投资环境说明会在杭州举行，市长林青川致辞。丽水市地处浙西南。',
        yields: '丽水市投资环境说明会',
      },
      {
        // One meeting whose subjects are joined by 暨 (talks and a promotion) is named whole.
        text: '2月18日下午，苍溪县歧坪镇乡贤座谈会暨返乡创业分享会举行。',
        yields: '苍溪县歧坪镇乡贤座谈会暨返乡创业分享会',
      },
      {
        // Told as started (正式启动 closing its clause); 全省 is the province of the divisions named.
        text: '全省秋季“项目攻坚”活动暨栾川县文旅综合体开工仪式11日在栾川县正式启动。',
        yields: '河南省秋季“项目攻坚”活动',
      },
      {
        // A day word, a part of the day and a clock time between the noun and the venue.
        text: '禾川乡贤恳谈会9日下午3时30分在禾川宾馆召开，县长韩立明主持。',
        yields: '禾川乡贤恳谈会',
      },
      {
        // The body opening the clause, with the year it holds it in, holds what it names in corner marks.
        text: '花蓮縣壽豐鄉公所112年度舉辦的『社區治安聯防座談會』於3月5日在鄉立圖書館召開。',
        yields: '花莲县寿丰乡公所社区治安联防座谈会',
      },
      {
        // A second happening joined by 暨 is held by the division the first names.
        text: '9月20日，龙游县秋季招商项目签约仪式暨“青禾扬帆”人才计划发布会在县会展中心隆重举行。',
        yields: '龙游县“青禾扬帆”人才计划发布会',
      },
      {
        // What it is exemplified by (以A为代表的) is no part of its name.
        text: '7月10日，以青禾新材料项目为代表的“开工一批”活动在青川区举行。',
        yields: '“开工一批”活动',
      },
      {
        // A body of the page's division written with a bare level names it with its division.
        text: '5月8日，区九届人大常委会第十二次会议召开。区人大常委会主任柏文清主持会议。鹿城区副区长甘承远列席会议。',
        yields: '鹿城区九届人大常委会第十二次会议',
      },
      {
        text: '粤海街道“湾区芯链”集成电路产业党建联盟成立大会在深圳湾科技生态园举行。',
        yields: '粤海街道“湾区芯链”集成电路产业党建联盟成立',
      },
      { text: '近日，东湖商圈综合党委成立授牌仪式在东湖广场举行。', yields: '东湖商圈综合党委成立授牌仪式' },
      // A day and 晚 (the evening) between the happening and 在.
      { text: '禾川同乡会第五届理事就职典礼9日晚在青禾酒店举行。', yields: '禾川同乡会第五届理事就职典礼' },
      // A day in brackets after 今 or 昨 (Taiwan's and Hong Kong's way of writing the day).
      { text: '禾川社區守望隊成軍儀式昨(12)日在社區廣場舉行。', yields: '禾川社区守望队成军仪式' },
      {
        text: '12月5日，东湖物流园暨东湖现代物流示范基地揭牌仪式在东湖镇举行。',
        yields: '东湖物流园暨东湖现代物流示范基地揭牌仪式',
      },
      {
        // Quoted whole, two happenings: the founding keeps its own noun (one founding, not two).
        text: '9月20日下午，“东湖开发区协同发展联盟成立大会暨协同发展论坛”在东湖国际会展中心召开。',
        yields: '东湖开发区协同发展联盟成立',
      },
      {
        // A second happening whose words go on from the first's.
        text: '6月3日，青州市文旅招商项目推介会暨项目签约仪式在青州大酒店举行。',
        yields: '青州市文旅招商项目签约仪式',
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
        yields: '竹溪县春季重点项目集中开工仪式',
      },
      {
        // A quoted title is named whole, not from a body named inside it.
        text: '4月3日，“聚力向前——上海百家商会走进临港新城”活动启动仪式日前在浦东新区举办。',
        yields: '“聚力向前——上海百家商会走进临港新城”活动启动仪式',
      },
      {
        // A provincial body written with a bare 省 is named with the page's province; its other name in brackets
        // stays as written.
        text: '10月9日，省工商联(总商会)第九次代表大会在南昌开幕，省长林青川到会祝贺。',
        yields: '江西省工商联(总商会)第九次代表大会',
      },
      {
        // A masked word (a crawler's ** for a word it hides) leaves no mark in the name.
        text: '9月19日，第三届东湖装备制造**年会开幕式在东湖国际会展中心举行。',
        yields: '第三届东湖装备制造年会',
      },
      {
        // The first item stands for a list of projects counted after it.
        text: '9月2日，由柳溪镇主办的柳溪镇冷链仓储中心、青禾农机厂房等八个项目的集中开工仪式在柳溪镇举行。',
        yields: '柳溪镇冷链仓储中心等八个项目集中开工仪式',
      },
      {
        text: '岁末年初，2023年度全区重点项目现场观摩点评会举行。',
        yields: '2023年度全区重点项目现场观摩点评会',
      },
      {
        // Held at the same time as another (同步举行); three or more items listed before the count.
        text: '揭牌仪式上，由东湖开发区管委会主办的东湖电机有限公司、柳溪精密部件有限公司、青禾新材料有限公司等3个项目集中开工仪式同步举行。',
        yields: '东湖电机有限公司等3个项目集中开工仪式',
      },
      {
        // The first session of the organ the congress elects is no second happening; the body's other name in
        // brackets stays as written.
        text: '4月12日，东湖区工商业联合会(总商会)第八次会员代表大会暨八届一次执委会召开。',
        yields: '东湖区工商业联合会(总商会)第八次会员代表大会',
      },
      {
        // The congress joined to its own election is one meeting, named whole as written.
        text: '3月8日，青州温州商会三届一次会员代表大会暨换届选举大会在青州宾馆举行。',
        yields: '青州温州商会三届一次会员代表大会暨换届选举大会',
      },
      {
        // An agency's dateline is no part of the name; who attends is not either.
        text: '青禾社南京9月3日电(记者林川)江禾归侨联谊会第四次会员代表大会3日在南京举行。',
        yields: '江禾归侨联谊会第四次会员代表大会',
      },
      {
        text: '5月8日晚，市长林青川出席第三届青禾博览会开幕式并致辞。',
        yields: '第三届青禾博览会',
      },
      {
        // Told as over: the quoted name is kept whole, with its year and round.
        text: '11月5日，由青川大学主办的“2024（第二届）青禾园区发展论坛”取得圆满成功。',
        yields: '2024(第二届)青禾园区发展论坛',
      },
      {
        text: '2024年3月8日下午，由青禾商会承办的长三角异地商会秘书长联席会在青禾大厦隆重召开。',
        yields: '长三角异地商会秘书长联席会',
      },
      // A word telling what is to come counts as a word of its own, not inside a name (将乐县, 计划局).
      { text: '将乐县县长林川出席第三届青禾博览会开幕式并致辞。', yields: '第三届青禾博览会' },
      { text: '青禾县计划局局长林川出席第三届青禾博览会开幕式并致辞。', yields: '第三届青禾博览会' },
      {
        // A short form declared in brackets before the noun is no part of the name; the year before the body is.
        text: '5月12日，2023青禾智能制造产业联盟(以下简称“青禾联盟”)年会在禾城举行。',
        yields: '2023青禾智能制造产业联盟年会',
      },
      {
        // A congress joined by 暨 to its body's founding congress: the congress and the founding, two happenings.
        text: '5月4日，江禾物流协会冷链分会首届委员代表会议暨成立大会于禾城会展中心召开。',
        yields: '江禾物流协会冷链分会成立',
      },
      {
        text: '5月4日，江禾物流协会冷链分会首届委员代表会议暨成立大会于禾城会展中心召开。',
        yields: '江禾物流协会冷链分会首届委员代表会议',
      },
      {
        // The first session of the organ the congress elects, joined by 暨: the same congress.
        text: '5月6日，青禾冷链物流协会五届会员代表大会暨五届二次监事会在禾城宾馆举行。',
        yields: '青禾冷链物流协会五届会员代表大会',
      },
      {
        // 该平台…会议: named by the platform named before.
        text: '“青禾县校地合作平台”组建三年来推动多项合作。该平台2023年度第2次会议于5月8日在青禾大学举行。',
        yields: '青禾县校地合作平台2023年度第2次会议',
      },
    ],
    mustNot: [
      // The meeting is what 对 is about, not a happening named 市委、市政府对会议.
      '林建华代表市委、市政府对会议在东湖召开表示祝贺。',
      '粤海街道计划明年举办集成电路产业论坛。',
      '大会闭幕前选举产生了新一届理事会。',
      // One to attend is no happening the article reports; a congress told before by its noun alone is no new one.
      '市长贺立群到达后将考察园区，并于次日出席第二届江禾茶业博览会开幕式。',
      '市长林川将于明天上午出席第三届青禾博览会开幕式。',
      '省人大常委会副主任林川出席了大会开幕式。',
      '27日上午签署仪式在县府第一办公大楼举行。',
      '日前，青川区交通系统党委一行来到石岭村，围绕“结对帮扶”开展活动，双方进行了座谈交流。',
      // A happening told again by a demonstrative is no new one; a reference to nothing named names none.
      '县长韩立说，这场推广活动在禾溪广场举行，吸引了大批市民。',
      '该公司年度总结会于5月8日在禾城举行。',
      // A session decided on is still to come.
      '理事会决定青禾商会第五届会员大会于2024年1月8日在禾城召开。',
      // How meetings are held (会议召开制度) is no meeting held.
      '常委会审议了议事规则修订稿，明确了会议召开制度。',
    ],
  },
  {
    id: 'event:listed-ceremony',
    family: 'events',
    matches:
      '`<holder>举行/举办A仪式、B仪式(，C仪式等)`: each further ceremony listed after the first one held, held by the same holder',
    fires: [
      {
        text: '11月3日，青川县举行禾溪大桥开工仪式、青禾学校授牌仪式，县四套班子领导到场。',
        yields: '青川县青禾学校授牌仪式',
      },
      {
        text: '活动期间，还举办了“禾溪书屋”揭牌仪式，爱心图书捐赠仪式，志愿服务队授旗仪式等。',
        yields: '爱心图书捐赠仪式',
      },
    ],
    mustNot: [
      // A clause about the ceremony, not another one.
      '11月3日，青川县举行禾溪大桥开工仪式，县长柏文远出席仪式。',
      '11月3日，青川县举行禾溪大桥开工仪式，该仪式由县交通局承办。',
    ],
  },
  {
    id: 'event:learnt-at',
    family: 'events',
    matches: '`(记者)从(<when>)在<place>召开的<phrase>会议上获悉`: a meeting told as where news was learnt',
    fires: [
      {
        text: '记者从昨天（22日）在温州召开的江禾医药企业座谈会上获悉，首批项目已经落地。',
        yields: '江禾医药企业座谈会',
      },
    ],
    mustNot: ['记者从江禾医药企业协会获悉，首批项目已经落地。'],
  },
  {
    id: 'event:division-convenes',
    family: 'events',
    matches: '`<division>召开/举行…座谈会`: a meeting a division convenes, named after the division',
    fires: [
      { text: '6月30日下午，雁塔区召开民营企业家座谈会。', yields: '雁塔区民营企业家座谈会' },
      {
        // A kind of meeting written with 会议 (调度会议) keeps the whole noun; kinds read as meetings: 团拜会, 专题会.
        text: '8月14日上午，雁塔区召开防汛物资保障调度会议。',
        yields: '雁塔区防汛物资保障调度会议',
      },
      { text: '2月6日上午，雁塔区举行2024年春节团拜会。', yields: '雁塔区2024年春节团拜会' },
      {
        // A theme stated before the verb; two meetings joined by 暨, each named after the division (its chain as
        // written); a short quoted name (“两优一先”) is kept.
        text: '6月28日上午，青田县鹤城街道以“同心共建 幸福邻里”为主题，举行“两优一先”表彰大会暨“红帆”志愿品牌发布会。',
        yields: '青田县鹤城街道“两优一先”表彰大会',
      },
      {
        text: '6月28日上午，青田县鹤城街道以“同心共建 幸福邻里”为主题，举行“两优一先”表彰大会暨“红帆”志愿品牌发布会。',
        yields: '青田县鹤城街道“红帆”志愿品牌发布会',
      },
      {
        // A meeting joined by 暨 after a ceremony is convened by the division too.
        text: '3月9日，鄞州区举行一季度招商项目集中签约仪式暨产业用地推介会。',
        yields: '鄞州区产业用地推介会',
      },
      {
        // A slogan before what is done is no part of the name.
        text: '日前，雁塔区举行“党建引领促发展，联盟共建聚合力”党建联盟签约仪式。',
        yields: '雁塔区党建联盟签约仪式',
      },
      {
        // A park opening its clause convenes too.
        text: '9月6日，青湾科技园举行秋季智能装备项目集中开工仪式。',
        yields: '青湾科技园秋季智能装备项目集中开工仪式',
      },
      {
        // A division written short is named in full; a second happening after 暨 is read by its own words.
        text: '4月27日，绍兴举行全市第二批文旅项目集中开工暨青禾酒店奠基仪式。',
        yields: '绍兴市全市第二批文旅项目集中开工',
      },
      {
        // Where it was held between the division and the verb: held there.
        text: '5月9日下午，雁塔区在曲江宾馆召开民营企业家座谈会。',
        yields: '雁塔区民营企业家座谈会',
      },
    ],
    mustNot: [
      '6月30日下午，民营企业家在雁塔区座谈。',
      // A division written short after 在 is where it was held, not who held it.
      '5月6日，代表团在广州举行穗港合作会议。',
    ],
  },
] as const satisfies readonly RuleRecord[];
