import type { RuleRecord } from './record.ts';

/** Rules of the bodies family (see ./record.ts). */
export const BODIES_RULES = [
  {
    id: 'body:of-division',
    family: 'bodies',
    matches:
      "a division's body written after it (普陀区委组织部, 桃浦镇人民政府, 武侯区玉林街道党工委); on a traditional page, a Taiwan-governed county's department written bare before its head's title (no other organisation between the county and it, no national agency) or in a list closed by 等局處 (A處副處長X, A處、B處及C局等局處首長): the county government's",
    fires: [
      // A city's body written with one 市 before 市场监管局 or 政数局 is the city's (review15 R1), 市场监管局 named as
      // after the city's full name (one body with 杭州市市场监管局).
      { text: '杭州市场监管局与青禾科技有限公司签署合作协议。', yields: '杭州市市场监管局' },
      { text: '广州市政数局局长林立到青禾公司调研。', yields: '广州市政数局' },
      // A district's sectors' party committee joined by 和 (X和Y系统党委) is the district's body.
      { text: '武侯区教育和卫生系统党委书记韦一宏出席。', yields: '武侯区教育和卫生系统党委' },
      // A Taiwan city's or township's 代表會 is its 民代表會.
      { text: '嘉義縣太保市代表會主席池一良今日表示支持。', yields: '太保市民代表会' },
      { text: '青嶼鄉公所今日辦理說明會,青嶼鄉代會主席翁立群到場。', yields: '青屿乡民代表会' },
      // An autonomous prefecture written by its short form and 州 holds its bodies as its full name does.
      { text: '青禾公司座谈会上，黔东南州委常委、副州长韦立新讲话。', yields: '黔东南苗族侗族自治州委' },
      // 政协 written before the division's numbered committee: the division's 政协 (democratic-parties.ts).
      { text: '政协邢台市第二十届委员会常委童一鸣出席。', yields: '邢台市政协' },
      // A committee's working committee with a quoted part (“两新”工委): the quotes stay out of the id.
      {
        text: '会上，绍兴市委“两新”工委副书记鲁青禾作了发言。',
        yields: '绍兴市委“两新”工委',
      },
      {
        text: '宜蘭縣政府今天召開防颱會議，消防局、青禾處及產業處等局處首長出席。',
        yields: '宜兰县政府产业处',
      },
      { text: '澎湖縣長林禾今天視察港口，海洋處處長陳立文說明工程進度。', yields: '澎湖县政府海洋处' },
      {
        text: '五华区龙翔街道召开党建联盟大会。龙翔街党工委书记李一云出席。',
        yields: '龙翔街道党工委',
      },
      { text: '普陀区委常委、组织部部长李红珍出席会议。', yields: '普陀区委' },
      { text: '会议宣布，骆一川同志任中共北京市丰台区委员会书记。', yields: '丰台区委' },
      { text: '泉山区区委副书记吴永阳陪同调研。', yields: '泉山区委' },
      // The level written again before any body, not only 委.
      { text: '柏乡县县发改局局长林禾陪同调研。', yields: '柏乡县发改局' },
      // A town's or subdistrict's committee is its 党委 however written.
      { text: '中共桃浦镇委员会副书记林禾出席签约仪式。', yields: '桃浦镇党委' },
      {
        text: '雨花区人大常委会代表资格审查委员会主任委员岑碧作报告。',
        yields: '雨花区人大常委会代表资格审查委员会',
      },
      { text: '其辞职请求已获接受，并报青浦区人民代表大会备案。', yields: '青浦区人民代表大会' },
      {
        text: '会议通过了青浦区第十六届人民代表大会常务委员会部分组成人员名单。',
        yields: '青浦区人大常委会',
      },
      { text: '新竹县议会今日召开临时会。', yields: '新竹县议会' },
      // A division's court and procuratorate are named in full whatever the page writes.
      { text: '江山市法院、江山市检察院负责人参加。', yields: '江山市人民法院' },
      // 主办, 承办 after a committee are the act, not one of its offices.
      { text: '论坛由江山市委主办。', yields: '江山市委' },
    ],
    mustNot: [
      // A clock time and 于 before a bare 乡公所: where it was held, no township's office (点于乡公所).
      '典禮上午10點於鄉公所禮堂舉行。',
      '花蓮縣長林禾表示，好處很多，當局應顧全大局。',
      // A university's offices and national agencies are not the county's.
      '屏東縣長林禾昨天到國立青禾大學參訪，學務處長周立文、總務處長陳海青陪同。',
      '苗栗縣長林禾出席會議，國稅局長周立文、調查局長陳海青也到場。',
      '市長林禾率觀光處、農業處等局處長赴日本參訪。',
      // A body named only inside a document's title in book marks.
      '会议传达学习了《江山市人民政府关于加快茶产业发展的若干意见》。',
      '嘉定区正按照市委要求推进。',
      '普陀区常委会议召开。',
      '会上补选林青为江山市第八届人民代表大会代表。',
      '12月26日，西彭镇第十八届人民代表大会第四次会议召开。',
      '双方召开会议，商定议会期。',
    ],
  },
  {
    id: 'body:listed-bare',
    family: 'bodies',
    matches:
      "a bureau, office or commission written bare (发改局, 政府办 after 区) in a list right after a division's body: the same division's body",
    fires: [
      { text: '江山市召开座谈会，市政府办、发改局、商务局等单位负责人参加。', yields: '江山市发改局' },
      { text: '江山市召开座谈会，市政府办、发改局、商务局等单位负责人参加。', yields: '江山市商务局' },
      // 村 inside a bureau's trade (农业农村, 乡村振兴) is no village.
      {
        text: '青川县举行推进会，县水利局、农业农村局、乡村振兴局等部门负责人列席。',
        yields: '青川县农业农村局',
      },
    ],
    mustNot: [
      '江山市召开座谈会，市政府办、华岳公司负责人参加。',
      '江山市召开座谈会，市政府办、各镇街党委负责人参加。',
      '江山市召开座谈会，市政府办、发改局局长周立出席。',
    ],
  },
  {
    id: 'body:bare-level',
    family: 'bodies',
    matches:
      'a body after a bare level character (区委, 市政府, 镇党委), resolved to the division of that level named in the text: the nearest before it, else the one around a division named before it, the headline’s, the first not visited (赴X); a division inside a company’s name only when no other is named',
    fires: [
      // A township written bare, visited or not, lies in the unit of the bare level (a county-level city here).
      { text: '市政协主席柯立本到千灯镇调研文旅项目建设。该项目是苏州重点工程。', yields: '昆山市政协' },
      { text: '余杭区人民政府与瀚澜智能签约。区经信局相关负责人参加签约仪式。', yields: '余杭区经信局' },
      { text: '余杭区召开民营企业座谈会，区企联会秘书长柯立新出席。', yields: '余杭区企联会' },
      // The segmenter's one word of a level and a bureau (县公安局) is that level's bureau, not the county's 县公安局.
      { text: '沛县召开安全生产会议。县应急局、县公安局负责人参加。', yields: '沛县公安局' },
      // 工商联合会 is the 工商联 written half out.
      { text: '浮山县召开大会。县工商联合会会长程一东讲话。', yields: '浮山县工商联' },
      { text: '县委书记韦立新表示，要全力推动岳西通州产业园发展。', yields: '岳西县委' },
      {
        text: '宝坻区人民政府与天津津禾食品集团签署协议，将在城际铁路站前区开发等领域合作。区委书记殷立杰出席。',
        yields: '宝坻区委',
      },
      { text: '上海市召开工业年会，市工经联执行副会长裴一鸣致辞。', yields: '上海市工经联' },
      { text: '余杭区召开廉政工作会议，区监察委主任林川作报告。', yields: '余杭区监察委员会' },
      {
        text: '市委书记韩立明会见杭州云帆电子集团董事长祝海平，希望云帆电子深化与衢州的合作。',
        yields: '衢州市委',
      },
      {
        text: '座谈会在道里区举行。市商务局局长林宏致辞。上海市闵行区考察团团长陈启发言。',
        yields: '哈尔滨市商务局',
      },
      // Inner Mongolia's banners: 旗委, 旗政府, 旗人大 are the banner's.
      { text: '乌审旗召开项目推进会，旗委副书记林禾、旗政府副旗长周立文出席。', yields: '乌审旗政府' },
      // And a banner's township (苏木) is written bare as a 镇 is: 苏木党委 is the 苏木's the text names.
      { text: '旗长林禾到查干哈达苏木调研，苏木党委书记周立文陪同。', yields: '查干哈达苏木党委' },
      // Nothing of the level before it: of the cities named after it, the one the story names most.
      {
        text: '市委书记林禾带队赴西安与青禾集团洽谈，推介宝鸡的营商环境，邀请企业到宝鸡考察。',
        yields: '宝鸡市委',
      },
      // An autonomous prefecture's: 州委, 州政府 are the prefecture's.
      {
        text: '迪庆藏族自治州召开项目推进会，州委副书记林禾、州政府副州长周立文出席。',
        yields: '迪庆藏族自治州政府',
      },
    ],
    mustNot: [
      '社区居委会相关负责人参加签约仪式。',
      '校园升国旗，委员们列队观礼。',
      // (No prefecture named: a bare 州委 is no one body.)
      '州委书记林禾出席。',
    ],
  },
  {
    id: 'body:party-committee',
    family: 'bodies',
    matches:
      "a committee written right after a democratic party's name (民盟<city>委, 九三学社市委会, 民进<city>第三届委员会; 盟市委, 社市委 on a page naming 民盟 or 九三学社): that party's committee of the division, named <party><division>委 or 委会 as the page first writes it, not the Communist Party's; its units below (<party><district>总支部委员会, 基层委员会, 基层委, 总支) named as written",
    fires: [
      { text: '市政协副主席、民建保定市委主委林青禾出席。', yields: '民建保定市委' },
      // A unit below written short (基层委, 总支).
      { text: '民盟天宁区基层委与青禾社区举行结对共建签约仪式。', yields: '民盟天宁区基层委' },
      { text: '九三学社本溪市委会召开全委会，九三学社市委会主委周立文讲话。', yields: '九三学社本溪市委会' },
      { text: '民盟沧州市委召开座谈会，盟市委副主委陈海青主持。', yields: '民盟沧州市委' },
      { text: '民进聊城市第五届委员会主委林禾作报告。', yields: '民进聊城市委' },
      // A party's unit below the division's committee, named as written with the party in front.
      { text: '民革江岸区总支部委员会副主委韦一舟出席联谊活动。', yields: '民革江岸区总支部委员会' },
      { text: '民盟历下区基层委员会主委林禾出席。', yields: '民盟历下区基层委员会' },
    ],
    mustNot: [
      '中共保定市委副书记林青禾出席。',
      '为居民建设便民设施，市委书记周立文到场。',
      '青禾农民专业合作社市场部负责人介绍情况。',
      // A party inside another word (居民建设, 农民进城, 人民革命) names none; 委 + 会同/会商/会签 … is no 委会.
      '沧州市召开居民建设工作会议。市委会同市政府研究部署城市更新工作，市委书记林国栋主持。',
      '新华区召开农民进城务工服务工作会议。会议由区委会同区政府联合召开。',
      '青川县举办人民革命史展览。县委会商县政府后确定展期。',
    ],
  },
  {
    id: 'body:zone-level',
    family: 'bodies',
    matches:
      '区党工委, 区管委会 after a zone or park whose name ends in 区 is named: the bodies of that zone (a district has a 区委)',
    fires: [
      {
        text: '市政协调研组到青岚经济开发区调研。区党工委书记祁明远陪同。',
        yields: '青岚经济开发区党工委',
      },
    ],
    mustNot: ['市政协调研组到雨花区调研。区委书记祁明远陪同。'],
  },
  {
    id: 'body:city-zone',
    family: 'bodies',
    matches:
      '市高新区党工委, 市经开区管委会: a zone of the city after the city’s bare level; its bodies are the zone’s, named by the zone as the page writes it with the city’s short form, else by the city’s short form and the zone word',
    fires: [
      {
        text: '湖州市召开招商大会。市高新区党工委书记祁明远致辞。',
        yields: '湖州高新区党工委',
      },
    ],
    mustNot: ['湖州市召开招商大会。市政府党组书记祁明远致辞。'],
  },
  {
    id: 'named:national',
    family: 'bodies',
    matches:
      'a national body by name from lexicon/national.ts (国务院, 商务部, 国务院港澳办, 中科院, 全国工商联), a whole word; 国家 written before a ministry is part of the mention, not of its name (国家商务部 is 商务部); a department named like a ministry right after a national association is the association’s (全国妇联教育部); an academy’s institute written short (中科院X所)',
    fires: [
      { text: '国务院副总理周立群率队赴河北省雄安新区考察。', yields: '国务院' },
      { text: '国务院侨办副主任林可、中科院青禾所所长许立出席。', yields: '国务院侨办' },
      { text: '国务院侨办副主任林可、中科院青禾所所长许立出席。', yields: '中科院青禾所' },
      { text: '国家商务部领导到园区调研。', yields: '商务部' },
      { text: '全国妇联教育部部长何可出席。', yields: '全国妇联教育部' },
    ],
    mustNot: ['会上，国务院发展研究中心专家作报告。', '市商务部门负责人介绍情况。'],
  },
  {
    id: 'named:taiwan-central',
    family: 'bodies',
    matches:
      "on a Taiwan page (a traditional page naming a Taiwan unit or one of Taiwan's five 院, not a Hong Kong or Macau page), Taiwan's central bodies by name from lexicon/taiwan-central.ts (行政院, 经济部, 农委会, and the mainland's namesakes such as 科技部), a whole word, not after 香港/澳门/特区政府; one id each, its own full name whether or not 行政院 is written in front (客委会 → 客家委员会, 行政院内政部 → 内政部)",
    fires: [
      { text: '行政院長周立群今日偕經濟部次長梁志宏視察花蓮縣港區。', yields: '行政院' },
      {
        text: '經濟部與青禾大學簽約，國發會主委林致遠、臺東縣副縣長高文見證。',
        yields: '国家发展委员会',
      },
      { text: '科技部長吳立文與嘉義縣長高文出席。', yields: '科技部' },
      { text: '行政院長周立群偕交通部長高文視察港區。', yields: '交通部' },
      { text: '行政院客家委員會副主委賴志遠與苗栗縣代表會面。', yields: '客家委员会' },
    ],
    mustNot: [
      // A simplified page: the mainland has no such bodies (a firm's 经济部 is no ministry).
      '青禾集团经济部部长周立群出席。',
      '行政院长周立群今日偕经济部次长梁志宏视察花莲县港区。',
      // A traditional page that names no Taiwan unit, and a region's own bureau.
      '陸委會副主委林致遠出席論壇。',
      '香港特區政府環保署署長周立群與宜蘭縣代表會面。',
      // Another country's presidential office, and a Hong Kong or Macau page (whose world news may name a 院).
      '青禾商會會長柯遠明表示，南洋某國總統府發言人出席，國防部副部長高志遠亦到場。',
      '澳門青禾商會會長柯遠明指出，立法院的辯論受到關注，國防部副部長高志遠亦到場。',
    ],
  },
  {
    id: 'named:sar-body',
    family: 'bodies',
    matches:
      "on a page about Hong Kong or Macau, a body before its head's title (保安局局长X, 署理X局局长, 政务司司长, 财政司长 with one 司; a region or a name in front is no part of it: X及澳门<司>司长, 出任X局局长) and the region's government (特区政府, 港府), named in full; the government's offices in a mainland province or city (特区政府驻X经贸办事处, and 驻Y联络处 right after it), named after the government and part of it",
    fires: [
      { text: '香港保安局局长邝家明与深圳市公安局负责人会面。', yields: '保安局' },
      { text: '港府代表团成员包括署理环境及生态局局长甄伟文博士。', yields: '环境及生态局' },
      { text: '政务司司长欧阳立今日率领香港特区政府代表团访问深圳。', yields: '政务司' },
      { text: '香港中西区议会代表到访，特区政府官员陪同。', yields: '香港特别行政区政府' },
      { text: '香港财政司长梁立德明日率团访问深圳。', yields: '财政司' },
      { text: '主礼嘉宾包括青禾集团董事长及澳门青禾事务司司长。', yields: '青禾事务司' },
      {
        text: '香港青禾协会欢迎黄立人出任民政及青年事务局局长。',
        yields: '民政及青年事务局',
      },
      {
        text: '今年香港特区政府驻成都经贸办事处及驻青岛联络处共举办十场推介活动。',
        yields: '香港特别行政区政府驻青岛联络处',
      },
    ],
    mustNot: [
      // A mainland division inside the run names its own body, read with the division's (body:of-division).
      '青禾商會會長柯立新由中山市商務局長韋一樺陪同訪問澳門。',
      '湖南省政府驻香港办事处主任林禾会见香港客商。',
      // Another body's offices, not the region government's.
      '香港青禾商会驻深圳代表处首席代表林禾介绍了情况。',
      '青禾大学驻杭州联络处与香港客商座谈。',
      '区商务局局长邝家明陪同香港客商考察。',
      '深圳市商务局局长邝家明出席。',
      '香港客商表示，两地合作将长期推进。',
    ],
  },
  {
    id: 'named:sar-liaison',
    family: 'bodies',
    matches:
      "on a page about Hong Kong or Macau, the central government's liaison office (中联办, 澳门中联办, 中央人民政府驻澳门特区联络办公室) and the foreign ministry's office (外交部驻X公署), as written when the name holds its region, a bare 中联办 in full by the one region the page names (中央人民政府驻澳门特别行政区联络办公室); a department written after 中联办 (中联办联络部, 中联办宣教处, <office>办公厅; the office also written 中央政府驻…联络办公室) when its head's title, a space before a name, or a name and title follow, part of the office and named after it (not 全体干部, 各部, 有关部门)",
    fires: [
      {
        text: '澳門青禾同鄉會代表團拜訪中聯辦，中聯辦聯絡部 周立安部長會見代表團。',
        yields: '中央人民政府驻澳门特别行政区联络办公室联络部',
      },
      {
        text: '澳門青禾商會成立典禮上，外交部駐澳公署特派員高志遠致辭。',
        yields: '外交部驻澳公署',
      },
      { text: '澳門中聯辦主任周立安出席青禾會活動。', yields: '澳门中联办' },
    ],
    mustNot: ['中联办与青禾部门座谈。', '外交部副部长高志远出席香港青禾商会活动。'],
  },
  {
    id: 'named:sar-council',
    family: 'bodies',
    matches:
      'on a page about Hong Kong or Macau, the legislature (立法会, 香港立法会, 香港特别行政区立法会), named by the short name of the region written in front, else of the one region the page names (澳门立法会)',
    fires: [{ text: '澳門青禾總會邀請立法會議員江立生出席座談。', yields: '澳门立法会' }],
    mustNot: ['青禾县人大常委会主任何立生出席。'],
  },
  {
    id: 'org:byline-outlet',
    family: 'bodies',
    matches:
      "the outlet a byline writes right before 记者, opening the bracket or the line (【X传媒/记者 A/某地报导】, (X融媒记者 A)): a media organisation, the reporter's 记者 there (not the page's own outlet, 本报, or a kind of reporter such as 融媒体记者)",
    fires: [
      {
        text: '【青禾傳媒／記者 周立安／新竹 報導】新竹縣政府今日舉行招商說明會。',
        yields: '周立安 → 青禾传媒',
        reporters: ['周立安'],
      },
      {
        text: '(青禾融媒記者 周立安)7月16日，青禾縣召開座談會。',
        yields: '青禾融媒',
        reporters: ['周立安'],
      },
    ],
    mustNot: [
      { text: '本报讯(融媒体记者 周立安)7月16日，青禾县召开座谈会。', reporters: ['周立安'] },
      { text: '本报讯(记者 周立安)7月16日，青禾县召开座谈会。', reporters: ['周立安'], source: '青禾日报' },
      // A bare level's outlet: the page's division's, not a name of its own.
      { text: '(县融媒体中心记者 周立安)7月16日，开化县召开座谈会。', reporters: ['周立安'] },
      { text: '(区融媒体中心记者 周立安)7月16日，江宁区召开座谈会。', reporters: ['周立安'] },
    ],
  },
  {
    id: 'org:outlet',
    family: 'bodies',
    matches: "the article's source when the text names it (`X讯`, `X消息`, `本报`) or it reads as media",
    fires: [
      {
        text: '本报讯(记者 戴思远)18日，2023张江细胞与基因治疗产业发展论坛在张江科学会堂举办。',
        yields: '浦东时报',
        source: '浦东时报',
        reporters: ['戴思远'],
      },
    ],
    mustNot: [{ text: '翠屏区投资促进局与6家企业签订投资协议。', source: '翠屏区投资促进局' }],
  },
] as const satisfies readonly RuleRecord[];
