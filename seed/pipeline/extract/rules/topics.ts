import type { RuleRecord } from './record.ts';

/** Rules of the topics family (see ./record.ts). */
export const TOPICS_RULES = [
  {
    id: 'topic:focus-list',
    family: 'topics',
    matches:
      'Topic and FOCUSES_ON: the industries listed after 聚焦, 重点发展, 专注于, 布局 … of the subject before',
    fires: [
      {
        text: '林屹介绍，瀚澜智能科技有限公司专注于具身智能、智能传感器和机器人运动控制三大领域。',
        yields: '具身智能',
      },
      {
        text: '东湖物流园揭牌。东湖物流园将重点围绕做大做强做优现代物流产业集群，加快建设。',
        yields: '现代物流',
      },
      {
        // 布局 as an act: what is laid out follows it.
        text: '瀚澜智能科技有限公司在东湖物流园布局冷链物流、跨境电商等产业。',
        yields: '冷链物流',
      },
    ],
    mustNot: [
      '瀚澜智能坚持“布局体系化、发展集约化”的理念。',
      '东湖物流园将重点围绕做大做强做优，加快建设。',
      // 布局 as a noun: a modifier before it, the next item of a list after it.
      '东湖物流园负责人介绍了园区总体布局、仓储能力、配送网络等情况。',
      '调研组听取了东湖物流园冷链物流产业的布局规划。',
      // A count is no industry.
      '东湖物流园联盟每季度聚焦一家会员企业，开展推介。',
    ],
  },
  {
    id: 'topic:focus-reversed',
    family: 'topics',
    matches: 'Topic and FOCUSES_ON: `<topic>是<subject>重点发展/培育/布局的…`',
    fires: [{ text: '许文澜在讲话中指出，集成电路是南山区重点发展的战略性新兴产业。', yields: '集成电路' }],
    mustNot: ['许文澜在讲话中指出，集成电路是南山区的战略性新兴产业。'],
  },
] as const satisfies readonly RuleRecord[];
