/** One point of a load: how much was done after how long, and the JVM's CPU time by then. */
export interface Sample {
  articles: number;
  relations: number;
  ms: number;
  jvmCpuS: number;
  /** CPU time of the JVM's Bolt workers (the loader's statements and commits, without JIT, GC, sampling). */
  boltCpuS: number;
  /** CPU time of this Node process: the loader's reading, validation, preparation and driver (optional: older results). */
  nodeCpuS?: number;
}

export interface LoadFigures {
  articles: number;
  relations: number;
  seconds: number;
  articlesPerS: number;
  relationsPerS: number;
  /** Milliseconds per article over the first and the last tenth of what was loaded. */
  firstTenthMsPerArticle: number;
  lastTenthMsPerArticle: number;
  lastOverFirst: number;
  /** JVM CPU milliseconds per article over the same tenths (NaN when the JVM's CPU is not known). */
  jvmCpuFirstMs: number;
  jvmCpuLastMs: number;
  /**
   * The second half of the load alone: the JVM's JIT compilers work hardest in its first minutes (half of its
   * CPU in a 10k load), so a change to the loader is judged here, and by the Bolt workers' CPU above all.
   */
  steady: {
    msPerArticle: number;
    relationsPerS: number;
    jvmCpuMs: number;
    boltCpuMs: number;
    nodeCpuMs: number;
  };
  /** Share of the corpus loaded (below 1 when the time cap stopped the load). */
  completed: number;
  /** Only when capped: the whole corpus's load time and rate, from a straight line fitted to the per-article cost. */
  extrapolated?: { hours: number; relationsPerS: number; msPerArticleAtEnd: number };
}

/** The interpolated sample at a number of articles (samples are cumulative and sorted). */
export function at(samples: Sample[], articles: number): Sample {
  const first = samples[0] ?? { articles: 0, relations: 0, ms: 0, jvmCpuS: 0, boltCpuS: 0 };
  let prev: Sample = {
    articles: 0,
    relations: 0,
    ms: 0,
    jvmCpuS: first.jvmCpuS,
    boltCpuS: first.boltCpuS,
    ...(first.nodeCpuS === undefined ? {} : { nodeCpuS: first.nodeCpuS }),
  };
  for (const s of samples) {
    if (s.articles >= articles) {
      const span = s.articles - prev.articles || 1;
      const f = (articles - prev.articles) / span;
      const lerp = (a: number, b: number) => a + (b - a) * f;
      return {
        articles,
        relations: lerp(prev.relations, s.relations),
        ms: lerp(prev.ms, s.ms),
        jvmCpuS: lerp(prev.jvmCpuS, s.jvmCpuS),
        boltCpuS: lerp(prev.boltCpuS, s.boltCpuS),
        nodeCpuS: lerp(prev.nodeCpuS ?? Number.NaN, s.nodeCpuS ?? Number.NaN),
      };
    }
    prev = s;
  }
  return prev;
}

export function figures(samples: Sample[], corpus: { articles: number; relations: number }): LoadFigures {
  const last = samples.at(-1) ?? { articles: 0, relations: 0, ms: 0, jvmCpuS: 0, boltCpuS: 0 };
  const zero = { articles: 0, relations: 0, ms: 0, jvmCpuS: samples[0]?.jvmCpuS ?? 0 };
  const tenth = last.articles / 10;
  const a1 = at(samples, tenth);
  const a9 = at(samples, last.articles - tenth);
  const firstMs = (a1.ms - zero.ms) / tenth;
  const lastMs = (last.ms - a9.ms) / tenth;
  const seconds = last.ms / 1000;
  const half = at(samples, last.articles / 2);
  const halfArticles = last.articles - half.articles;
  const out: LoadFigures = {
    articles: last.articles,
    relations: last.relations,
    seconds,
    articlesPerS: last.articles / seconds,
    relationsPerS: last.relations / seconds,
    firstTenthMsPerArticle: firstMs,
    lastTenthMsPerArticle: lastMs,
    lastOverFirst: lastMs / firstMs,
    jvmCpuFirstMs: ((a1.jvmCpuS - zero.jvmCpuS) * 1000) / tenth,
    jvmCpuLastMs: ((last.jvmCpuS - a9.jvmCpuS) * 1000) / tenth,
    steady: {
      msPerArticle: (last.ms - half.ms) / halfArticles,
      relationsPerS: ((last.relations - half.relations) * 1000) / (last.ms - half.ms),
      jvmCpuMs: ((last.jvmCpuS - half.jvmCpuS) * 1000) / halfArticles,
      boltCpuMs: ((last.boltCpuS - half.boltCpuS) * 1000) / halfArticles,
      nodeCpuMs: (((last.nodeCpuS ?? Number.NaN) - (half.nodeCpuS ?? Number.NaN)) * 1000) / halfArticles,
    },
    completed: last.articles / corpus.articles,
  };
  if (last.articles < corpus.articles) out.extrapolated = extrapolate(samples, corpus);
  return out;
}

/**
 * Least squares over the per-article cost of each interval between samples, c(k) = a + b·k, integrated
 * over the whole corpus: Σ c(k) = a·A + b·A²/2. Honest about what it is: a straight line through
 * the part that was measured.
 */
function extrapolate(samples: Sample[], corpus: { articles: number; relations: number }) {
  const points: [number, number][] = [];
  let prev: Sample | undefined;
  for (const s of samples) {
    if (prev && s.articles > prev.articles) {
      points.push([(s.articles + prev.articles) / 2, (s.ms - prev.ms) / (s.articles - prev.articles)]);
    }
    prev = s;
  }
  const n = points.length;
  const mx = points.reduce((t, [x]) => t + x, 0) / n;
  const my = points.reduce((t, [, y]) => t + y, 0) / n;
  const sxy = points.reduce((t, [x, y]) => t + (x - mx) * (y - my), 0);
  const sxx = points.reduce((t, [x]) => t + (x - mx) ** 2, 0);
  const b = sxx > 0 ? Math.max(sxy / sxx, 0) : 0;
  const a = my - b * mx;
  const A = corpus.articles;
  const totalMs = a * A + (b * A * A) / 2;
  return {
    hours: totalMs / 3_600_000,
    relationsPerS: corpus.relations / (totalMs / 1000),
    msPerArticleAtEnd: a + b * A,
  };
}
