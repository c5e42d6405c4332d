import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * A democratic party's committee of a division (民盟<city>委, 九三学社市委会) is that party's, never the Communist Party's
 * committee of the division (./party-committees.ts).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

const orgIds = (text: string) => ids(annotate(text)).filter((id) => id.startsWith('org:'));

describe("a democratic party's committee", () => {
  it('takes the party into its name and leaves the city committee out', () => {
    const found = orgIds('民建保定市委主委林青禾带队调研。');
    expect(found).toContain('org:民建保定市委');
    expect(found).not.toContain('org:河北省保定市委');
  });

  it('is one body however the page writes it (委会, a bare level after the party, 第N届委员会)', () => {
    const found = orgIds(
      '九三学社本溪市委会召开全委会。九三学社市委会主委周立文讲话。九三学社本溪市第八届委员会副主委陈海青主持。',
    );
    expect(found.filter((id) => id.includes('九三学社'))).toEqual(['org:九三学社本溪市委会']);
    expect(found).not.toContain('org:辽宁省本溪市委');
  });

  it('reads bare 市委会 as the one party the page names, and as nothing on a page naming none', () => {
    expect(orgIds('民进沧州市委会召开会议。市委会副主委林禾主持。')).toEqual(['org:民进沧州市委会']);
    expect(orgIds('沧州市召开会议。市委会副主委林禾主持。')).not.toContain('org:河北省沧州市委');
  });

  it('keeps 中共<city>委 beside it the Communist Party committee', () => {
    const found = orgIds('民盟沧州市委召开座谈会。中共沧州市委副书记林禾出席。');
    expect(found).toContain('org:民盟沧州市委');
    expect(found).toContain('org:河北省沧州市委');
  });
});

describe("a democratic party's central committee", () => {
  it('is read by any written form of the one list of parties', () => {
    expect(orgIds('农工民主党中央副主席林禾到青川县调研。')).toContain('org:农工民主党中央');
    expect(orgIds('民进中央副主席林禾出席。')).toContain('org:民进中央');
  });

  it('is no committee of a division, which the party before it names instead', () => {
    const found = orgIds('民建沧州市委员会主委林禾出席。');
    expect(found).toEqual(['org:民建沧州市委']);
  });
});
