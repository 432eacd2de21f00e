import type { TransferKdfOptions } from '../../../renderer/core/backup/transferFile';
import { directKdfRunner } from '../../../renderer/core/crypto/deriveKey';
import { TEST_COST } from '../vault/vaultTestEnv';

/** Low Argon2id cost for unit tests, on both sides; the production floor is tested apart. */
export const TEST_TRANSFER: TransferKdfOptions = {
  cost: TEST_COST,
  minimumCost: TEST_COST,
  kdfRunner: directKdfRunner,
};

/** Payloads the case notebook's schemas accept (caseSchemas.ts): transfers carry only those. */
export const caseFile = (summary: string) => ({
  v: 1,
  number: { prefix: 'GOM', year: 2026, seq: 1 },
  status: 'ouvert',
  statusHistory: [{ status: 'ouvert', on: '2026-11-02', at: 1_762_000_000_000 }],
  openedOn: '2026-11-02',
  incidentOn: '',
  place: { province: 'Nord-Kivu', territory: 'Masisi', site: 'Rubaya', lat: null, lon: null },
  summary,
  infractions: [],
  followUpOn: '',
  audit: { count: 0, head: '' },
  createdAt: 1_762_000_000_000,
  searchWords: '',
});

export const personPayload = (initials: string) => ({
  v: 1,
  role: 'victime',
  code: 'V-01',
  initials: initials.slice(0, 12),
  age: null,
  ageGroup: 'unknown',
  sex: 'f',
  nationality: '',
  languages: '',
  vulnerabilities: [],
  contactConsent: false,
  contact: '',
});

export const referralPayload = (personId: string) => ({
  v: 1,
  personId,
  contactId: '',
  actor: 'Division provinciale des affaires sociales',
  organisation: '',
  date: '2026-11-03',
  reason: 'Prise en charge psychosociale',
  consent: true,
  consentMode: 'oral',
  shared: ['code'],
  status: 'envoyee',
  followUpOn: '',
});
