import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../graph/config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j, port 8787 and a data folder in the project', () => {
    const config = loadConfig({});
    expect(config.external).toBeUndefined();
    expect(config.port).toBe(8787);
    expect(config.dataDir).toMatch(/\.guanxi\/data$/);
  });

  it('uses the Neo4j ecosystem variables for an external server', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
      NEO4J_USERNAME: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'd',
    });
    expect(config.external).toEqual({
      uri: 'neo4j+s://x.databases.neo4j.io',
      username: 'u',
      password: 'p',
      database: 'd',
    });
  });

  it('reads the rate limits, 600 and 30 requests a minute by default', () => {
    expect(loadConfig({}).rateLimit).toEqual({ perMinute: 600, strictPerMinute: 30 });
    expect(loadConfig({ GUANXI_RATE_LIMIT: '100000', GUANXI_RATE_LIMIT_STRICT: '5000' }).rateLimit).toEqual({
      perMinute: 100_000,
      strictPerMinute: 5_000,
    });
    expect(() => loadConfig({ GUANXI_RATE_LIMIT: '0' })).toThrow(/GUANXI_RATE_LIMIT: expected a positive/);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      new ConfigError('PORT: expected a port number 0-65535, got "eighty"'),
    );
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI/);
  });
});
