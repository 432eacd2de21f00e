// npm run bench:stats — Dossiers → Statistiques over 10,000 generated cases after unlock (issue 21,
// point 3: target < 200 ms). Node 20: WebCrypto from Node, Dexie on fake-indexeddb (slower than
// Chromium's IndexedDB for bulk reads), Argon2id at a test cost. Prints figures; never a gate.
// Side by side: the way the page reads (one indexed read per record kind), the per-case way (one read
// per case, as a case opens), and the pure counting alone on cases already in memory.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { anonymisedFigures, collectStatCases, computeStatistics } from '../../renderer/core/statistics';
import { createVault } from '../../renderer/core/vault/createVault';
import { unlockVault } from '../../renderer/core/vault/unlockVault';
import { generateNotebook } from '../../test/unit/statistics/statNotebook';
import { median, ms, PASSPHRASE } from './caseBenchData';

const CASES = Number(process.env.CASES ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 5);
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const PER_CASE_SAMPLE = Math.min(CASES, 500);

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; wall: number; cpu: number }> {
  const started = performance.now();
  const cpu = cpuMs();
  const value = await run();
  return { value, wall: performance.now() - started, cpu: cpuMs() - cpu };
}

async function main(): Promise<void> {
  const generated = generateNotebook(CASES, MONTHS);
  console.log(
    `Node ${process.version}; fake-indexeddb; ${CASES} cases, ${generated.records.length} encrypted records (case, persons, screenings, referrals, a note)`,
  );
  const env = { indexedDB: new IDBFactory(), IDBKeyRange };
  const created = await createVault({
    name: 'Banc',
    passphrase: PASSPHRASE,
    kdf: { insecureTestCost: { memoryKiB: 256, iterations: 2, parallelism: 1 } },
    env,
  });
  const write = await timed(async () => {
    for (let i = 0; i < generated.records.length; i += 600)
      await created.session.putRecords(generated.records.slice(i, i + 600));
  });
  console.log(`write (setup): ${ms(write.wall)}`);
  created.session.lock();
  const session = await unlockVault(created.profile.id, PASSPHRASE, { env });

  const read: number[] = [];
  const readCpu: number[] = [];
  const count: number[] = [];
  let cases: Awaited<ReturnType<typeof collectStatCases>>['cases'] = [];
  for (let run = 0; run < RUNS; run++) {
    const collected = await timed(() => collectStatCases(session));
    cases = collected.value.cases;
    read.push(collected.wall);
    readCpu.push(collected.cpu);
    count.push((await timed(() => computeStatistics(cases, '2026-01', '2026-12'))).wall);
  }
  if (cases.length !== CASES) throw new Error(`read ${cases.length} cases, wrote ${CASES}`);
  const anonymised = await timed(() => anonymisedFigures(cases, '2026-01', '2026-12', new Map()));

  // The per-case way, on a sample: one indexed read of each case's records, as opening a case does.
  const ids = generated.records.filter((r) => r.kind === 'case').map((r) => r.caseId!);
  const perCase = await timed(async () => {
    for (const caseId of ids.slice(0, PER_CASE_SAMPLE)) await session.listRecords({ caseId });
  });
  session.lock();

  const line = (name: string, values: number[]) =>
    `${name.padEnd(58)} median ${ms(median(values))}  (runs: ${values.map((v) => ms(v)).join(', ')})`;
  console.log(`\nStatistics after unlock, ${RUNS} runs (target < 200 ms for the whole page's figures):`);
  console.log(
    line(
      'A. read by kind + count (what the page does), wall',
      read.map((r, i) => r + count[i]!),
    ),
  );
  console.log(line('   of which read and decrypt 4 kinds (collectStatCases)', read));
  console.log(line('   of which CPU for the read', readCpu));
  console.log(line('B. count only, cases already in memory (computeStatistics)', count));
  console.log(
    `C. read case by case (${PER_CASE_SAMPLE} cases measured, ×${(CASES / PER_CASE_SAMPLE).toFixed(0)} for ${CASES}): ${ms(perCase.wall)} → about ${ms((perCase.wall * CASES) / PER_CASE_SAMPLE)}`,
  );
  console.log(`D. anonymised figures of 12 months (export and report): ${ms(anonymised.wall)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
