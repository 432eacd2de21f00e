// The notebook the case benchmarks build (bench:cases in Node, bench:cases:chromium in Chromium): the
// same cases in both, from a fixed seed. No Node or DOM import: it runs on both sides.
import { caseSearchWords } from '../../renderer/core/cases/caseIndex';
import {
  CASE_STATUSES,
  KINDS,
  type CaseFile,
  type Note,
  type Person,
} from '../../renderer/core/cases/caseSchemas';
import { newOpaqueId } from '../../renderer/core/vault/opaqueId';
import { RECORD_VERSIONS } from '../../renderer/core/cases/recordVersions';
import type { PutRecordInput } from '../../renderer/core/vault/vaultSession';

export const NOTES = 5;
export const PASSPHRASE = 'banc d’essai : mangue pirogue tonnerre';
export const PLACES: [string, string, string][] = [
  ['Nord-Kivu', 'Walikale', 'Bisie'],
  ['Nord-Kivu', 'Masisi', 'Rubaya'],
  ['Nord-Kivu', 'Lubero', 'Manguredjipa'],
  ['Sud-Kivu', 'Kalehe', 'Nyabibwe'],
  ['Sud-Kivu', 'Mwenga', 'Kamituga'],
  ['Sud-Kivu', 'Shabunda', 'Lulingu'],
  ['Sud-Kivu', 'Fizi', 'Misisi'],
];
export const WORDS = (
  'enfant puits cassitérite coltan or wolframite creuseur négociant commandant barrière taxe dette salaire avance ' +
  'recrutement transport hébergement menace violence confiscation carte électeur pièce identité mineur école travail nuit ' +
  'galerie effondrement blessure santé famille village déplacé camp marché dépôt comptoir chef chantier garde armé ' +
  'coopérative permis inspection police plainte témoin audition procès-verbal mère père frère sœur oncle tuteur ' +
  'promesse emploi tromperie enfermement isolement retenue paiement amende punition faim eau sécurité fuite retour'
).split(' ');

export let seed = 42;
export const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
export const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
export const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
export const iso = (day: number) =>
  new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
}
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
export const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;

export function caseRecords(i: number): PutRecordInput<unknown>[] {
  const caseId = newOpaqueId();
  const [province, territory, site] = pick(PLACES);
  const opened = Math.floor(rand() * 1000);
  const status = pick(CASE_STATUSES);
  const base: Omit<CaseFile, 'searchWords'> = {
    v: RECORD_VERSIONS.case,
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
    v: RECORD_VERSIONS['case-person'],
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
