import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import type { Registry } from '../registry.ts';
import { clauseStartOf, relate } from './relate.ts';

/** What makes 成为 a joining: 成员单位, 首批会员单位, 理事单位. */
const MEMBER_AFTER = /^(?:的)?(?:首批|第一批|新|正式)?(?:成员|会员|理事)/;

/**
 * Members of an alliance or association: `成员单位包括` lists the members of the one named in the sentence; `加入`,
 * `成为…成员单位` and `为…理事单位` make the organisations before them members.
 */
export function members(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  const isGroup = (a: Anchor) => a.kind === 'alliance' || a.kind === 'association';
  for (const m of doc.text.matchAll(/(?:成员|会员)(?:单位|企业)?(?:包括|有|涵盖)/g)) {
    const sentence = sentenceAt(doc, m.index);
    const alliances = anchors.filter((a) => isGroup(a) && a.start >= sentence.start && a.end <= m.index);
    const alliance =
      alliances[alliances.length - 1] ?? anchors.filter((a) => isGroup(a) && a.end <= m.index).pop();
    if (!alliance) continue;
    const end = sentence.end;
    for (const o of anchors) {
      if (
        o.type === 'Organization' &&
        o.source !== 'reference' &&
        o.start >= m.index &&
        o.end <= end &&
        o.id !== alliance.id
      ) {
        relate(registry, 'MEMBER_OF', o.id, alliance.id, sentence.start, 'structure:members');
      }
    }
  }
  // A、B正式加入X联盟; A成为X联盟成员单位; A为联盟理事长单位.
  const groups = anchors.filter((a) => a.kind === 'alliance' || a.kind === 'association');
  for (const m of doc.text.matchAll(/加入(?:了|到)?|成为/g)) {
    const sentence = sentenceAt(doc, m.index);
    const end = m.index + m[0].length;
    // 成为联盟首批成员单位; …等23家单位成为首批会员单位 (the alliance founded before in the sentence or the story).
    const named = groups.find((a) => a.start === end);
    const after = doc.text.slice(named ? named.end : end, (named ? named.end : end) + 8);
    if (m[0] === '成为' && !MEMBER_AFTER.test(after)) continue;
    const target = named ?? (m[0] === '成为' ? groups.filter((a) => a.end <= m.index).pop() : undefined);
    if (!target) continue;
    const clause = clauseStartOf(doc.text, sentence, m.index);
    for (const joiner of anchors) {
      if (
        joiner.type !== 'Organization' ||
        joiner.start < clause ||
        joiner.end > m.index ||
        joiner.id === target.id
      )
        continue;
      relate(registry, 'MEMBER_OF', joiner.id, target.id, sentence.start, 'structure:joins');
    }
  }
  for (const m of doc.text.matchAll(
    /(?:为|是|作为|担任)(?:联盟|协会|商会)?(?:理事长|副理事长|会长|副会长|秘书长|常务理事|理事|成员)单位/g,
  )) {
    const sentence = sentenceAt(doc, m.index);
    const group = groups.filter((a) => a.end <= m.index || a.start >= sentence.start).pop();
    const member = anchors.find(
      (a) =>
        a.type === 'Organization' &&
        /^(?:已|现|均|也)?$/.test(doc.text.slice(a.end, m.index)) &&
        a.id !== group?.id,
    );
    if (group && member)
      relate(registry, 'MEMBER_OF', member.id, group.id, sentence.start, 'structure:member-unit');
  }
}
