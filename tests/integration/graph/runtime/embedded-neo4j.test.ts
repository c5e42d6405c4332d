import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../../graph/config.ts';
import { startEmbeddedNeo4j } from '../../../../graph/runtime/embedded-neo4j.ts';
import { Neo4jStartError } from '../../../../graph/runtime/errors.ts';
import { passwordFile } from '../../../../graph/runtime/neo4j-password.ts';
import { openGraph } from '../../../../graph/runtime/open-graph.ts';
import { neo4jEnv } from '../../../support/neo4j-env.ts';

const shared = inject('neo4j');
const temp: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'guanxi-runtime-test-'));
  temp.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(temp.map((d) => rm(d, { recursive: true, force: true })));
});

describe.runIf(shared.dataDir)('embedded Neo4j lifecycle', () => {
  it('keeps its password in the data folder (0600) and Bolt refuses a connection without it', async () => {
    expect((await stat(passwordFile(shared.dataDir ?? ''))).mode & 0o777).toBe(0o600);
    expect(shared.password?.length).toBeGreaterThanOrEqual(32);
    const attempt = async (auth: ReturnType<typeof neo4j.auth.basic> | undefined) => {
      const driver = neo4j.driver(shared.uri, auth, { logging: { level: 'error', logger: () => {} } });
      try {
        await driver.executeQuery('RETURN 1');
        return 'connected';
      } catch (error) {
        return (error as { code?: string }).code;
      } finally {
        await driver.close();
      }
    };
    expect(await attempt(undefined)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await attempt(neo4j.auth.basic('neo4j', ''))).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await attempt(neo4j.auth.basic('neo4j', 'neo4j'))).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await attempt(neo4j.auth.basic('neo4j', shared.password ?? ''))).toBe('connected');
  });

  it('refuses a data folder that another Neo4j holds, naming the cause and the fix', async () => {
    const error = await startEmbeddedNeo4j({
      dataDir: shared.dataDir ?? '',
      heapMb: 256,
      pageCacheMb: 16,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Neo4jStartError);
    expect(error.problem).toBe('store-locked');
    expect(error.message).toMatch(/locked by another Neo4j process[\s\S]*Fix: .*GUANXI_DATA_DIR/);
  });

  it('refuses a Bolt port in use', async () => {
    const port = Number(new URL(shared.uri.replace('bolt://', 'http://')).port);
    const error = await startEmbeddedNeo4j({ dataDir: await tempDir(), boltPort: port, heapMb: 256 }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(Neo4jStartError);
    expect(error.problem).toBe('port-in-use');
    expect(error.message).toMatch(/Fix: .*GUANXI_BOLT_PORT/);
  });

  it('says how to fix a missing java', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const error = await startEmbeddedNeo4j({ dataDir: await tempDir() }).catch((e) => e);
      expect(error).toBeInstanceOf(Neo4jStartError);
      expect(error.message).toMatch(/`java` command was not found[\s\S]*Install Java 17/);
    } finally {
      process.env.PATH = path;
    }
  });

  it('starts, stops cleanly, restarts without recovery, and stop twice is safe', async () => {
    const dataDir = await tempDir();
    const first = await startEmbeddedNeo4j({ dataDir, heapMb: 256, pageCacheMb: 16 });
    await first.stop();
    await first.stop();
    const second = await startEmbeddedNeo4j({ dataDir, heapMb: 256, pageCacheMb: 16 });
    await second.stop();
    const { readFile } = await import('node:fs/promises');
    const log = await readFile(path.join(dataDir, 'logs', 'debug.log'), 'utf8');
    expect(log).not.toMatch(/Recovery (started|required)/i);
    // Without the flags of Neo4j's own scripts every start warns that the page cache runs in "fallback mode".
    expect(log).not.toMatch(/using fallback mode/);
    // Two cold JVM starts beside the suite's own Neo4j: on a busy 2-core machine each can take ~30 s.
  }, 180_000);

  it('applies a settings file named by -Dguanxi.neo4j.settings over its own, and names one it cannot read', async () => {
    const dir = await tempDir();
    const missing = path.join(dir, 'missing.conf');
    const error = await startEmbeddedNeo4j({
      dataDir: path.join(dir, 'a'),
      heapMb: 256,
      pageCacheMb: 16,
      javaOptions: [`-Dguanxi.neo4j.settings=${missing}`],
    }).catch((e) => e);
    expect(error).toBeInstanceOf(Neo4jStartError);
    expect(error.message).toContain(`cannot read the Neo4j settings file ${missing}`);

    const file = path.join(dir, 'tuning.conf');
    // One setting the launcher leaves at Neo4j's default, one it sets itself (the file wins).
    await writeFile(file, 'db.index_sampling.update_percentage=37\ndb.transaction.timeout=45s\n');
    const neo = await startEmbeddedNeo4j({
      dataDir: path.join(dir, 'b'),
      heapMb: 256,
      pageCacheMb: 16,
      javaOptions: [`-Dguanxi.neo4j.settings=${file}`],
    });
    const driver = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', neo.target.password ?? ''), {
      logging: { level: 'error', logger: () => {} },
    });
    try {
      const { records } = await driver.executeQuery(
        "SHOW SETTINGS YIELD name, value WHERE name IN ['db.index_sampling.update_percentage', 'db.transaction.timeout'] RETURN name, value ORDER BY name",
      );
      expect(records.map((r) => [r.get('name'), r.get('value')])).toEqual([
        ['db.index_sampling.update_percentage', '37'],
        ['db.transaction.timeout', '45s'],
      ]);
    } finally {
      await driver.close();
      await neo.stop();
    }
  }, 180_000);
});

describe('NEO4J_URI', () => {
  it('connects to the given server and starts nothing embedded', async () => {
    const config = loadConfig({ ...neo4jEnv(), GUANXI_DATA_DIR: await tempDir() });
    const graph = await openGraph(config, () => {});
    try {
      expect(graph.embedded).toBeUndefined();
      expect(await graph.db.isUp()).toBe(true);
    } finally {
      await graph.close();
      await graph.close();
    }
  });
});
