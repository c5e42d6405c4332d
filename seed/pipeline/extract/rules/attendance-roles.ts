import type { RuleRecord } from './record.ts';

/** Rules of the roles family for who attends, read from the attending verb's sentence (see ./record.ts). */
export const ATTENDANCE_ROLES_RULES = [
  {
    id: 'role:attends',
    family: 'roles',
    matches:
      'attendee: people before 出席/参加/列席/陪同/带队/率队/会见/接待/见证/到会/一同调研 (not who is named after a colon)',
    fires: [
      {
        // Each attending verb names its own ceremony by its act and noun (开工仪式, not the campaign's 开工活动): attendees
        // of both.
        text: '9月26日上午，全市“项目攻坚月”集中开工活动暨栾川县智能装备制造项目开工仪式启动。栾川县人民政府与洛阳禾川投资有限公司签订了项目投资协议。副县长林书瑶出席了签约仪式，随后参加开工仪式。',
        yields: '林书瑶 → 栾川县人民政府与洛阳禾川投资有限公司项目投资协议签订',
      },
      {
        // One attending verb before a list of ceremonies: attendees of each.
        text: '9月26日上午，栾川县智能装备制造项目开工仪式举行。栾川县人民政府与洛阳禾川投资有限公司签订了项目投资协议。副县长林书瑶当天出席了签约仪式和开工仪式。',
        yields: '林书瑶 → 栾川县人民政府与洛阳禾川投资有限公司项目投资协议签订',
      },
      {
        text: '9月26日上午，全市“项目攻坚月”集中开工活动暨栾川县智能装备制造项目开工仪式启动。栾川县人民政府与洛阳禾川投资有限公司签订了项目投资协议。副县长林书瑶出席了签约仪式，随后参加开工仪式。',
        yields: '林书瑶 → 栾川县智能装备制造项目开工仪式',
      },
      {
        // After 出席人员有：, 出席包括： the list runs on over commas.
        text: '禾川乡贤恳谈会14日下午在禾川宾馆召开，出席人员有：县委常委韩立明，县政协副主席林晓岚、周启航。',
        yields: '林晓岚 → 禾川乡贤恳谈会',
      },
      {
        // Who receives the visitors (受到X热情接待).
        text: '5月9日，禾川商会会长林青川率参访团一行到访新竹县政府，受到县长甘明哲热情接待。',
        yields: '甘明哲 → 禾川商会到访新竹县政府',
      },
      {
        // Who else took part, listed after 还有 over commas.
        text: '4月2日，宁阳县民营企业座谈会在县行政中心召开，县长甘明哲出席。参加座谈的还有县工商联主席周启航，县商务局局长韩立明等。',
        yields: '韩立明 → 宁阳县民营企业座谈会',
      },
      {
        // Who heads the delegation (以A为团长, A任领队).
        text: '6月2日，宁阳县经贸代表团赴禾川市考察交流，代表团以副县长甘明哲为团长。',
        yields: '甘明哲 → 禾川市考察交流',
      },
      {
        text: '5月9日上午，历城区委书记范承志带队调研全区重点产业项目建设情况。副区长汤雨菲参加调研。',
        yields: '汤雨菲 → 历城区重点产业项目建设情况调研',
      },
      {
        // A clause opened by 有 lists who attended; 共襄盛举 attends (Taiwan pages).
        text: '1月26日，嘉义县政府举办「新春团拜会」，各界贵宾踊跃出席，有县议员林若衡、商业会理事长韩东川等人共襄盛举。',
        yields: '韩东川 → 嘉义县政府新春团拜会',
      },
      {
        // Going along on the visit (一同调研, 随同考察), after a list of the hosts.
        text: '7月5日，省政协副主席柏文远一行到青川县调研产业发展情况，县委书记汤雨菲，副县长林青一同调研。',
        yields: '林青 → 产业发展情况调研',
      },
      {
        // Happenings told one to a clause split at ；: each clause's people attend its own.
        text: '3月2日，宜宾市市长柯远航在市行政中心会见青禾集团董事长林青，双方就物流园建设交换意见；副市长甘立会见禾丰实业有限公司总经理唐一帆，商谈康养项目。',
        yields: '唐一帆 → 宜宾市与禾丰实业有限公司会见',
      },
    ],
    mustNot: [
      '5月9日上午，历城区委书记范承志主持召开全区重点产业项目建设推进会。副区长汤雨菲介绍情况。',
      // 有关… opens no list of who attended: the person in that later clause speaks.
      '6月4日，青川县召开招商工作推进会，各乡镇主要负责人参加，有关部门负责人周立文作表态发言。',
      // A person whose words are studied (学习…<name>总书记…重要讲话精神) is cited, not present.
      '10月9日，禾川县民营企业家座谈会在县政府举行。会上，与会人员深入学习了苟星海总书记在全省民营经济大会上的重要讲话精神。',
    ],
  },
  {
    id: 'role:attends-org',
    family: 'roles',
    matches: 'attendee: organisations in the clause of 出席/参加 (organisers do not attend)',
    fires: [
      {
        text: '5月11日下午，松江区泗泾镇召开重点项目推进会。松江区发展改革委相关负责同志参加会议。',
        yields: '松江区发展改革委 → 松江区泗泾镇重点项目推进会',
      },
      {
        // A second attending verb in the sentence, its bodies in a clause before it with their unnamed people.
        text: '7月31日下午，临渭区十七届人大常委会举行第十三次会议，主任焦远航等24人出席会议，临渭区人民法院、临渭区人民检察院负责人，临渭区政府办公室负责人列席会议。',
        yields: '临渭区人民法院 → 临渭区十七届人大常委会第十三次会议',
      },
      {
        // Bodies with their unnamed people in a clause of their own, named people between them and the verb.
        text: '3月9日，华阴市人民政府与秦岭云帆科技有限公司举行战略合作签约仪式。华阴市副市长焦远航，市发改局、市财政局等相关单位人员，秦岭云帆科技有限公司总经理祁文彬参加签约仪式。',
        yields: '华阴市财政局 → 华阴市人民政府与秦岭云帆科技有限公司战略合作签约仪式',
      },
    ],
    mustNot: [
      '5月11日下午，松江区泗泾镇召开重点项目推进会，会议由松江区发展改革委主办。',
      '7月31日下午，临渭区十七届人大常委会举行第十三次会议，临渭区人民法院提请审议有关事项，主任焦远航等24人出席会议。',
    ],
  },
  {
    id: 'role:attends-listed-above',
    family: 'roles',
    matches: 'attendee: people one per line above a line opening with 出席/参加 (WeChat copies)',
    fires: [
      {
        text: '9月2日下午，临渭区人民政府与渭南云帆物流有限公司签署战略合作协议。\n渭南云帆物流有限公司董事长焦远航\n临渭区副区长祁文彬\n出席签约仪式\n',
        yields: '焦远航 → 临渭区人民政府与渭南云帆物流有限公司战略合作协议签署',
      },
    ],
    mustNot: [
      '9月2日下午，临渭区人民政府与渭南云帆物流有限公司签署战略合作协议。\n渭南云帆物流有限公司董事长焦远航，临渭区副区长祁文彬。\n出席签约仪式\n',
    ],
  },
  {
    id: 'role:named-present',
    family: 'roles',
    matches:
      'attendee: a person named in the first four sentences and linked to no happening takes part in the main one (not cited, appointed, elected, or in a byline)',
    fires: [
      {
        // Named in the lead with no verb of their own: the happening with the most people has them.
        text: '6月3日上午，禾川县民营企业家座谈会在县行政中心召开，县委书记林书瑶出席并讲话。县工商联主席周启航，县商务局局长韩立明，县政协副主席祁文彬。',
        yields: '韩立明 → 禾川县民营企业家座谈会',
      },
    ],
    mustNot: [
      // A leader cited, not present.
      '6月3日上午，禾川县民营企业家座谈会在县行政中心召开，会议传达学习省委书记林书瑶的重要讲话精神。',
      // Appointed by the meeting: the gold sets split on whether they attend.
      '6月3日上午，禾川县人大常委会第九次会议在县行政中心召开。会议任命周启航为禾川县人民政府副县长。',
      // Named only after the opening, where pages tell other happenings and what was said.
      '6月3日上午，禾川县民营企业家座谈会在县行政中心召开。会议听取了意见建议。与会企业家踊跃发言。会议气氛热烈。会后，县工商联主席周启航一行赴禾川工业园。',
    ],
  },
  {
    id: 'role:called-on',
    family: 'roles',
    matches:
      "attendee: the bodies listed right after a call's verb (拜会/拜访/到访/走访 A、B), or gone to for a call (前往A进行拜会)",
    fires: [
      {
        text: '3月8日，禾川商会会长林青川率团到访宁阳县工商联，受到主席甘明哲接待。',
        yields: '宁阳县工商联 → 禾川商会到访宁阳县工商联',
      },
    ],
    mustNot: [
      // A tour's stops are no bodies called on.
      '3月8日，宁阳县县长甘明哲先后来到禾川精工机械有限公司、青川物流有限公司调研。',
      '3月8日，宁阳县县长甘明哲率团赴青川县考察，先后走访禾川精工机械有限公司、青川物流有限公司。',
    ],
  },
  {
    id: 'role:listed-guests',
    family: 'roles',
    matches: 'attendee: people listed after 包括 in a sentence about the happening (嘉宾云集，包括A、B等)',
    fires: [
      {
        text: '禾川同乡会第五届会董就职典礼昨晚在禾川酒店举行。当晚宾客满堂，包括甘明哲、林青川、周启航等逾三百人。',
        yields: '林青川 → 禾川同乡会第五届会董就职典礼',
      },
    ],
    mustNot: [
      '禾川同乡会第五届会董就职典礼昨晚在禾川酒店举行，林青川没有到场。',
      // A list of office-bearers says who holds a post, not who was there.
      '禾川同乡会第五届会董就职典礼昨晚在禾川酒店举行。同日，禾川商会公布新一届班子，副会长包括甘明哲、林青川。',
    ],
  },
] as const satisfies readonly RuleRecord[];
