import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../graph/config.ts';

const VENV = path.join(PROJECT_ROOT, '.guanxi', 'venv');
export const SCHEMATHESIS = path.join(VENV, 'bin', 'schemathesis');
const STATIC_CONFIG = path.join(PROJECT_ROOT, 'tests', 'contract', 'schemathesis.toml');

/** The pinned schemathesis in .guanxi/venv, installed the way CI installs it (a no-op when it is there). */
export function ensureSchemathesis(): void {
  const result = spawnSync(path.join(PROJECT_ROOT, 'tests', 'contract', 'install-schemathesis.sh'), {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`installing schemathesis failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** The reviewed settings plus dictionaries of ids that exist in the test database. */
export function writeConfig(file: string, ids: { all: string[]; entities: string[] }): void {
  const list = (values: string[]) => JSON.stringify(values);
  const dynamic = [
    '[dictionaries.ids]',
    `values = ${list(ids.all)}`,
    '[dictionaries.entities]',
    `values = ${list(ids.entities)}`,
    '[parameters]',
    '"path.id" = { dictionary = "ids", probability = 0.5 }',
    ...['from', 'to', 'entity'].map((q) => `"query.${q}" = { dictionary = "entities", probability = 0.5 }`),
  ];
  writeFileSync(file, `${readFileSync(STATIC_CONFIG, 'utf8')}\n${dynamic.join('\n')}\n`);
}

export interface SchemathesisRun {
  status: number | null;
  output: string;
  generated: number;
  passed: number;
}

/** Runs every phase and check against the API's own document, returning its summary. */
export function runSchemathesis(args: {
  url: string;
  config: string;
  token: string;
  maxExamples: number;
  seed: number;
}): Promise<SchemathesisRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      SCHEMATHESIS,
      [
        '--config-file',
        args.config,
        'run',
        `${args.url}/api/openapi.json`,
        '--checks',
        'all',
        '--max-examples',
        String(args.maxExamples),
        '--seed',
        String(args.seed),
        '--header',
        `Authorization: Bearer ${args.token}`,
        '--request-timeout',
        '30',
        '--output-truncate',
        'true',
      ],
      // Its cache and reports go to the run's own folder, not the project.
      { cwd: path.dirname(args.config), env: { ...process.env, NO_COLOR: '1', COLUMNS: '120' } },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      const counts = /Test cases:\s+(\d+) generated, (\d+) passed/.exec(output);
      const generated = Number(counts?.[1] ?? 0);
      const passed = Number(counts?.[2] ?? 0);
      resolve({ status, output, generated, passed });
    });
  });
}
