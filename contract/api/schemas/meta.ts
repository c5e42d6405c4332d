/** Health and counts. */
import { Type } from 'typebox';
import { CLOSED, errorResponses, oneOf } from './common.ts';

/**
 * `ok`: Neo4j answers. `unavailable`: it does not answer (stopped, frozen, unreachable). `restarting`: the
 * embedded Neo4j died and is being restarted. `failed`: it could not be restarted; `message` says what to do.
 */
export const HEALTH_STATES = ['ok', 'unavailable', 'restarting', 'failed'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export const HealthSchema = Type.Object(
  {
    status: oneOf(HEALTH_STATES),
    neo4j: oneOf(['up', 'down'] as const),
    version: Type.String(),
    message: Type.Optional(Type.String()),
  },
  CLOSED,
);

export const StatsSchema = Type.Object(
  {
    nodes: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
    relationships: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
  },
  CLOSED,
);

export const healthRoute = {
  method: 'GET' as const,
  url: '/health',
  schema: {
    summary: 'Whether Neo4j answers; within a second whatever the database does',
    response: {
      200: HealthSchema,
      503: { ...HealthSchema, description: 'Neo4j does not answer (see status and message)' },
      ...errorResponses(429),
    },
  },
};

export const statsRoute = {
  method: 'GET' as const,
  url: '/stats',
  schema: {
    summary: 'Counts per label and relationship type',
    response: { 200: StatsSchema, ...errorResponses(429, 503) },
  },
};
