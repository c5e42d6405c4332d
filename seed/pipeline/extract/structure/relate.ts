import type { Span } from '../../../../contract/annotation/types.ts';
import type { RelationType } from '../../../../contract/model.ts';
import type { Anchor } from '../anchors.ts';
import type { Registry } from '../registry.ts';
import type { RuleId } from '../rules/index.ts';

/** A relation the text's structure states, between two entities the registry holds. */
export function relate(
  registry: Registry,
  type: RelationType,
  from: string,
  to: string,
  at: number,
  rule: RuleId,
): void {
  if (!registry.has(from) || !registry.has(to)) return;
  registry.relate({ type, from, to, properties: {}, at, rule });
}

export const isPlace = (a: Anchor) => a.type === 'Place';

/** Where the clause around `at` starts (after a comma, a colon, a semicolon or the sentence's start). */
export function clauseStartOf(text: string, sentence: Span, at: number): number {
  let s = at;
  while (s > sentence.start && !/[,，;；:：。]/.test(text[s - 1] ?? '')) s--;
  return s;
}
