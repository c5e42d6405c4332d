import { existsSync, readdirSync, statSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { Neo4jStartError } from './errors.ts';
import { isMissingProgram, run } from './processes.ts';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'graph', 'neo4j-launcher');
const TARGET = path.join(LAUNCHER_DIR, 'target');
/** Written after a complete build, so an interrupted one is redone. */
const STAMP = path.join(TARGET, 'guanxi-build.stamp');
const LIB_DIR = path.join(TARGET, 'lib');
const JAVA_DIR = path.join(LAUNCHER_DIR, 'src/main/java/guanxi/neo4j');

/** The java class path of a built launcher. */
export const LAUNCHER_CLASSPATH = [path.join(TARGET, 'classes'), path.join(LIB_DIR, '*')].join(
  path.delimiter,
);
export const LAUNCHER_MAIN = 'guanxi.neo4j.Launcher';

export type Log = (message: string) => void;

/** Checks Java, then builds the launcher with Maven unless a build newer than its sources exists. */
export async function ensureLauncherBuilt(log: Log): Promise<void> {
  await checkJava();
  if (isBuildFresh()) return;
  log('Building the embedded Neo4j launcher with Maven (the first build downloads ~120 MB of jars)…');
  let downloads = 0;
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run('mvn', ['-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], {
      onLine: (line) => {
        if (line.includes('Downloaded from')) {
          downloads += 1;
          if (downloads % 25 === 0) log(`  Maven: ${downloads} files downloaded…`);
        } else if (/\[ERROR\]/.test(line)) {
          log(`  ${line}`);
        }
      },
    });
  } catch (error) {
    if (isMissingProgram(error)) throw new Neo4jStartError('no-maven', 'the `mvn` command was not found.');
    throw error;
  }
  if (result.code !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jStartError('build-failed', `mvn package exited with ${result.code}.\n${tail}`);
  }
  await writeFile(STAMP, new Date().toISOString());
  log(`Launcher built (${(await readdir(LIB_DIR)).length} jars).`);
}

function isBuildFresh(): boolean {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  const sources = [
    path.join(LAUNCHER_DIR, 'pom.xml'),
    ...readdirSync(JAVA_DIR).map((name) => path.join(JAVA_DIR, name)),
  ];
  return sources.every((source) => statSync(source).mtimeMs <= built);
}

async function checkJava(): Promise<void> {
  let output: string;
  try {
    const result = await run('java', ['-version']);
    output = `${result.stderr}${result.stdout}`;
  } catch (error) {
    if (isMissingProgram(error)) throw new Neo4jStartError('no-java', 'the `java` command was not found.');
    throw error;
  }
  const major = Number(/version "(?:1\.)?(\d+)/.exec(output)?.[1] ?? 0);
  if (major < 17) throw new Neo4jStartError('old-java', `found Java ${major || 'of unknown version'}.`);
}
