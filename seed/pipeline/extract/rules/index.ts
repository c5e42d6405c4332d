/**
 * The rule catalogue: every pattern that can produce an entity or a relation, one record each (./record.ts), by
 * family. `RuleId` is what Registry.add and Registry.relate take, so a rule without a record does not compile; a new
 * rule gets its record (with examples that must fire and must not) in its family's file.
 */

import { ABOUT_VISITS_RULES } from './about-visits.ts';
import { ACTIVITIES_RULES } from './activities.ts';
import { ATTENDANCE_ROLES_RULES } from './attendance-roles.ts';
import { BODIES_RULES } from './bodies.ts';
import { CEREMONY_ROLES_RULES } from './ceremony-roles.ts';
import { CONVENED_RULES } from './convened.ts';
import { DELEGATION_ROLES_RULES } from './delegation-roles.ts';
import { DIVISIONS_RULES } from './divisions.ts';
import { EVENT_RELATIONS_RULES } from './event-relations.ts';
import { EVENTS_RULES } from './events.ts';
import { HAPPENINGS_TOLD_RULES } from './happenings-told.ts';
import { HELD_BEFORE_RULES } from './held-before.ts';
import { LEAD_EVENT_RULES } from './lead-event.ts';
import { NAMED_RULES } from './named.ts';
import { NAMED_LISTS_RULES } from './named-lists.ts';
import { NAMED_UNITS_RULES } from './named-units.ts';
import { PAGE_HAPPENING_RULES } from './page-happening.ts';
import { PEOPLE_RULES } from './people.ts';
import { POSITIONS_RULES } from './positions.ts';
import type { RuleRecord } from './record.ts';
import { ROLES_RULES } from './roles.ts';
import { SIGNINGS_RULES } from './signings.ts';
import { STRUCTURE_RULES } from './structure.ts';
import { TOPICS_RULES } from './topics.ts';
import { VENUES_RULES } from './venues.ts';
import { VISIT_MEETINGS_RULES } from './visit-meetings.ts';
import { VISITS_RULES } from './visits.ts';
import { VISITS_TOLD_RULES } from './visits-told.ts';

export type { Example, FiresExample, RuleRecord } from './record.ts';

export const RULES = [
  ...DIVISIONS_RULES,
  ...BODIES_RULES,
  ...NAMED_RULES,
  ...NAMED_LISTS_RULES,
  ...NAMED_UNITS_RULES,
  ...VENUES_RULES,
  ...PEOPLE_RULES,
  ...POSITIONS_RULES,
  ...EVENTS_RULES,
  ...HELD_BEFORE_RULES,
  ...CONVENED_RULES,
  ...SIGNINGS_RULES,
  ...VISITS_RULES,
  ...VISITS_TOLD_RULES,
  ...ABOUT_VISITS_RULES,
  ...HAPPENINGS_TOLD_RULES,
  ...VISIT_MEETINGS_RULES,
  ...ACTIVITIES_RULES,
  ...LEAD_EVENT_RULES,
  ...PAGE_HAPPENING_RULES,
  ...EVENT_RELATIONS_RULES,
  ...ROLES_RULES,
  ...ATTENDANCE_ROLES_RULES,
  ...CEREMONY_ROLES_RULES,
  ...DELEGATION_ROLES_RULES,
  ...STRUCTURE_RULES,
  ...TOPICS_RULES,
] as const satisfies readonly RuleRecord[];

export type RuleId = (typeof RULES)[number]['id'];

const byId = new Map<string, RuleRecord>(RULES.map((r) => [r.id, r]));

export function ruleRecord(id: string): RuleRecord | undefined {
  return byId.get(id);
}
