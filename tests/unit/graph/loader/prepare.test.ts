import { describe, expect, it } from 'vitest';
import { prepareBatch, relationId, titleKey } from '../../../../graph/loader/prepare.ts';
import { seedAnnotation } from '../../../support/seed-annotation.ts';

const seed = seedAnnotation;

describe('prepareBatch', () => {
  it('turns an annotation into rows grouped by label and relationship type', () => {
    const batch = prepareBatch([seed()]);
    expect(batch.articleIds).toEqual(['f272be3deda32c55']);
    expect(batch.entities).toHaveLength(31);
    expect(batch.relations.HOLDS_POSITION).toHaveLength(15);
    expect(batch.mentions.find((m) => m.entity === 'person:钱世嵘')?.count).toBe(3);
    const lhz = batch.entities.find((e) => e.id === 'person:李红珍');
    expect(lhz?.pinyin).toContain('lihongzhen');
    expect(lhz?.pinyinInitials).toEqual(['lhz']);
    const schneider = batch.entities.find((e) => e.name === '施耐德电气(中国)有限公司');
    expect(schneider?.kindLabels).toEqual(['Company']);
    expect([...(schneider?.aliases ?? []), ...(schneider?.variants ?? [])]).toContain(
      '施耐德電氣(中國)有限公司',
    );
  });

  it('gives relationships ids that depend on type, ends and title or role only', () => {
    const a = relationId('HOLDS_POSITION', 'person:a', 'org:b', '书记');
    expect(relationId('HOLDS_POSITION', 'person:a', 'org:b', '书记')).toBe(a);
    expect(relationId('HOLDS_POSITION', 'person:a', 'org:b', '副书记')).not.toBe(a);
    expect(relationId('MEMBER_OF', 'person:a', 'org:b', '书记')).not.toBe(a);
    // A traditional page writes the title in its own characters: the same fact.
    expect(relationId('HOLDS_POSITION', 'person:a', 'org:b', '書記')).toBe(a);
  });

  it('records each support with its sentence and a UTC date that sorts as text', () => {
    const row = prepareBatch([seed()]).relations.HOLDS_POSITION?.[0];
    expect(row?.supports).toHaveLength(1);
    expect(row?.supports[0]?.date).toBe('2023-04-24T07:02:00.000Z');
    expect(row?.supports[0]?.text.length).toBeGreaterThan(5);
  });

  it('gives a relationship stated by two articles of one batch one row with both supports', () => {
    const second = seed();
    second.article.id = 'another';
    second.article.publishedAt = null;
    const rows = prepareBatch([seed(), second]).relations.HOLDS_POSITION ?? [];
    expect(rows).toHaveLength(15);
    expect(rows[0]?.supports.map((s) => [s.article, s.date])).toEqual([
      ['f272be3deda32c55', '2023-04-24T07:02:00.000Z'],
      ['another', ''],
    ]);
  });

  it('loads only the later of two readings of one page in a batch, and names the earlier as replaced', () => {
    const earlier = seed();
    earlier.article = { ...earlier.article, id: 'earlier', fingerprint: 'abcabcabcabcabcabcabcabc' };
    const later = seed();
    later.article.fingerprint = 'abcabcabcabcabcabcabcabc';
    const other = seed();
    other.article = { ...other.article, id: 'other', fingerprint: 'defdefdefdefdefdefdefdef' };
    const batch = prepareBatch([earlier, other, later]);
    expect(batch.articleIds).toEqual(['other', 'f272be3deda32c55']);
    expect(batch.replacedIds).toEqual(['earlier']);
    expect(batch.mentions.some((m) => m.article === 'earlier')).toBe(false);
  });

  it('keeps properties the graph sets itself out of what an annotation can set on a relationship', () => {
    const annotation = seed();
    const relation = annotation.relations.find((r) => r.type === 'LOCATED_IN');
    if (relation) relation.properties = { weight: 99, fromId: 'x', since: '2020' };
    const row = prepareBatch([annotation]).relations.LOCATED_IN?.find((r) => r.props.since);
    expect(row?.props).toEqual({ since: '2020' });
  });

  it('merges an entity that two annotations of one batch share, keeping the longer name', () => {
    const first = seed();
    const second = seed();
    second.article.id = 'another';
    const entity = second.entities.find((e) => e.id === 'org:上海市普陀区委组织部');
    if (entity) entity.name = '中共上海市普陀区委组织部';
    const merged = prepareBatch([first, second]).entities.find((e) => e.id === 'org:上海市普陀区委组织部');
    expect(merged?.name).toBe('中共上海市普陀区委组织部');
    expect(merged?.aliases).toContain('普陀区委组织部');
  });

  it('keys link titles so a stub meets its article despite punctuation', () => {
    expect(titleKey('推动民营企业高质量发展!济南“百+党建”联盟揭牌成立')).toBe(
      titleKey('推动民营企业高质量发展！济南百+党建联盟揭牌成立'),
    );
    const links = prepareBatch([seed()]).links;
    expect(links.map((l) => l.relation).sort()).toEqual([
      'next',
      'previous',
      'related',
      'related',
      'related',
      'related',
      'related',
    ]);
  });
});
