import type { Span } from '../../../../contract/annotation/types.ts';
import type { ParticipationRole } from '../../../../contract/model.ts';
import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { FoundEvent } from '../events.ts';
import type { Registry } from '../registry.ts';
import type { RuleId } from '../rules/index.ts';

/** A person named in the text: entity id and span. */
export interface Occurrence {
  id: string;
  start: number;
  end: number;
}

export interface ParticipationInput {
  people: Occurrence[];
  /** Organisation anchors (not references) outside title chains. */
  organisations: Anchor[];
}

/** One sentence about one event: what each of the sentence rules (speech, attendance, ceremony acts) reads. */
export interface SentenceAbout {
  doc: Doc;
  registry: Registry;
  event: FoundEvent;
  sentence: Span;
  /** The sentence's text. */
  words: string;
  input: ParticipationInput;
  /** The people named in the sentence. */
  people: Occurrence[];
}

/** PARTICIPATED_IN with `role`, unless `from` is the outlet's reporter or correspondent. */
export function relate(
  registry: Registry,
  from: string,
  event: FoundEvent,
  role: ParticipationRole,
  at: number,
  rule: RuleId,
): void {
  const entity = registry.get(from);
  if (!entity || entity.kind === 'reporter' || entity.kind === 'correspondent') return;
  registry.relate({ type: 'PARTICIPATED_IN', from, to: event.id, properties: { role }, at, rule });
}
