import { inject } from 'vitest';

/** The test Neo4j as the commands read it from the environment (NEO4J_URI and its credentials). */
export function neo4jEnv(): Record<string, string> {
  const target = inject('neo4j');
  return {
    NEO4J_URI: target.uri,
    ...(target.username ? { NEO4J_USERNAME: target.username } : {}),
    ...(target.password ? { NEO4J_PASSWORD: target.password } : {}),
  };
}
