import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * A city's body whose name opens with 市场 written after the city's short form (<city>市场监管局) is the body written
 * after the full name (<city>市市场监管局): one id, of the full name (../../../../../seed/pipeline/extract/bodies.ts).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('a city body opening with 市场 after the short form', () => {
  it('is the body written after the full name', () => {
    const a = annotate('丽水市场监管局局长柯文山出席。丽水市市场监管局副局长庞一鸣陪同检查。');
    expect(positionsOf(a, '柯文山')).toEqual(['局长 -> org:浙江省丽水市市场监管局']);
    expect(positionsOf(a, '庞一鸣')).toEqual(['副局长 -> org:浙江省丽水市市场监管局']);
    expect(ids(a).filter((id) => id.startsWith('org:'))).toEqual(['org:浙江省丽水市市场监管局']);
  });

  it('reads the long form of the name too', () => {
    const a = annotate('丽水市场监督管理局副局长柯文山带队检查。');
    expect(positionsOf(a, '柯文山')).toEqual(['副局长 -> org:浙江省丽水市市场监督管理局']);
  });

  it('leaves a market that is no body alone', () => {
    expect(ids(annotate('丽水市场供应充足，菜价平稳。')).filter((id) => id.startsWith('org:'))).toEqual([]);
  });
});
