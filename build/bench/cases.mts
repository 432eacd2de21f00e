// npm run bench:cases — the case notebook at 10,000 cases of 5 notes each (plus one person each).
// Runs in Node: WebCrypto from Node, Dexie on fake-indexeddb (an in-memory IndexedDB written in
// JavaScript, slower than Chromium's for bulk reads), Argon2id at a test cost (the KDF is measured
// by bench:vault). Prints figures; never a pass/fail gate.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadCase } from '../../renderer/core/cases/caseBundle';
import { loadNotebook, type NotebookData } from '../../renderer/core/cases/caseNotebook';
import { filterCases, NO_FILTER, type CaseFilter } from '../../renderer/core/cases/caseSummary';
import { createVault } from '../../renderer/core/vault/createVault';
import { unlockVault } from '../../renderer/core/vault/unlockVault';
import { caseRecords, median, ms, NOTES, p95, PASSPHRASE, pick } from './caseBenchData';

const CASES = Number(process.env.CASES ?? 10_000);

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, ${process.arch}; fake-indexeddb; ${CASES} cases × (1 case + 1 person + ${NOTES} notes) = ${CASES * (2 + NOTES)} encrypted records`,
  );
  const env = { indexedDB: new IDBFactory(), IDBKeyRange };
  const created = await createVault({
    name: 'Banc',
    passphrase: PASSPHRASE,
    kdf: { insecureTestCost: { memoryKiB: 256, iterations: 2, parallelism: 1 } },
    env,
  });
  let started = performance.now();
  for (let i = 0; i < CASES; i += 100) {
    await created.session.putRecords(
      Array.from({ length: Math.min(100, CASES - i) }, (_, k) => caseRecords(i + k)).flat(),
    );
  }
  console.log(`\nwrite (setup, 100 cases per transaction): ${ms(performance.now() - started)}`);
  created.session.lock();

  // CPU time beside wall time: on a shared, loaded machine the wall time mostly measures the others.
  const cpuMs = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const session = await unlockVault(created.profile.id, PASSPHRASE, { env });
  type Build = { wall: number; cpu: number; checkedWall?: number };
  async function measureBuild(snapshot: boolean): Promise<[NotebookData, Build]> {
    started = performance.now();
    const cpuStart = cpuMs();
    const built = await loadNotebook(session, { snapshot });
    const build: Build = { wall: performance.now() - started, cpu: cpuMs() - cpuStart };
    if (snapshot) {
      await built.checked;
      build.checkedWall = performance.now() - started;
    }
    return [built, build];
  }
  const show = (builds: Build[]) =>
    builds
      .map(
        (b) =>
          `${ms(b.wall)} wall / ${ms(b.cpu)} CPU` +
          (b.checkedWall === undefined ? '' : ` (checked in the background by ${ms(b.checkedWall)})`),
      )
      .join('; then ');
  // Old path first: every case record read and decrypted (what every unlock did before the snapshot).
  const oldBuilds: Build[] = [];
  let oldData: NotebookData | null = null;
  for (let round = 0; round < 4; round++) {
    const [built, build] = await measureBuild(false);
    oldData = built;
    oldBuilds.push(build);
  }
  // The first unlock after the upgrade finds no snapshot: it reads every case record, then writes the
  // snapshot in the background (measured apart: it happens once per notebook).
  const [, upgrade] = await measureBuild(true);
  const newBuilds: Build[] = [];
  let data: NotebookData | null = null;
  for (let round = 0; round < 4; round++) {
    const [built, build] = await measureBuild(true);
    data = built;
    newBuilds.push(build);
  }
  if (data === null) throw new Error('no build');
  console.log(
    `build in-memory list + search index after unlock (${data.cases.size} cases; target < 500 ms beyond the key derivation, issue 18):`,
  );
  console.log(`  old path (decrypt every case record): cold ${show(oldBuilds)}`);
  console.log(`  first unlock after the upgrade (no snapshot yet, then written): ${show([upgrade])}`);
  console.log(`  new path (list snapshot, 64 records): cold ${show(newBuilds)}`);
  const all = [...data.cases.values()];

  const filters: Partial<CaseFilter>[] = [
    {},
    { status: 'en-suivi' },
    { province: 'Sud-Kivu' },
    { from: '2024-06-01', to: '2025-03-31' },
    { followUpDue: true },
    { status: 'ouvert', province: 'Nord-Kivu', from: '2025-01-01' },
  ];
  const filterTimes: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const f of filters) {
      const t = performance.now();
      filterCases(all, { ...NO_FILTER, ...f }, '2026-11-29');
      filterTimes.push(performance.now() - t);
    }
  }
  console.log(
    `list + filter + sort over ${all.length} cases: median ${ms(median(filterTimes))}, p95 ${ms(p95(filterTimes))}, max ${ms(Math.max(...filterTimes))} (target < 50 ms)`,
  );

  const queries = [
    'cassiterite',
    'enfant puits',
    'comm',
    'dette salaire nuit',
    'bisie',
    'GOM-2025',
    'électeur carte',
    'tuteur promesse emploi',
    'zzz',
    'k. m.',
    'kamituga galerie',
    'ret',
  ];
  const searchTimes = (built: NotebookData): number[] => {
    const cases = [...built.cases.values()];
    const times: number[] = [];
    for (let round = 0; round < 30; round++) {
      for (const q of queries) {
        const t = performance.now();
        const matching = built.index.search(q);
        filterCases(cases, { ...NO_FILTER, matching }, '2026-11-29');
        times.push(performance.now() - t);
      }
    }
    return times;
  };
  for (const [label, built] of [
    ['old path', oldData],
    ['new path', data],
  ] as const) {
    if (built === null) continue;
    const times = searchTimes(built);
    console.log(
      `search inside cases (+ filter of the hits), ${label}, ${times.length} queries: median ${ms(median(times))}, p95 ${ms(p95(times))} (target p95 < 10 ms)`,
    );
  }

  const openTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await loadCase(session, pick(all).caseId);
    openTimes.push(performance.now() - t);
  }
  console.log(
    `open a case (read + decrypt its ${2 + NOTES} records): median ${ms(median(openTimes))}, p95 ${ms(p95(openTimes))} (target < 50 ms)`,
  );
  session.lock();
}

await main();
