import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HttpClient } from './api/http-client.ts';

/**
 * `npm run bench -- api-overhead [--requests 3000] [--rounds 5]`
 *
 * What the API adds to a read, without a database: a search answered at once with a fixed result, over HTTP
 * from this process to a server in another (as `npm run bench -- api` asks), one connection. `bare`: Fastify with
 * that one route (the HTTP exchange and Node's parsing on both sides); `app`: the project's app (routing, query
 * validation, helmet's headers, the rate limit, request ids and logging hooks, the serialiser). Rounds alternate
 * which goes first; medians of the rounds' medians, and the difference: the app's own cost per request.
 */
const { values } = parseArgs({
  options: { requests: { type: 'string', default: '3000' }, rounds: { type: 'string', default: '5' } },
});
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const URL_PATH = '/api/search?q=zhangsan&limit=10';

async function start(which: 'bare' | 'app'): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn('npx', ['tsx', path.join(import.meta.dirname, 'api', 'overhead-server.ts'), which], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /OVERHEAD_READY (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`${which} server exited with ${code}`)));
  });
  return { child, port };
}

async function measure(port: number): Promise<{ median: number; p90: number }> {
  const client = new HttpClient(`http://127.0.0.1:${port}`, 1);
  try {
    for (let i = 0; i < Math.min(500, requests); i++) await client.get(URL_PATH);
    const ms: number[] = [];
    for (let i = 0; i < requests; i++) {
      const r = await client.get(URL_PATH);
      if (r.status !== 200) throw new Error(`status ${r.status}: ${r.body.slice(0, 200)}`);
      ms.push(r.ms);
    }
    ms.sort((a, b) => a - b);
    return { median: ms[ms.length >> 1] ?? Number.NaN, p90: ms[Math.floor(ms.length * 0.9)] ?? Number.NaN };
  } finally {
    client.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
const servers = { bare: await start('bare'), app: await start('app') };
const results = {
  bare: [] as number[],
  app: [] as number[],
  bareP90: [] as number[],
  appP90: [] as number[],
};
try {
  for (let round = 0; round < rounds; round++) {
    const order: ('bare' | 'app')[] = round % 2 ? ['app', 'bare'] : ['bare', 'app'];
    for (const which of order) {
      const r = await measure(servers[which].port);
      results[which].push(r.median);
      results[which === 'bare' ? 'bareP90' : 'appP90'].push(r.p90);
    }
    console.error(
      `round ${round + 1}: bare ${results.bare.at(-1)?.toFixed(3)} ms, app ${results.app.at(-1)?.toFixed(3)} ms`,
    );
  }
} finally {
  for (const { child } of Object.values(servers)) child.stdin?.end();
}
const bare = median(results.bare);
const app = median(results.app);
console.log(
  [
    `| server | median ms per request | p90 |`,
    `|---|---|---|`,
    `| Fastify alone (the HTTP exchange) | ${bare.toFixed(3)} | ${median(results.bareP90).toFixed(3)} |`,
    `| the project's app | ${app.toFixed(3)} | ${median(results.appP90).toFixed(3)} |`,
    '',
    `The app's own cost: ${(app - bare).toFixed(3)} ms per request (${rounds} rounds of ${requests}, medians).`,
  ].join('\n'),
);
