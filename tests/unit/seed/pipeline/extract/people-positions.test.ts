import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, positionsOf, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/** People and their posts as real pages write them (invented sentences, the structures of real pages). */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('an election list', () => {
  const a = annotate(
    '青禾商会召开换届大会。会议选举韦立山为青禾商会第二届理事会会长、江一舟为执行会长，沈明、吴青为常务副会长，赵远为监事长。',
  );

  it('gives each clause its own people and post, the board term left out of the title', () => {
    expect(positionsOf(a, '韦立山')).toEqual(['会长 -> org:青禾商会']);
    expect(positionsOf(a, '江一舟')).toEqual(['执行会长 -> org:青禾商会']);
    expect(positionsOf(a, '吴青')).toEqual(['常务副会长 -> org:青禾商会']);
    expect(positionsOf(a, '赵远')).toEqual(['监事长 -> org:青禾商会']);
    expect(ids(a)).not.toContain('person:赵远为');
  });

  it('gives honorary posts to the association', () => {
    const b = annotate('青禾商会召开换届大会，推选钱东海、孙一鸣为名誉会长。');
    expect(positionsOf(b, '孙一鸣')).toEqual(['名誉会长 -> org:青禾商会']);
  });
});

describe('a name before its title', () => {
  it('reads a name opening its clause before a title, and not a body before one', () => {
    const a = annotate('会上，程立主任指出，要抓好落实。金融办主任介绍了情况。');
    expect(ids(a)).toContain('person:程立');
    expect(ids(a).filter((id) => id.startsWith('person:'))).toEqual(['person:程立']);
  });

  it('ends a name before a day written in brackets', () => {
    const a = annotate('县议会议长程立今(9)日率团访问青禾县。');
    expect(ids(a)).toContain('person:程立');
    expect(ids(a)).not.toContain('person:程立今');
  });
});
