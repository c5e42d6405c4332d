import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jTarget {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
}

export interface GuanxiConfig {
  host: string;
  port: number;
  dataDir: string;
  /** Set when NEO4J_URI is given: use that server and start nothing embedded. */
  external?: Neo4jTarget;
  /** Bolt port of the embedded Neo4j; 0 picks a free one. */
  boltPort: number;
  apiToken?: string;
  /** Who writes made with the token are by, in the corrections' history (GUANXI_API_TOKEN_LABEL). */
  apiTokenLabel: string;
  /** Origins allowed to call the API from browsers (GUANXI_CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** Sites allowed to frame /embed/ pages (GUANXI_EMBED_ORIGINS, comma-separated); any by default. */
  embedOrigins: string[];
  /** API requests per minute and client (GUANXI_RATE_LIMIT), and for the costly ones: paths, export, snapshots (GUANXI_RATE_LIMIT_STRICT). */
  rateLimit: { perMinute: number; strictPerMinute: number };
  /**
   * The embedded Neo4j's JVM: heap and page cache in MB (GUANXI_NEO4J_HEAP, GUANXI_NEO4J_PAGECACHE, e.g. `4g`;
   * unset: sized for the machine) and more JVM options (GUANXI_NEO4J_JAVA_OPTS, e.g. GC logging).
   */
  neo4j: { heapMb?: number; pageCacheMb?: number; javaOptions: string[] };
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): GuanxiConfig {
  const uri = nonEmpty(env.NEO4J_URI);
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/./.test(uri)) {
    throw new ConfigError(`NEO4J_URI: expected neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, got "${uri}"`);
  }
  const external = uri
    ? {
        uri,
        username: nonEmpty(env.NEO4J_USERNAME) ?? nonEmpty(env.NEO4J_USER),
        password: nonEmpty(env.NEO4J_PASSWORD),
        database: nonEmpty(env.NEO4J_DATABASE),
      }
    : undefined;
  return {
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    port: port(env.PORT, 'PORT', 8787),
    dataDir: path.resolve(PROJECT_ROOT, nonEmpty(env.GUANXI_DATA_DIR) ?? '.guanxi/data'),
    boltPort: port(env.GUANXI_BOLT_PORT, 'GUANXI_BOLT_PORT', 0),
    apiToken: nonEmpty(env.GUANXI_API_TOKEN),
    apiTokenLabel: nonEmpty(env.GUANXI_API_TOKEN_LABEL) ?? 'editor',
    corsOrigins: list(env.GUANXI_CORS_ORIGINS),
    embedOrigins: list(env.GUANXI_EMBED_ORIGINS),
    rateLimit: {
      perMinute: positive(env.GUANXI_RATE_LIMIT, 'GUANXI_RATE_LIMIT', 600),
      strictPerMinute: positive(env.GUANXI_RATE_LIMIT_STRICT, 'GUANXI_RATE_LIMIT_STRICT', 30),
    },
    neo4j: {
      ...optional('heapMb', memorySize(env.GUANXI_NEO4J_HEAP, 'GUANXI_NEO4J_HEAP')),
      ...optional('pageCacheMb', memorySize(env.GUANXI_NEO4J_PAGECACHE, 'GUANXI_NEO4J_PAGECACHE')),
      javaOptions: (env.GUANXI_NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean),
    },
    ...(external ? { external } : {}),
  };
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

function memorySize(value: string | undefined, name: string): number | undefined {
  try {
    return parseMemorySize(value, name);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function port(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${name}: expected a port number 0-65535, got "${value}"`);
  }
  return n;
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigError(`${name}: expected a positive whole number, got "${value}"`);
  return n;
}

/** `GUANXI_NEO4J_HEAP=4g`, `512m`, or a number of megabytes; undefined when unset. */
export function parseMemorySize(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([gGmM]?)[bB]?\s*$/.exec(value);
  if (!match) throw new Error(`${name}: expected a size like 4g or 512m, got "${value}"`);
  const n = Number(match[1]) * (match[2]?.toLowerCase() === 'g' ? 1024 : 1);
  if (n < 64) throw new Error(`${name}: at least 64m, got "${value}"`);
  return Math.round(n);
}
