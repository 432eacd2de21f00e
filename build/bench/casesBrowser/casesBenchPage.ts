// The page bench:cases:chromium loads: the same notebook as bench:cases, in Chromium's real IndexedDB
// and WebCrypto. It writes the cases, unlocks, and times the case list and index built without and
// with the list snapshot (issue 18, point 9). Figures go back to the driver; nothing leaves the page.
import { loadNotebook } from '../../../renderer/core/cases/caseNotebook';
import { createVault } from '../../../renderer/core/vault/createVault';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { caseRecords, PASSPHRASE } from '../caseBenchData';

export interface BrowserBuild {
  wall: number;
  checked?: number;
}

export interface BrowserFigures {
  cases: number;
  write: number;
  old: BrowserBuild[];
  upgrade: BrowserBuild;
  fresh: BrowserBuild[];
}

async function runCaseBench(cases: number): Promise<BrowserFigures> {
  const created = await createVault({
    name: 'Banc',
    passphrase: PASSPHRASE,
    kdf: { insecureTestCost: { memoryKiB: 256, iterations: 2, parallelism: 1 } },
  });
  let started = performance.now();
  for (let i = 0; i < cases; i += 100)
    await created.session.putRecords(
      Array.from({ length: Math.min(100, cases - i) }, (_, k) => caseRecords(i + k)).flat(),
    );
  const write = performance.now() - started;
  created.session.lock();
  const session = await unlockVault(created.profile.id, PASSPHRASE);
  const measure = async (snapshot: boolean): Promise<BrowserBuild & { size: number }> => {
    started = performance.now();
    const data = await loadNotebook(session, { snapshot });
    const wall = performance.now() - started;
    if (!snapshot) return { wall, size: data.cases.size };
    await data.checked;
    return { wall, checked: performance.now() - started, size: data.cases.size };
  };
  const old: BrowserBuild[] = [];
  for (let round = 0; round < 4; round++) old.push(await measure(false));
  const upgrade = await measure(true);
  const fresh: (BrowserBuild & { size: number })[] = [];
  for (let round = 0; round < 4; round++) fresh.push(await measure(true));
  session.lock();
  return { cases: fresh[0]?.size ?? 0, write, old, upgrade, fresh };
}

(globalThis as { runCaseBench?: typeof runCaseBench }).runCaseBench = runCaseBench;
