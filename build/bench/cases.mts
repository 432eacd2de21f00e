// npm run bench:cases — the case notebook at 10,000 cases of 5 notes each (plus one person each).
// Runs in Node: WebCrypto from Node, Dexie on fake-indexeddb (an in-memory IndexedDB written in
// JavaScript, slower than Chromium's for bulk reads), Argon2id at a test cost (the KDF is measured
// by bench:vault). Prints figures; never a pass/fail gate.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadCase } from '../../renderer/core/cases/caseBundle';
import { caseSearchWords } from '../../renderer/core/cases/caseIndex';
import { loadNotebook } from '../../renderer/core/cases/caseNotebook';
import {
  CASE_STATUSES,
  KINDS,
  type CaseFile,
  type Note,
  type Person,
} from '../../renderer/core/cases/caseSchemas';
import { filterCases, NO_FILTER, type CaseFilter } from '../../renderer/core/cases/caseSummary';
import { createVault } from '../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../renderer/core/vault/opaqueId';
import { unlockVault } from '../../renderer/core/vault/unlockVault';
import type { PutRecordInput } from '../../renderer/core/vault/vaultSession';

const CASES = Number(process.env.CASES ?? 10_000);
const NOTES = 5;
const PASSPHRASE = 'banc d’essai : mangue pirogue tonnerre';
const PLACES: [string, string, string][] = [
  ['Nord-Kivu', 'Walikale', 'Bisie'],
  ['Nord-Kivu', 'Masisi', 'Rubaya'],
  ['Nord-Kivu', 'Lubero', 'Manguredjipa'],
  ['Sud-Kivu', 'Kalehe', 'Nyabibwe'],
  ['Sud-Kivu', 'Mwenga', 'Kamituga'],
  ['Sud-Kivu', 'Shabunda', 'Lulingu'],
  ['Sud-Kivu', 'Fizi', 'Misisi'],
];
const WORDS = (
  'enfant puits cassitérite coltan or wolframite creuseur négociant commandant barrière taxe dette salaire avance ' +
  'recrutement transport hébergement menace violence confiscation carte électeur pièce identité mineur école travail nuit ' +
  'galerie effondrement blessure santé famille village déplacé camp marché dépôt comptoir chef chantier garde armé ' +
  'coopérative permis inspection police plainte témoin audition procès-verbal mère père frère sœur oncle tuteur ' +
  'promesse emploi tromperie enfermement isolement retenue paiement amende punition faim eau sécurité fuite retour'
).split(' ');

let seed = 42;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const iso = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;

function caseRecords(i: number): PutRecordInput<unknown>[] {
  const caseId = newOpaqueId();
  const [province, territory, site] = pick(PLACES);
  const opened = Math.floor(rand() * 1000);
  const status = pick(CASE_STATUSES);
  const base: Omit<CaseFile, 'searchWords'> = {
    v: 4,
    number: { prefix: 'GOM', year: 2024 + Math.floor(opened / 365), seq: i + 1 },
    status,
    statusHistory: [{ status: 'ouvert', on: iso(opened), at: 0 }],
    openedOn: iso(opened),
    incidentOn: '',
    place: { province, territory, site, lat: null, lon: null },
    summary: sentence(40),
    infractions: [],
    followUpOn: rand() < 0.3 ? iso(opened + Math.floor(rand() * 60)) : '',
    audit: { count: 0, head: '' },
    createdAt: 0,
  };
  const person: Person = {
    v: 2,
    role: 'victime',
    code: 'V-01',
    initials: `${pick([...'ABKMNZ'])}. ${pick([...'BKLMS'])}.`,
    age: 14,
    ageGroup: '12-14',
    sex: 'f',
    nationality: 'congolaise',
    languages: 'swahili',
    vulnerabilities: ['child'],
    contactConsent: false,
    phone: '',
    phone2: '',
    email: '',
    contactNote: '',
  };
  const notes = Array.from({ length: NOTES }, (_, n): PutRecordInput<Note> => ({
    kind: KINDS.note,
    caseId,
    payload: { v: 1, at: n, text: sentence(60) },
  }));
  // As commitChange does: the case record carries the distinct words of its summary, people and notes.
  const file: CaseFile = {
    ...base,
    searchWords: caseSearchWords(
      base,
      [person],
      notes.map((n) => n.payload),
    ),
  };
  return [
    { id: caseId, kind: KINDS.case, caseId, payload: file },
    { kind: KINDS.person, caseId, payload: person },
    ...notes,
  ];
}

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

  // After unlock: read and decrypt cases, people and notes once, build the list and the index.
  // CPU time beside wall time: on a shared, loaded machine the wall time mostly measures the others.
  const cpuMs = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const session = await unlockVault(created.profile.id, PASSPHRASE, { env });
  const builds: { wall: number; cpu: number }[] = [];
  let data = await measureBuild();
  // A person's unlock is a cold build (the first, printed first); three more show the spread.
  for (let round = 0; round < 3; round++) data = await measureBuild();
  async function measureBuild() {
    started = performance.now();
    const cpuStart = cpuMs();
    const built = await loadNotebook(session);
    builds.push({ wall: performance.now() - started, cpu: cpuMs() - cpuStart });
    return built;
  }
  const all = [...data.cases.values()];
  console.log(
    `build in-memory list + search index after unlock (reads and decrypts the case records, ${data.cases.size} cases; target < 500 ms beyond the key derivation, issue 18):`,
  );
  console.log(`  cold ${builds.map((b) => `${ms(b.wall)} wall / ${ms(b.cpu)} CPU`).join('; then ')}`);

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
  const searchTimes: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const q of queries) {
      const t = performance.now();
      const matching = data.index.search(q);
      filterCases(all, { ...NO_FILTER, matching }, '2026-11-29');
      searchTimes.push(performance.now() - t);
    }
  }
  console.log(
    `search inside cases (+ filter of the hits), ${searchTimes.length} queries: median ${ms(median(searchTimes))}, p95 ${ms(p95(searchTimes))} (target p95 < 10 ms)`,
  );

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
