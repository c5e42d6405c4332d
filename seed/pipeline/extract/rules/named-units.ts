import type { RuleRecord } from './record.ts';

/**
 * Rules of the named family for a unit written after its organisation's name, and a party group after its organ's
 * (see ./record.ts; the rest in ./named.ts).
 */
export const NAMED_UNITS_RULES = [
  {
    id: 'named:sub-unit',
    family: 'named',
    matches:
      "a unit of an organisation written right after the organisation's name (<firm><place>服务处, <county>政府<words>办, <ministry><words>中心): named with the organisation in front, and part of it",
    fires: [
      { text: '青禾电力公司石岭服务处的工作人员上门检修线路。', yields: '青禾电力公司石岭服务处' },
      { text: '禾川医科大学附二院的专家为村民义诊。', yields: '禾川医科大学附二院' },
      { text: '青禾县政府与石岭研究院规划咨询中心签约。', yields: '石岭研究院规划咨询中心' },
      { text: '苗栗县议会议事协调组的同仁协助布置会场。', yields: '苗栗县议会议事协调组' },
    ],
    mustNot: [
      // A clause word or a number after the organisation: no unit of it.
      '青禾电力公司在石岭设立服务处。',
      '青禾电力公司3个服务站正式运行。',
      // One character of name before a one-character ending.
      '青禾电力公司新站投入使用。',
      // A group the body sends is the body going.
      '禾川集团调研组一行到石岭镇参观。',
      // A room the body meets in is where something happens, not a unit of it.
      '青禾县政府会议室里坐满了前来咨询的村民。',
    ],
  },
  {
    id: 'named:owner-party-group',
    family: 'named',
    matches:
      "a division's organ or people's organisation written with no division, with its party group (工商联党组, 政府党组): the party group of that body of the division the titles right before it are in, else of the page's division (owner-party-groups.ts)",
    fires: [
      { text: '开化县召开座谈会，县政协秘书长、工商联党组副书记邝禾出席。', yields: '开化县工商联党组' },
      { text: '开化县委常委、政府党组副书记童立群到青禾村调研。', yields: '开化县政府党组' },
    ],
    mustNot: [
      // A body written with its division is read as that body; none written, no division known: no name.
      '开化县工商联党组书记邝禾出席。',
      '工商联党组书记邝禾出席座谈会。',
    ],
  },
] as const satisfies readonly RuleRecord[];
