import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseMemorySize } from '../../../../graph/config.ts';
import { neo4jMemory } from '../../../../graph/runtime/memory.ts';

const GB = 1024 ** 3;

describe('the embedded Neo4j memory', () => {
  it('takes an eighth of the RAM for the heap and a quarter for the page cache, within bounds', () => {
    expect(neo4jMemory({}, 24 * GB)).toEqual({ heapMb: 3072, pageCacheMb: 6144 });
    expect(neo4jMemory({}, 2 * GB)).toEqual({ heapMb: 512, pageCacheMb: 512 });
    expect(neo4jMemory({}, 256 * GB)).toEqual({ heapMb: 8192, pageCacheMb: 16384 });
    expect(neo4jMemory({ heapMb: 768 }, 24 * GB)).toEqual({ heapMb: 768, pageCacheMb: 6144 });
  });

  it('reads sizes as people write them', () => {
    expect(parseMemorySize('4g', 'X')).toBe(4096);
    expect(parseMemorySize('1.5G', 'X')).toBe(1536);
    expect(parseMemorySize('512m', 'X')).toBe(512);
    expect(parseMemorySize('2048', 'X')).toBe(2048);
    expect(parseMemorySize(undefined, 'X')).toBeUndefined();
    expect(() => parseMemorySize('lots', 'X')).toThrow(/X: expected a size like 4g or 512m, got "lots"/);
  });

  it('comes from GUANXI_NEO4J_HEAP and GUANXI_NEO4J_PAGECACHE, naming the variable that is wrong', () => {
    expect(
      loadConfig({ GUANXI_NEO4J_HEAP: '2g', GUANXI_NEO4J_JAVA_OPTS: ' -Xlog:gc  -Xss1m ' }).neo4j,
    ).toEqual({
      heapMb: 2048,
      javaOptions: ['-Xlog:gc', '-Xss1m'],
    });
    expect(() => loadConfig({ GUANXI_NEO4J_PAGECACHE: 'big' })).toThrow(ConfigError);
    expect(() => loadConfig({ GUANXI_NEO4J_PAGECACHE: 'big' })).toThrow(/GUANXI_NEO4J_PAGECACHE/);
  });
});
