import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPack } from '../../../renderer/core/content/loadPack';
import { DEV_TRUST_ROOTS } from '../../../renderer/core/content/devTrustRoots';
import { DEFAULT_PACK_DIR, isDirectory } from '../packFolder';

// npm run bench:content [-- <pack folder>] [--runs N]
// Median time to verify and load the bundled pack: signature, every SHA-256, JSON parsing and shape
// checks, and the search index import. Parts are read into memory first, as the app fetches them
// from its own origin; the disk read is reported apart. Prints figures; never fails on time.

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 30;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? DEFAULT_PACK_DIR);
if (!isDirectory(dir)) {
  console.error(`✗ no pack at ${dir}: run npm run content:build first`);
  process.exit(1);
}

const readStart = performance.now();
const parts = new Map(readdirSync(dir).map((name) => [name, new Uint8Array(readFileSync(join(dir, name)))]));
const readMs = performance.now() - readStart;
const total = [...parts.values()].reduce((n, b) => n + b.length, 0);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const main = async (): Promise<void> => {
  const options = { trustedKeys: DEV_TRUST_ROOTS, allowDevKeys: true };
  const times: number[] = [];
  let counts = '';
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    const pack = await loadPack((name) => Promise.resolve(parts.get(name)), options);
    const ms = performance.now() - start;
    if (i >= 3) times.push(ms); // the first runs pay for JIT warm-up, as a cold start does once
    counts = `${pack.manifest.counts.documents} documents, ${pack.manifest.counts.entries} entries`;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  console.log(`content pack: ${dir}`);
  console.log(`  ${counts}; ${(total / 1024).toFixed(0)} KiB in ${parts.size} files (read from disk in ${readMs.toFixed(1)} ms)`);
  for (const [name, bytes] of parts) console.log(`    ${name.padEnd(20)} ${(bytes.length / 1024).toFixed(1)} KiB`);
  console.log(
    `  verify + load + index import, ${runs} runs: median ${median(times).toFixed(1)} ms, ` +
      `p90 ${p90.toFixed(1)} ms, min ${(sorted[0] ?? 0).toFixed(1)} ms (target < 60 ms)`,
  );
};

main().catch((error: unknown) => {
  console.error(`✗ bench:content: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
