import { performance } from 'perf_hooks';

export interface LatencyFigures {
  requests: number;
  concurrency: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Runs `work` `requests` times with `concurrency` in flight and reports throughput and latency percentiles. */
export async function measure(
  requests: number,
  concurrency: number,
  work: () => Promise<void>,
): Promise<LatencyFigures> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const t0 = performance.now();
        await work();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests,
    concurrency,
    requestsPerSecond: round(requests / elapsed),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    maxMs: round(latencies.at(-1) ?? 0),
  };
}

/** Time and peak resident memory of one run of `work` (memory sampled every 5 ms). */
export async function timeAndPeakMemory(
  work: () => Promise<unknown>,
): Promise<{ ms: number; peakRssMb: number; rssBeforeMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms: round(ms), peakRssMb: round(peak / 1048576), rssBeforeMb: round(before / 1048576) };
}
