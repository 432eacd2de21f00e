// Timing and memory helpers for the search benchmark. Heap figures need `node --expose-gc`.

export const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) {
    collect();
    collect();
  }
};

/** JavaScript heap plus ArrayBuffers: Dalili's word offsets live in a typed array, outside heapUsed. */
export const heapMb = (): number => {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
};

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const median = (values: readonly number[]): number => percentile(values, 50);

export const time = <T>(fn: () => T): { ms: number; value: T } => {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
};
