import type { RuleRecord } from './record.ts';

/** Rules of the roles family for who a delegation stands for (see ./record.ts). */
export const DELEGATION_ROLES_RULES = [
  {
    id: 'role:delegation-body',
    family: 'roles',
    matches:
      'attendee: the one non-public body whose head leads the group received or visiting (会见X商会会长A一行, X公司董事长A率团), and the body a group is named after (X商会考察团, X工商联考察组)',
    fires: [
      {
        text: '应宁阳县邀请，青禾精密机械有限公司总经理林青川率团于4月11日到宁阳县考察，县长甘明哲陪同。',
        yields: '青禾精密机械有限公司 → 宁阳县考察',
      },
      {
        text: '9月12日，禾川县工商联考察组来溪口镇考察，镇长甘明哲陪同。',
        yields: '禾川县工商联 → 溪口镇考察',
      },
    ],
    mustNot: [
      // A head of several bodies comes for none of them in particular.
      '应宁阳县邀请，禾川精工机械有限公司董事长、青川物流协会会长林青川率团于4月11日到宁阳县考察，县长甘明哲陪同。',
      // A government's delegation is its place's, no body's of its own; nor does a guest's firm attend a signing.
      '5月6日，宁阳县人民政府代表团到禾川工业园考察，园区主任甘明哲陪同。',
      '10月14日，宁阳县人民政府与禾川建工集团签约仪式举行，禾川建工集团第三工程有限公司董事长林青川一行出席签约仪式。',
      // The host's own body does not attend as a delegation.
      '6月3日下午，禾川精工机械有限公司董事长林青川在公司会见了宁阳县县长甘明哲。',
    ],
  },
] as const satisfies readonly RuleRecord[];
