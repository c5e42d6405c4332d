import type { RuleRecord } from './record.ts';

/**
 * The general event read from a page's lead (../events/lead-event.ts) when no frame of its own found a happening:
 * examples are invented; each must-fire sentence is one no specific frame reads.
 */
export const LEAD_EVENT_RULES = [
  {
    id: 'event:lead-visit',
    family: 'events',
    matches:
      'in the first sentences, when no frame of its own read a happening there, a titled leader anywhere before a visit verb (`围绕…等<head>开展<how><verb>`, `到<one named place or body>(开展)<verb>`, a trip `赴/深入…<verb><matter>` closing the clause (one named place gone to kept before the matter), `开展“<matter>”<how><verb>`, `对<matter>进行<verb>`): a visit named after its matter, else where it went',
    fires: [
      {
        // What it was about is the head of a list (围绕A、B等<head>), then how, then the verb.
        text: '9月12日，市政协副主席陶宏亮一行围绕冷链仓储、消防通道等薄弱环节开展专项督导，副区长孙立群陪同。',
        yields: '薄弱环节专项督导',
      },
      {
        // Another act joined by 及 after the verb is no matter; a province written short is named in full.
        text: '10月8日，禾溪县工商联主席韦立带领二十余家企业赴浙江开展考察交流及招商推介。',
        yields: '浙江省考察交流',
      },
      {
        // A signing told after the lead (its first three sentences) by a frame of its own leaves the lead's visit to
        // this reader.
        text: '9月20日，苍溪县工商联主席韦立与十余位企业家一起到浙江开展考察交流。一行人参观了三家丝绸企业。大家认为此行很有收获。返程前，苍溪县工商联同宁波市工商联签订了结对合作协议。',
        yields: '浙江省考察交流',
      },
      {
        // Whom the leader brings closes its own clause; one named body gone to, nothing after the verb.
        text: '5月20日上午，副市长韦东川带领市商务局有关负责人，走进青禾食品有限公司开展调研，副区长孙立群陪同。',
        yields: '青禾食品有限公司调研',
      },
      {
        // 曾 is a surname here, not background.
        text: '4月2日，副市长曾立新一行围绕冷链仓储、消防通道等薄弱环节开展专项督导。',
        yields: '薄弱环节专项督导',
      },
      {
        // The matter written after the verb, closing its clause, after a list of where they went.
        text: '3月8日，县人大常委会主任范文涛率执法检查组，先后赴禾溪镇、青石镇督查秸秆禁烧落实情况。',
        yields: '秸秆禁烧落实情况督查',
      },
      {
        // One named place gone to stays in the name before the matter.
        text: '5月3日，市长韦东川赴青川县调研防汛设施建设情况。',
        yields: '青川县防汛设施建设情况调研',
      },
      {
        // The matter in quotes before how and the verb.
        text: '6月4日，市人大常委会主任欧阳宁一行开展“老旧小区加装电梯”专项督查，区人大常委会主任韦东川全程参加。',
        yields: '老旧小区加装电梯专项督查',
      },
      {
        // A visit to people, made by a leader.
        text: '1月20日，区委书记陆文澜赴禾溪镇看望困难老党员，副区长孙立群陪同。',
        yields: '困难老党员看望',
      },
      {
        // 看望慰问 is one verb: the people visited come first, the acts as written after them.
        text: '5月8日，县委书记罗一鸣深入禾溪镇看望慰问困难群众。',
        yields: '困难群众看望慰问',
      },
      {
        // A list of where the leader went closes its clause; the verb opens the next, a matter listed closing on 情况.
        text: '1月6日至8日，市委书记韦东川赴禾溪县、石门县和青川区，实地调研冷链物流、园区配套、项目招引等情况。',
        yields: '冷链物流、园区配套、项目招引等情况实地调研',
      },
      {
        // 来 before a division is a going too (visitors come to the page's county): named by the matter alone.
        text: '6月12日，建德市副市长柏远舟带领相关部门负责人来桐庐县考察学习乡村振兴工作。',
        yields: '乡村振兴工作考察学习',
      },
    ],
    mustNot: [
      // 以来 is a time, not a going: a leader's routine 督查<matter> with no trip told.
      '入夏以来桐庐县副县长柏远舟多次督查防汛设施建设情况。',
      // A notice, a rule, a plan's list: they arrange visits, they report none.
      {
        text: '经县政府同意，县长柏远舟联系西岭镇，深入各工厂调研用工难题。',
        title: '关于印发《禾丰县领导干部挂钩工厂方案》的通知',
      },
      '第六条 县长柏远舟同志负责联系西岭镇，到西岭镇调研指导产业发展。',
      '一、县政协主席柏远舟牵头开展“数字乡村”专题调研。二、加强自身建设。',
      // A quote or a feature after the leader's name, a life told, a report heard.
      '县长柏远舟：到基层去调研群众所盼',
      '县长柏远舟的一天：清晨到西岭镇调研春耕生产，中午返回县城。',
      '原县委书记柏远舟同志生前长期深入基层调研群众生活。',
      '县长柏远舟听取了关于赴西岭镇调研情况的汇报。',
      // A time, the group or an aside after the verb is no matter.
      '7月3日，副区长孙立群赴禾溪镇调研时强调，要抓好防汛工作。',
      '7月3日，副区长孙立群带领调研组赴禾溪镇，调研组成员包括区水利局负责人。',
      // A second verb after the first is how it was done.
      '7月3日，副区长孙立群莅临禾溪镇考察督查。',
      // A list after the verb that does not close on 情况 or 工作 is where it went, not a matter.
      '7月3日，副区长孙立群赴禾溪镇，走访调研青禾食品公司、禾川竹编公司。',
      // No leader: a body's routine.
      '禾溪镇每季度对防汛设施进行督查。',
      // A task set in reported speech.
      '区长邝明远要求，各镇要对城南片区防汛设施进行察看。',
      // A notice: no one does it.
      '为进一步规范企业走访调研工作，现将有关事项通知如下。',
      // Still to come.
      '下周，区长邝明远将带队围绕冷链仓储、消防通道等薄弱环节开展督导。',
      // Reported speech: a task set, no happening told.
      '区长邝明远强调，各部门要围绕冷链仓储、消防通道等薄弱环节开展督导。',
      // Arranged by a notice or a decision, not done.
      '定于3月5日起，由副区长孙立群带队围绕冷链仓储、消防通道等薄弱环节开展督导，请各单位配合。',
      '经研究，决定由副区长孙立群带队围绕消防通道、仓储安全等薄弱环节开展专项督查。',
      // Background.
      '据了解，区长邝明远曾于2019年带队围绕冷链仓储、消防通道等薄弱环节开展督导。',
      // A habit under a rule.
      '根据联系企业制度，副市长韦东川每月到青禾食品有限公司走访调研。',
      // A welcome or an invitation, not a visit made.
      '欢迎副区长孙立群一行莅临青川竹编有限公司调研。',
      '青川竹编有限公司诚挚邀请副区长孙立群前来考察。',
    ],
  },
  {
    id: 'event:lead-act',
    family: 'events',
    matches:
      'in the first sentences, `(<day>，)<named place or body>(项目)(正式)开工/揭牌/启用/开园/开业/投产/落成/竣工` opening its clause: the act done to it (`仪式` kept when the page names it so)',
    fires: [
      {
        text: '6月18日，澜湾科创园顺利开园。市长韦东川出席并为开园仪式剪彩。',
        yields: '澜湾科创园开园仪式',
      },
    ],
    mustNot: [
      // A place name is never an event.
      '澜湾科创园位于城东，占地300亩。',
      // Planned.
      '澜湾科创园二期计划于明年开园。',
      // Background.
      '据了解，澜湾科创园曾于2019年开园。',
      // A profile, a time since, a plan told after the act.
      '澜湾科创园开园以来，已引进企业50家，年产值超10亿元。',
      '澜湾科创园开园三年来，累计引进项目80个。',
      '澜湾科创园揭牌仪式筹备工作启动，计划5月举行。',
    ],
  },
] as const satisfies readonly RuleRecord[];
