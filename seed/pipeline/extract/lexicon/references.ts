import { SOCIETY_ENDINGS } from './suffixes.ts';

/**
 * Words that refer back to the nearest entity of their kind named before (../references.ts): `该公司`, `园区`,
 * `联盟`, tried in this order.
 */
export const REFERENCE_WORDS = {
  companyParty: ['集团党委', '公司党委'],
  company: ['该公司', '公司', '该集团', '集团', '该企业'],
  park: ['该园区', '园区', '产业园', '科技园', '工业园', '物流园'],
  alliance: ['该联盟', '联盟'],
  association: ['该协会', '协会', '该商会', '商会', '学会', '促进会', '联合会'],
  // A society written by its ending alone (总会主席X after <region><trade>总会): the one named before with that ending.
  society: SOCIETY_ENDINGS,
  // 该会, 本会, 我会 before a post (該會會長X, 我会会长X): the association named last before it, whatever its ending.
  ownAssociation: ['该会', '本会', '我会'],
  institute: ['研究院', '该院'],
  zone: ['高新区', '开发区', '经开区', '新区'],
  council: ['议会'],
  // 农会总干事X after <township>农会 (Taiwan): the farmers' or fishermen's association named before.
  farmers: ['该农会', '农会', '渔会'],
} as const satisfies Record<string, readonly string[]>;
