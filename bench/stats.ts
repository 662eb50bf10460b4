// Latency statistics shared by the benchmarks.
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function time(fn: () => Promise<unknown>, iterations: number, warmup = Math.ceil(iterations / 10)): Promise<{ p50: number; p95: number; p99: number; mean: number; n: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), mean: samples.reduce((a, b) => a + b, 0) / samples.length, n: samples.length };
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;
