/** Latencies of one case in one phase, and what the answers were. */
export class CaseStats {
  readonly ms: number[] = [];
  readonly statuses = new Map<number, number>();
  bytes = 0;

  add(ms: number, status: number, bytes = 0): void {
    this.ms.push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    this.bytes += bytes;
  }

  percentile(p: number): number {
    if (this.ms.length === 0) return Number.NaN;
    const sorted = [...this.ms].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  }

  count(predicate: (status: number) => boolean): number {
    let n = 0;
    for (const [status, count] of this.statuses) if (predicate(status)) n += count;
    return n;
  }
}
