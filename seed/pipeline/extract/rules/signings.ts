import type { RuleRecord } from './record.ts';

/** Rules of the events family for signings: pairings, a pair's ceremony, signings told by their verb or their agreement (see ./record.ts). */
export const SIGNINGS_RULES = [
  {
    id: 'event:pair-verb',
    family: 'events',
    matches:
      '`A与B(、C)(进行了|正式)<a pairing act of lexicon/events.ts PAIRING_ACTS, or 签约>` ending its clause: a signing named after the sides and the act (`A与B<act>签约`); the organisations sign, the first partners each other one',
    fires: [
      {
        text: '6月12日，东湖街道阳光社区党委与南川精工机械有限公司党支部结对共建。',
        yields: '阳光社区党委与南川精工机械有限公司党支部结对共建签约',
      },
      {
        // A village side is named with the town written before it; it signs nothing.
        text: '6月12日上午，南川精工机械有限公司党支部与青山镇石桥村正式结对。',
        yields: '南川精工机械有限公司党支部与青山镇石桥村结对签约',
      },
      {
        // The bare verb after the sides (进行了签约), no agreement named.
        text: '6月12日，阳光社区党委与南川精工机械有限公司党支部进行了签约。',
        yields: '阳光社区党委与南川精工机械有限公司党支部签约',
      },
    ],
    mustNot: [
      // Intended, not done.
      '6月12日，阳光社区党委将与南川精工机械有限公司党支部结对共建。',
      // The verb goes on with what is paired for: no side right before it.
      '6月12日，阳光社区党委推动结对共建，服务辖区企业。',
      '6月12日，阳光社区党委与南川精工机械有限公司党支部计划下月签约。',
      // A condition, or a signing of another year told as background.
      '如青禾新材料有限公司与江城理工大学签约，实训基地将于年内启用。',
      '只有青禾新材料有限公司与江城理工大学签约，补贴才能到位。',
      '2019年，青禾新材料有限公司与江城理工大学签约，实训基地落户禾溪。',
    ],
  },
  {
    id: 'event:pair-ceremony',
    family: 'events',
    matches:
      '`A与B举行<…签约/结对共建>仪式/活动` with the sides opening the clause: a signing named after them; the organisations sign and partner, a village, community or division side names it only',
    fires: [
      {
        // Divisions written with the units above them are sides as written; a division after 在 is where, no side.
        text: '6月18日，温州市鹿城区与丽水市缙云县在缙云县举行山海协作结对签约仪式。',
        yields: '温州市鹿城区与丽水市缙云县山海协作结对签约仪式',
      },
      {
        // The agreement's title in book marks names the ceremony, with its own parties.
        text: '4月2日，江禾商会与西湖科技园管委会在园区会客厅举行了《江禾商会与西湖科技园管委会联合招商合作框架协议》的签约仪式。',
        yields: '江禾商会与西湖科技园管委会联合招商合作框架协议签约仪式',
      },
      {
        text: '6月14日，蜀通建设投资集团有限公司与金牛区人民政府举行战略合作框架协议签约仪式。',
        yields: '蜀通建设投资集团有限公司与金牛区人民政府战略合作框架协议签约仪式',
      },
      {
        // When and where may stand between the sides and 举行; a Latin gloss in brackets is no part of the name.
        text: '青川县政府与剑阁县政府11日于剑阁县会议中心举行合作备忘录（MOU）签署仪式。',
        yields: '青川县政府与剑阁县政府合作备忘录签署仪式',
      },
      {
        // A village side is named with the town written before it.
        text: '8月30日下午，凯越实业有限公司党总支与叶榭镇望溪村举行结对共建签约仪式。',
        yields: '凯越实业有限公司党总支与叶榭镇望溪村结对共建签约仪式',
      },
      {
        // A division side is named with the divisions written before it (the guide's chain as written).
        text: '8月17日，嘉荫县与佛山市南海区举行战略合作框架协议签约仪式。',
        yields: '嘉荫县与佛山市南海区战略合作框架协议签约仪式',
      },
      {
        // Named after the agreement a later sentence says the pair signed.
        text: '1月2日，渭南云帆物流有限公司与宁国市人民政府举行签约仪式。仪式上，宁国市人民政府与渭南云帆物流有限公司签署物流园区合作协议。',
        yields: '渭南云帆物流有限公司与宁国市人民政府物流园区合作协议签约仪式',
      },
      {
        // Party committees written after 中共 are named as written; a desk credit opens no side; a town's government
        // after 在 is where it is held.
        text: '【本报讯】中共金泽镇委员会和中共朱家角镇委员会昨日在金泽镇人民政府举行党建联学签约活动，两镇各派代表参加。',
        yields: '中共金泽镇委员会和中共朱家角镇委员会党建联学签约活动',
      },
      {
        // A pairing launched at its ceremony; the day written before the pair with no comma.
        text: '11月20日上午青松社区党委和鼓楼区科协在社区礼堂举行结对帮扶启动仪式，双方各派代表出席。',
        yields: '青松社区党委和鼓楼区科协结对帮扶启动仪式',
      },
      {
        // The ceremony's name in quotes, where and when told first.
        text: '3日上午，在莫干山镇人民政府，西塘镇与莫干山镇举行“友好镇结盟签约仪式”，两镇签下协议。',
        yields: '西塘镇与莫干山镇友好镇结盟签约仪式',
      },
      {
        // Where it is held between the pair and 举行.
        text: '6月20日，渭南云帆物流有限公司与临渭区工商业联合会在临渭区会展中心举行合作协议签约仪式。',
        yields: '渭南云帆物流有限公司与临渭区工商业联合会合作协议签约仪式',
      },
    ],
    mustNot: ['6月14日，蜀通建设投资集团有限公司与金牛区人民政府举行工作座谈会。'],
  },
  {
    id: 'event:signed-verb',
    family: 'events',
    matches: '`(集中|现场|成功|正式)签约` closing a clause: a signing told by its verb',
    fires: [
      {
        // The side before 分别同/分别与 is the first party; how they were paired (等企业项目进行了) is no part of the name.
        text: '推介会上，栾川县人民政府分别与洛阳禾川投资有限公司、河南青峰新材料有限公司等企业进行了集中签约。',
        yields: '栾川县人民政府与洛阳禾川投资有限公司、河南青峰新材料有限公司集中签约',
      },
      { text: '推介会上，翠屏区与6家企业集中签约，总投资52亿元。', yields: '翠屏区与6家企业集中签约' },
      {
        // The body signing with each of the others leads; the others counted as a kind and the light verb go.
        text: '仪式上，青川县人民政府分别同青禾智能装备有限公司、禾川新材料有限公司等单位进行了正式签约。',
        yields: '青川县人民政府与青禾智能装备有限公司、禾川新材料有限公司正式签约',
      },
    ],
    mustNot: ['推介会上，翠屏区计划与6家企业集中签约，总投资52亿元。'],
  },
  {
    id: 'event:signed-during',
    family: 'events',
    matches:
      '`会上/仪式上/现场(，)(还)进行了<what>签约` after a founding or meeting read before: a signing named after the body that happening is of and what was signed, held where it was',
    fires: [
      {
        text: '6月2日，宜宾市茶农协会在翠屏区宣告成立。会上还进行了项目签约，茶叶溯源平台同时启动。',
        yields: '宜宾市茶农协会项目签约',
      },
    ],
    mustNot: [
      // Nothing read before it to be held at.
      '会上还进行了项目签约，茶叶溯源平台同时启动。',
      // Still to come.
      '6月2日，宜宾市茶农协会在翠屏区宣告成立。会上将进行项目签约。',
    ],
  },
  {
    id: 'event:people-sign',
    family: 'events',
    matches:
      '`<titles>A与<titles>B(，<when or where>)(共同)签署/签订/续签<agreement>`: two titled people who sign, each for the division or body their titles name; a signing named after those sides, when no frame read one in the sentence',
    fires: [
      {
        // A division's head written with its short title (<city>长X): no side the agreement frame reads.
        text: '宜宾市长韦东川和南川职业学院院长罗一鸣昨日在翠屏区签订实训基地共建协议。',
        yields: '宜宾市与南川职业学院实训基地共建协议签订',
      },
    ],
    mustNot: [
      // Still to talk of, or only watched.
      '宜宾市长韦东川和南川职业学院院长罗一鸣拟签订实训基地共建协议。',
      '宜宾市长韦东川和南川职业学院院长罗一鸣出席并见证签订实训基地共建协议。',
      // Two people of one side.
      '宜宾市长韦东川和宜宾市副市长孙立群签订实训基地共建协议。',
      // Not made, owed or a habit (the words between the sides and the verb are read as the agreement frame reads them).
      '宜宾市长韦东川和南川职业学院院长罗一鸣至今仍未能签订实训基地共建协议。',
      '宜宾市长韦东川和南川职业学院院长罗一鸣应当尽快签订实训基地共建协议。',
      '宜宾市长韦东川和南川职业学院院长罗一鸣每两年续签一次实训基地共建协议。',
    ],
  },
  {
    id: 'event:agreement-signed',
    family: 'events',
    matches:
      '`A与B签署/签订/续签X协议` with no ceremony named: a signing of its own (A与BX协议签约); divisions may stand on either side; any few words of when, where or how may stand between the sides and the verb (not an intention, a watching or a title)',
    fires: [
      {
        text: '论坛期间，武汉理工大学与武汉路擎科技有限公司签署产学研合作协议。',
        yields: '武汉理工大学与武汉路擎科技有限公司产学研合作协议签署',
      },
      {
        // A body's other name in brackets after each side stays in the name (not a short form declared, 简称…).
        text: '会上，苍溪县工商联(总商会)与剑阁县工商联(总商会)签订了结对合作协议。',
        yields: '苍溪县工商联(总商会)与剑阁县工商联(总商会)结对合作协议签订',
      },
      {
        // Two divisions; the agreement's bare words quote a strategy inside (kept in the name, not in its id).
        text: '6月9日，青川县与剑阁县签订深化“两县联动”文旅产业协作框架协议。',
        yields: '青川县与剑阁县深化“两县联动”文旅产业协作框架协议签订',
      },
      {
        // When may stand between the sides and the verb.
        text: '青川县政府与剑阁县政府今天签署文旅合作协议。',
        yields: '青川县政府与剑阁县政府文旅合作协议签署',
      },
      {
        // Where they signed, written between the sides and the verb, does not break them from it.
        text: '6月3日，青禾新材料有限公司董事长易向东与江城理工大学校长柏文清在杭州共同签署战略合作协议。',
        yields: '青禾新材料有限公司与江城理工大学战略合作协议签署',
      },
      {
        // Any few words of when, where or how between the sides and the verb (a bracketed day, a short city form).
        text: '禾溪职业技术学院与青峰生物科技有限公司昨日(5日)于蓉共同签订产业协作协议。',
        yields: '禾溪职业技术学院与青峰生物科技有限公司产业协作协议签订',
      },
      {
        // The words after a comma, an agreement in corner quotes, a renewal.
        text: '禾溪职业技术学院与青峰生物科技有限公司，今天上午续签「实训基地意向书」。',
        yields: '禾溪职业技术学院与青峰生物科技有限公司实训基地意向书续签',
      },
      {
        text: '会上，南海区与嘉荫县签订《全方位战略合作框架协议》。',
        yields: '南海区与嘉荫县全方位战略合作框架协议签订',
      },
      {
        // Two districts as the sides; the agreement written bare may be long (up to 24 characters, a quote inside).
        text: '11月12日，鄞州区与海曙区签订围绕“同城共建”目标携手推进产业互补合作协议。',
        yields: '鄞州区与海曙区围绕“同城共建”目标携手推进产业互补合作协议签订',
      },
      {
        // Two representatives, each written with the side they stand for; 云签署 kept whole.
        text: '通过视频连线，青禾置业集团有限公司副总裁吕岚代表青禾置业集团有限公司、江岸区常务副区长柏文远代表江岸区人民政府云签署片区开发合作协议。',
        yields: '青禾置业集团有限公司与江岸区人民政府片区开发合作协议云签署',
      },
      {
        // A body written with a bare level is named with its division.
        text: '湖北省宜城市市委副书记、市长甄怀远代表市政府与中铁汇通设计研究院有限公司签订了战略框架协议。',
        yields: '宜城市政府与中铁汇通设计研究院有限公司战略框架协议签订',
      },
      {
        // Bodies listed with 、 that the text says sign together (a count of them, or 共同).
        text: '渭南云帆物流有限公司党支部、临渭区税务局党支部、渭南柏瑞食品有限公司党支部三家党组织签署了党建联盟协议。',
        yields: '渭南云帆物流有限公司党支部、临渭区税务局党支部、渭南柏瑞食品有限公司党支部党建联盟协议签署',
      },
      {
        // What is said of the agreement before 的 is no part of its name.
        text: '会上，渭南云帆物流有限公司与宁国市人民政府签署了总额15亿元的产业投资协议。',
        yields: '渭南云帆物流有限公司与宁国市人民政府产业投资协议签署',
      },
      {
        // Each side written with who signs for it: named after the bodies.
        text: '会上，杭州禾丰电子有限公司总经理方立言与宁波港联物流有限公司董事长邬晓梅代表双方签署了战略合作协议。',
        yields: '杭州禾丰电子有限公司与宁波港联物流有限公司战略合作协议签署',
      },
      {
        // A park or zone may be a side (a place: it names the agreement, signs nothing).
        text: '5月16日上午，青湾科技园和湖州市吴兴区人民政府签署了共建协议。',
        yields: '青湾科技园与湖州市吴兴区人民政府共建协议签署',
      },
    ],
    mustNot: [
      // Words between that say it is intended or talked of, or that the sides only watch it signed.
      '禾溪职业技术学院与青峰生物科技有限公司经过多轮洽谈有望签订实训协议。',
      '禾溪职业技术学院与青峰生物科技有限公司代表出席并见证签订实训协议。',
      // Two representatives who do something else.
      '青禾置业集团有限公司副总裁吕岚代表青禾置业集团有限公司、江岸区常务副区长柏文远代表江岸区人民政府先后致辞。',
      // Words between that say it is not made, refused, owed, a habit or background, or another year's.
      '禾溪职业技术学院与青峰生物科技有限公司至今尚未签订实训协议。',
      '禾溪职业技术学院与青峰生物科技有限公司明确拒绝签署补充协议。',
      '禾溪职业技术学院与青峰生物科技有限公司须在20日内签订书面合同。',
      '禾溪职业技术学院与青峰生物科技有限公司可以另行签订补充合同。',
      '禾溪职业技术学院与青峰生物科技有限公司每年签订一次实训协议。',
      '禾溪职业技术学院与青峰生物科技有限公司先后多次签订实训协议。',
      '禾溪职业技术学院与青峰生物科技有限公司于2019年8月签订实训协议。',
      // A title in the words between: who signs for a body the text does not name whole.
      '禾溪职业技术学院院长韦东川和青峰生物南区办主任孙立群签订实训协议。',
      // An agreement signed before, told in a relative clause (于去年签署的), is no signing of this article.
      '青禾新材料有限公司与江城理工大学于去年签署的合作协议到期。',
      '论坛期间，武汉理工大学与武汉路擎科技有限公司洽谈产学研合作。',
      '会上，杭州禾丰电子有限公司总经理方立言与宁波港联物流有限公司董事长邬晓梅就战略合作进行了交流。',
      '渭南云帆物流有限公司、渭南柏瑞食品有限公司分别签订了合作协议。',
    ],
  },
] as const satisfies readonly RuleRecord[];
