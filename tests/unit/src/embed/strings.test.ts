import { describe, expect, it } from 'vitest';
import { fill, relationLabel, STRINGS } from '../../../../src/embed/strings.ts';
import { en } from '../../../../src/lib/i18n/en.ts';
import { zh } from '../../../../src/lib/i18n/zh.ts';

describe('embed strings', () => {
  it('name types, kinds, relations and roles exactly as the explorer does', () => {
    for (const [lang, explorer] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      expect(STRINGS[lang].type).toEqual(explorer.type);
      expect(STRINGS[lang].kind).toEqual(explorer.kind);
      expect(STRINGS[lang].relation).toEqual(explorer.relation);
      expect(STRINGS[lang].role).toEqual(explorer.role);
    }
  });

  it('have the same keys in both languages', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
  });

  it('fill placeholders with plain text and label relations by title, role or type', () => {
    expect(fill('{a} → {b} {c}', { a: '<b>', b: 2 })).toBe('<b> → 2 {c}');
    expect(relationLabel(STRINGS.en, 'HOLDS_POSITION', { title: '部长', role: 'speaker' })).toBe('部长');
    expect(relationLabel(STRINGS.en, 'PARTICIPATED_IN', { role: 'speaker' })).toBe('spoke at');
    expect(relationLabel(STRINGS.zh, 'PARTICIPATED_IN', { role: 'newrole' })).toBe('newrole');
    expect(relationLabel(STRINGS.zh, 'MEMBER_OF', {})).toBe('成员');
    expect(relationLabel(STRINGS.zh, 'NEW_TYPE', {})).toBe('NEW_TYPE');
  });
});
