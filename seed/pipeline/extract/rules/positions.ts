import type { RuleRecord } from './record.ts';

/** Rules of the positions family (see ./record.ts). */
export const POSITIONS_RULES = [
  {
    id: 'position:title-chain',
    family: 'positions',
    matches:
      'HOLDS_POSITION from the title chain before a name (区委常委、组织部部长李明), with inheritance in lists and chains; names listed after a titled one hold what it holds; a bare 党委 goes to the one the sentence named last, or to the party body of the organisation written before it (集团党委书记)',
    fires: [
      {
        text: '嘉义县议会议长柯立村今(10)日表示，议会秘书长邱一人、议事主任韩立平将协助整理意见。',
        yields: '韩立平 → 嘉义县议会',
      },
      // A bare 副县长 is the home county's, not the county invited (resolve/away.ts).
      {
        text: '113年度苗栗縣青年農民聯合成果展,15日在苗栗縣農會舉辦,今年首度邀請南投縣農會參展。副縣長柯見川表示,雙方合作空間大。',
        yields: '柯见川 → 苗栗县',
      },
      // 商会会长X after the chamber is named: the chamber's (the segmenter reads 商会会长 as one word).
      { text: '宁波市禾川商会召开大会。商会会长邝一群出席。', yields: '邝一群 → 宁波市禾川商会' },
      {
        text: '柯桥区召开会议，区政府办公室副主任，区发改局局长柯立新出席。',
        yields: '柯立新 → 柯桥区政府办公室',
      },
      { text: '湖南省工信厅园区处副巡视员韦立山出席会议。', yields: '韦立山 → 湖南省工信厅园区处' },
      { text: '青禾集团数字事业部总经理韦一山、副总裁江一舟出席。', yields: '江一舟 → 青禾集团' },
      { text: '普陀区委常委、组织部部长李红珍出席会议。', yields: '李红珍 → 普陀区委' },
      {
        // A deputy of the title the sentence's first person holds is of the same body; 和 closes the list.
        text: '青川县人大常委会党组书记、副主任许文达主持会议，副主任马一鸣、李春和秘书长吉文伟出席。',
        yields: '吉文伟 → 青川县人大常委会',
      },
      { text: '雨花区委常委、组织部长闫立东出席并讲话。', yields: '闫立东 → 雨花区委组织部' },
      { text: '乌当区委书记常立松率羊昌镇长张立权等一行参访。', yields: '张立权 → 羊昌镇' },
      { text: '台湾苗栗县县长徐立昌到场见证。', yields: '徐立昌 → 苗栗县' },
      { text: '杭锦后旗召开座谈会。旗委副书记、政府旗长庞春出席。', yields: '庞春 → 杭锦后旗' },
      { text: '新竹縣長柯文達、縣議會議長童一鳴出席典禮。', yields: '童一鸣 → 新竹县议会' },
      { text: '雨花区委统战部副部长 区工商联党组书记 江立辉发言。', yields: '江立辉 → 雨花区委统战部' },
      { text: '港府代表团成员包括署理环境及生态局局长甄伟文博士。', yields: '甄伟文 → 环境及生态局' },
      {
        text: '深圳市前海科创合作区管理局（前海科创局）局长韦立新陪同。',
        yields: '韦立新 → 深圳市前海科创合作区管理局',
      },
      { text: '彰化县政府参议许文涛致辞。', yields: '许文涛 → 彰化县政府' },
      // A deputy or member written after the division or 全国: the post at its 人大 or 政协 (congress-members.ts).
      { text: '浙江省政協委員、青禾茶業公司董事長方立川出席。', yields: '方立川 → 浙江省政协' },
      { text: '全国人大代表柯立新参加调研。', yields: '柯立新 → 全国人大' },
      {
        text: '杭州华峰建设有限公司党委副书记、纪委书记、工会主席车立文致辞。',
        yields: '车立文 → 杭州华峰建设有限公司工会',
      },
      { text: '余杭区企业联合会党支部书记路一鸣、秘书长庞慧出席。', yields: '庞慧 → 余杭区企业联合会' },
      {
        text: '青城城建公司党委委员、总工程师、青城城建园林公司党支部书记程一杰出席。',
        yields: '程一杰 → 青城城建公司',
      },
      {
        text: '市政协调研组到青岚经济开发区调研。区党工委书记祁明远，管委会副主任桑晓岚、卜嘉禾陪同。',
        yields: '卜嘉禾 → 青岚经济开发区管委会',
      },
      {
        text: '青阳镇党委书记周远航，党委副书记、镇长鲁一涛，党委副书记吴静怡参加活动。',
        yields: '吴静怡 → 青阳镇党委',
      },
      {
        text: '湖北恒远建工集团有限公司召开年度工作会议。集团党委书记、董事长钱立伟出席会议。',
        yields: '钱立伟 → 湖北恒远建工集团有限公司党委',
      },
      { text: '上海实业集团董事长沈一初、原董事长王伟明、总裁周凯出席活动。', yields: '周凯 → 上海实业集团' },
      { text: '香港潮商会换届，副会长包括袁立武、林树青、曾智远。', yields: '林树青 → 香港潮商会' },
      { text: '泉州市政协党组成员、秘书长乔远帆主持会议。', yields: '乔远帆 → 泉州市政协党组' },
      { text: '江苏省经信委韩立平副主任出席会议。', yields: '韩立平 → 江苏省经信委' },
      { text: '5月8日，行政长官贺立群带领澳门特区政府考察团抵达广州。', yields: '贺立群 → 澳门特别行政区' },
      {
        // The region named before, when the one after is in another clause.
        text: '澳门特区政府举行记者会，行政长官贺立群表示，将加强与香港的合作。',
        yields: '贺立群 → 澳门特别行政区',
      },
      { text: '香港财政司长梁立德明日率团访问深圳。', yields: '梁立德 → 财政司' },
      // A unit written inside the organisation before the title is an organisation of its own, part of it.
      { text: '浙江省商务厅外资处处长陈立新陪同调研。', yields: '陈立新 → 浙江省商务厅外资处' },
      { text: '江山青枫集团茶饮事业部总经理蔡一鸣参加座谈。', yields: '蔡一鸣 → 江山青枫集团茶饮事业部' },
      { text: '青枫控股有限公司规划部部长韦一鸣作了介绍。', yields: '韦一鸣 → 青枫控股有限公司规划部' },
      { text: '青枫集团综合办主任祁立言陪同考察。', yields: '祁立言 → 青枫集团综合办' },
      // The party the holder belongs to is no part of the post.
      { text: '青川县举行招商会议。民主党籍县长林志远致辞。', yields: '林志远 → 青川县' },
      // The name between the body and its title: a zone holds it too; a verb or preposition closes the title.
      { text: '区委书记柏文清到公司调研，青湾开发区常立新主任陪同。', yields: '常立新 → 青湾开发区' },
      { text: '会上，青枫集团陈琳董事长作了介绍。', yields: '陈琳 → 青枫集团' },
      // A past post inside the chain holds nothing; the current ones still do.
      { text: '江山市委常委、原副市长林国栋出席会议。', yields: '林国栋 → 江山市委' },
      // A bare 党组 after a body of a division is that body's party group; 党组成员 a member of it.
      { text: '湖州市政协主席、党组书记韦立众带队调研。', yields: '韦立众 → 湖州市政协党组' },
      // One post after two associations listed with 、 is held in each.
      { text: '青禾茶业协会、湖州市茶业协会会长韦立茂主持了交流会。', yields: '韦立茂 → 青禾茶业协会' },
      // A bare post of someone acting for the organisation written right after 代表, when it can hold the post.
      { text: '签约仪式上，总经理韦立义代表青禾集团和江山市签署了框架协议。', yields: '韦立义 → 青禾集团' },
      { text: '晚宴上，秘书长蒲青岚代表禾川竹业协会致谢。', yields: '蒲青岚 → 禾川竹业协会' },
      // A federation listed with its chamber: one head.
      { text: '江山市工商联、江山市总商会会长蒲立岩作了发言。', yields: '蒲立岩 → 江山市总商会' },
      // The name between a body and its title, the title closed by 于 and a date.
      { text: '青禾集团韦立山董事长于5月3日至5日赴湖州市考察。', yields: '韦立山 → 青禾集团' },
      // A secretary-general after a division's head is its government's.
      { text: '嘉善县副县长林一舟、秘书长蔡立新出席签约。', yields: '蔡立新 → 嘉善县政府' },
      // An office of a division's government written short (外办, 金融办) is an organisation of its own.
      { text: '湖州市政府外办主任祁立新宣读名单。', yields: '祁立新 → 湖州市政府外办' },
      // A unit no reader found between a place and its head's title holds the title (the unit out of the title).
      {
        text: '余杭区召开会议。余杭财政局副局长柯立安介绍了情况。',
        yields: '柯立安 → 余杭区财政局',
      },
      { text: '浙江省围棋协会名誉主席韦立川为获奖棋手颁奖。', yields: '韦立川 → 浙江省围棋协会' },
      // A federation's head (总会长, 荣誉总会长): the federation, also after a place's head in a list; 总会 before 长
      // ends no society's name.
      {
        text: '環球禾川鄉親聯合總會今日舉行年會，總會長柯立安致詞，榮譽總會長韋一山出席。',
        yields: '韦一山 → 环球禾川乡亲联合总会',
      },
      {
        text: '雲林縣禾川鄉親聯合總會舉行典禮，斗六市長柯立安、榮譽總會長韋一山出席。',
        yields: '韦一山 → 云林县禾川乡亲联合总会',
      },
      { text: '禾川鄉親總會總會長柯立安親自蒞臨指導。', yields: '柯立安 → 禾川乡亲总会' },
      // A society by a bare 会 no body reader takes, between a place and its head's post.
      { text: '澳門禾川車友會會長柯立安致辭。', yields: '柯立安 → 澳门禾川车友会' },
      { text: '高雄市禾川商業會理事長柯立安上台領獎。', yields: '柯立安 → 高雄市禾川商业会' },
      // 该会, 本会, 我会 before a post: the association named last before it.
      { text: '澳门禾川同乡总会今日举行会员大会，该会会长柯立安致辞。', yields: '柯立安 → 澳门禾川同乡总会' },
      { text: '禾川商会举行理事会，我会会长柯立安通报了年度工作。', yields: '柯立安 → 禾川商会' },
      // A bare association post in a sentence naming none: the association the page is about, not one told of since.
      {
        text: '行政長官日前會見澳門青禾同鄉總會會長柯立山一行。柯立山介紹,該會積極聯繫鄉親,全球青禾聯誼會將於下月在澳門舉辦。理事長韋文珊介紹了籌備情況。',
        yields: '韦文珊 → 澳门青禾同乡总会',
      },
      // A co-chair or rotating head (共同主席, 联席主席, 轮值会长): an association's post like 会长.
      { text: '香港禾川同鄉會舉行就職典禮,共同主席韋立山致辭。', yields: '韦立山 → 香港禾川同乡会' },
      // 农会 before a post (Taiwan): the farmers' association named before.
      {
        text: '臺東縣禾里鄉農會12日上午辦理動土典禮。農會總幹事韋美玲說,新大樓將於後年啟用。',
        yields: '韦美玲 → 禾里乡农会',
      },
      // An association's post after a division: the association of that division named before.
      {
        text: '连江县青年创业联谊会今日成立。连江县创会会长柯立安介绍了筹备经过。',
        yields: '柯立安 → 连江县青年创业联谊会',
      },
    ],
    mustNot: [
      '原普陀区委常委李红珍出席会议。',
      // (The city an envoy is posted to holds no post of theirs.)
      '中國駐溫哥華總領事柯立安在僑界春宴上致辭。',
      // 于是 is no date.
      '青禾集团韦立山董事长于是决定扩产。',
      // A past post written after the body (<body>原副主席; 人大常委 is the standing committee's short name).
      '德清县人大常委原秘书长柯立强为大会致辞。',
      // A clause before 公司 names no company (辞去 ends a name).
      '经研究，董事会同意韦立女士辞去公司副总经理职务，聘任程一忠女士为公司副总经理。',
      '党委副书记吴静怡参加活动。',
      '集团原党委副书记柯建业参加会议。',
      // A government or party body holds no bare 主任 or 书记 of someone acting for it; nor a firm a 会长.
      '会上，主任柏文远代表开化县政府致辞。',
      '仪式上，书记蒲文山代表江山市委与青禾集团签约。',
      '年会上，会长蒲一川代表青禾集团致辞。',
      // (该会 with no association named before refers to none.)
      '该会会长柯立安致辞。',
      // A division holds its heads' posts only (./division-posts.ts): a firm's post after a city is not the city's.
      '宁波市禾川医疗科技董事长韦一山出席。',
      // The bare post of a society no reader found is no other association's (./unread-societies.ts).
      '禾川商会举行年会，禾溪街坊会联合总会副会长韦一山致辞。',
    ],
  },
  {
    id: 'position:council-post',
    family: 'positions',
    matches:
      "a council's post (议长, 副议长, 议员) written bare, after its level (市议员) or the party its holder belongs to (…籍议员), or after the council and a verb of calling on (<council>拜会议长X): the post of the council the text names last before it, else the first it names; written after a division (<county>议长), the division's council",
    fires: [
      { text: '会长柯青禾率团到台中市议会拜会议长柯善言。', yields: '柯善言 → 台中市议会' },
      {
        text: '桃园市议会今日召开定期会，议长周立德主持，市议员柯文远、无党籍议员简雅婷发言。',
        yields: '简雅婷 → 桃园市议会',
      },
      { text: '议员郑立群表示，新竹县议会将审议预算。', yields: '郑立群 → 新竹县议会' },
      // Written after its division, with no council named: the division's council.
      { text: '嘉义县议长柯立平今日率团访问花莲县政府。', yields: '柯立平 → 嘉义县议会' },
      // Names listed before 等 and the post: each holds it (titles-after.ts, findListsBeforeTitles).
      {
        text: '嘉義縣議會今日開會,祁俊遠、閔佩青、郜宏川等議員則關心稻米價格。',
        yields: '郜宏川 → 嘉义县议会',
      },
      // 及 brings in the second councillor, closed by 的 too.
      {
        text: '嘉義縣議會秘書長邱一川表示,議員卜文远及甄若青的提案已送交縣府。',
        yields: '甄若青 → 嘉义县议会',
      },
    ],
    mustNot: ['议长周立德主持会议，议员柯文远发言。', '桃园市议会议员柯文远发言。'],
  },
  {
    id: 'position:village-head',
    family: 'positions',
    matches:
      "a village's or a Taiwan 里's head (村长, 里长, 副村长, 副里长): the post of the village written right before the title (the 里 named by its span when no reader found it), else of the village the sentence or the one before names last; with neither, nothing",
    fires: [
      { text: '鎮長柯文遠與竹園里里長邱一川到場頒獎。', yields: '邱一川 → 竹园里' },
      { text: '禾溪镇党委书记韦立山到上坪村调研，村长柯青禾陪同。', yields: '柯青禾 → 上坪村' },
      // The 里 and its head's title written with one 里.
      { text: '和美鎮公所邀請竹園里長邱一川出席。', yields: '邱一川 → 竹园里' },
    ],
    mustNot: [
      // A count or a determiner before 里 names no 里; a village head with no village named holds nothing.
      '鎮長柯文遠邀請每個里里長參加座談。',
      '鎮長柯文遠邀請各里長參加座談。',
      '座谈会由村长柯青禾主持。',
      // A term word before the title (新任, 现任) is no 里's name.
      '鎮長柯文遠與新任里長邱一川、現任里長簡青禾座談。',
    ],
  },
  {
    id: 'position:cppcc-member',
    family: 'positions',
    matches:
      'a bare 委员 opening no chain (X委员在会上…, 甲、乙2位委员, 甲、乙等委员) is a member of the 政协 the page names last before it (else first after it); with no 政协 named, nothing',
    fires: [
      {
        text: '历城区政协召开全体会议。娄一宏委员在会上介绍了提案办理情况。',
        yields: '娄一宏 → 历城区政协',
      },
      { text: '历城区政协召开全体会议。苟一川、冀晓禾2位委员列席旁听。', yields: '冀晓禾 → 历城区政协' },
    ],
    mustNot: ['青禾公司召开职工大会。娄一宏委员在会上介绍工会工作。'],
  },
  {
    id: 'position:appointment',
    family: 'positions',
    matches: 'HOLDS_POSITION from an appointment (`X任…`, `任命X为…`, `X当选为…`, `X荣膺…`, `…会长由X担任`)',
    fires: [
      // 荣膺, 荣升 (Hong Kong and Macau pages) as 当选: the post after the verb, the association's.
      { text: '香港禾川商會舉行就職典禮,柯明遠榮膺禾川商會第12屆會長。', yields: '柯明远 → 香港禾川商会' },
      { text: '会议任命钱小禾、何雨、邵丽等12人为雨花区人民法院审判员。', yields: '何雨 → 雨花区人民法院' },
      {
        text: '会议任命许一鸣、岑碧、柯振华三位同志为雨花区人大常委会代表资格审查委员会委员。',
        yields: '岑碧 → 雨花区人大常委会代表资格审查委员会',
      },
      { text: '会议任命骆小川等8名同志为雨花区人民法院人民陪审员。', yields: '骆小川 → 雨花区人民法院' },
      { text: '柯立新、童一鸣等9人当选为青川县政协常务委员。', yields: '柯立新 → 青川县政协' },
      { text: '会议决定郑一皓副区长代理雨花区人民政府区长职务。', yields: '郑一皓 → 雨花区' },
      {
        text: '宁致远任山东泉城数字产业集团有限公司党委书记、董事长。',
        yields: '宁致远 → 山东泉城数字产业集团有限公司党委',
      },
      {
        text: '宁海县模具行业协会召开会员大会，选举鲍振宇为会长，聘任祝晓彤为秘书长。',
        yields: '祝晓彤 → 宁海县模具行业协会',
      },
      { text: '香港潮商会公布新一届领导班子：会长由蔡冠山担任。', yields: '蔡冠山 → 香港潮商会' },
      {
        text: '会议选举韦立山为青禾商会第二届理事会会长、江一舟为执行会长，邱明、卢青为常务副会长，葛远为监事长。',
        yields: '江一舟 → 青禾商会',
      },
      {
        text: '会议选举韦立山为青禾商会第二届理事会会长、江一舟为执行会长，邱明、卢青为常务副会长，葛远为监事长。',
        yields: '葛远 → 青禾商会',
      },
      { text: '青禾商会召开换届大会，推选钱东海、孙立川为名誉会长。', yields: '孙立川 → 青禾商会' },
      { text: '公司决定由林安担任青禾集团总经理。', yields: '林安 → 青禾集团' },
      { text: '青禾商会召开大会，聘请韦一山、江一舟等12人为荣誉会长。', yields: '江一舟 → 青禾商会' },
    ],
    mustNot: [
      '宁致远不再担任山东泉城数字产业集团有限公司党委书记。',
      '理事会聘任祝晓彤为秘书长。',
      '会议任命钱小禾、何雨、邵丽等12人的名单已公示。',
    ],
  },
  {
    id: 'position:byline',
    family: 'positions',
    matches: "HOLDS_POSITION of a reporter at the outlet, with the byline's newsroom title (记者)",
    fires: [
      {
        text: '新华日报讯（记者 孙明远 蔡文倩）10月19日，许卫国在无锡调研。',
        yields: '蔡文倩 → 新华日报',
        source: '新华日报',
        reporters: ['孙明远', '蔡文倩'],
      },
      // An agency's dateline with no source given: the agency is the outlet, the name after 记者 its reporter.
      { text: '(中央社记者林晓平花莲县3日电)花莲县议会今天召开临时会。', yields: '林晓平 → 中央社' },
    ],
    mustNot: [
      {
        text: '新华日报讯（通讯员 孙明远 蔡文倩）10月19日，许卫国在无锡调研。',
        source: '新华日报',
        reporters: ['孙明远', '蔡文倩'],
      },
    ],
  },
  {
    id: 'position:created-body',
    family: 'positions',
    matches: 'an organisation a title creates (组织部 after 区委常委 → 区委组织部; 村委会 of a village)',
    fires: [
      { text: '南山区委常委、组织部部长许文澜参加活动。', yields: '南山区委组织部' },
      { text: '化工区党工委委员、管委会副主任邓文博带队开展安全检查。', yields: '化工区管委会' },
      // A division's people's organisation written bare after the division's body in the chain.
      { text: '慈溪市委常委、总工会主席韦立山到企业走访。', yields: '慈溪市总工会' },
      // A unit between a place and its head's title: a division's bureau is the division's, other units as written.
      { text: '余杭区召开会议。余杭财政局副局长柯立安介绍了情况。', yields: '余杭区财政局' },
      { text: '青湾广场管理处负责人祁立言陪同。', yields: '青湾广场管理处' },
      { text: '高雄市禾川商業會理事長柯立安上台領獎。', yields: '高雄市禾川商业会' },
    ],
    mustNot: [
      // (A happening's 会 is no society.)
      '杭州年會主席柯立安致辭。',
      '杭州联欢会主席柯立安致辞。',
      // (The Youth League's 团市委 is no bureau of the city; 全局 names no unit.)
      '杭州团市委副书记柯立安出席。',
      '余杭区召开会议。余杭全局副局长柯立安介绍了情况。',
      '南山区委常委许文澜参加活动。',
      '源城区委常委、区党工委书记宋立言，管委会副主任程晓陪同调研。',
      // (After a firm's body, no division's organisation.)
      '座谈会上，青禾集团副总经理、科协主席韦立山讲话。',
    ],
  },
  {
    id: 'position:inherited-target',
    family: 'positions',
    matches: 'the organisation a title points to that has no span of its own (the district a 区长 heads)',
    fires: [{ text: '包河区委副书记、区长俞立航出席签约仪式。', yields: '包河区' }],
    mustNot: ['包河区区长俞立航出席签约仪式。'],
  },
  {
    id: 'position:created-part-of',
    family: 'positions',
    matches: 'PART_OF of a department a title creates to its committee (区委组织部 → 区委)',
    fires: [{ text: '南山区委常委、组织部部长许文澜参加活动。', yields: '南山区委组织部 → 南山区委' }],
    mustNot: ['南山区委常委、区长许文澜参加活动。'],
  },
  {
    id: 'position:created-owner',
    family: 'positions',
    matches:
      'a company written only as the head of its party committee, created by a company title after it (中建七局党委常委、财务总监): the committee is PART_OF it',
    fires: [
      { text: '华建九局党委常委、总会计师宁远航参加座谈。', yields: '华建九局党委 → 华建九局' },
      { text: '东岳重工党委副书记、总经理裴知远参加座谈。', yields: '东岳重工党委 → 东岳重工' },
    ],
    mustNot: ['华建九局党委常委宁远航参加座谈。', '东岳重工党委副书记、工会主席裴知远参加座谈。'],
  },
  {
    id: 'position:created-located-in',
    family: 'positions',
    matches: 'LOCATED_IN of a unit body a title creates (街道办事处, 管委会, 村委会) in its division',
    fires: [
      {
        text: '“太湖之光”机器人产业园在吴中经济技术开发区开园。吴中经开区党工委书记、管委会主任陶立言出席开园仪式。',
        yields: '吴中经开区管委会 → 吴中经济技术开发区',
      },
    ],
    mustNot: ['吴中经开区党工委书记陶立言出席开园仪式。'],
  },
] as const satisfies readonly RuleRecord[];
