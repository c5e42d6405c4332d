/** Why the embedded Neo4j could not start, and what to do about it. */
export type Neo4jStartProblem =
  | 'no-java'
  | 'old-java'
  | 'no-maven'
  | 'build-failed'
  | 'port-in-use'
  | 'store-locked'
  | 'start-failed'
  | 'timeout';

const FIX: Record<Neo4jStartProblem, string> = {
  'no-java':
    'Install Java 17 or newer (Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use a running Neo4j.',
  'old-java': 'Neo4j 5.26 needs Java 17 or newer: install it and put it first on PATH (or set JAVA_HOME).',
  'no-maven':
    'Install Maven 3.8+ (Debian: apt-get install maven) so the launcher can be built, or set NEO4J_URI.',
  'build-failed':
    'Check network access to Maven Central and the Maven output above; delete graph/neo4j-launcher/target and retry.',
  'port-in-use': 'Choose another Bolt port with GUANXI_BOLT_PORT (0 picks a free one) or stop what uses it.',
  'store-locked':
    'Another guanxi or Neo4j process uses this data folder: stop it, or give this copy its own GUANXI_DATA_DIR.',
  'start-failed': 'See the Neo4j log in <data folder>/logs/debug.log.',
  timeout: 'Neo4j did not report ready in time; see <data folder>/logs/debug.log.',
};

export class Neo4jStartError extends Error {
  constructor(
    readonly problem: Neo4jStartProblem,
    detail: string,
  ) {
    super(`Embedded Neo4j could not start: ${detail}\n  Fix: ${FIX[problem]}`);
    this.name = 'Neo4jStartError';
  }
}
