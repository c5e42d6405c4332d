import { SingleBar } from 'cli-progress';

/**
 * A progress bar on stderr with the rate of the main unit and of extra counters (articles and
 * relationships per second), for the commands and the benchmarks. Without a terminal it prints a line
 * every 10 s.
 */
export class Progress {
  private readonly bar: SingleBar;
  private readonly started = performance.now();

  constructor(label: string, total: number, unit: string, extra: string[] = []) {
    const rates = extra.map((name) => ` {${name}} ${name} ({${name}Rate}/s)`).join('');
    this.bar = new SingleBar({
      format: `${label} [{bar}] {percentage}% {value}/{total} ${unit} ({rate}/s)${rates} {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
      etaBuffer: 200,
    });
    this.bar.start(total, 0, {
      rate: '0',
      ...Object.fromEntries(
        extra.flatMap((e) => [
          [e, 0],
          [`${e}Rate`, '0'],
        ]),
      ),
    });
  }

  update(value: number, extra: Record<string, number> = {}): void {
    const seconds = Math.max((performance.now() - this.started) / 1000, 1e-3);
    const payload: Record<string, string | number> = {
      rate: Math.round(value / seconds).toLocaleString('en'),
    };
    for (const [name, n] of Object.entries(extra)) {
      payload[name] = n.toLocaleString('en');
      payload[`${name}Rate`] = Math.round(n / seconds).toLocaleString('en');
    }
    this.bar.update(value, payload);
  }

  stop(): void {
    this.bar.stop();
  }
}
