// Issue 21, point 2: the statistics of a generated notebook, read from a real vault (fake IndexedDB,
// real WebCrypto), match what the generator counted; the frozen notebooks still open and count the
// fields they never had as « non renseigné ».
import { describe, expect, it } from 'vitest';
import { createVault } from '../../../renderer/core/vault/createVault';
import { createVaultService } from '../../../renderer/core/vault';
import {
  ageGroupOf,
  collectStatCases,
  computeStatistics,
  NOT_FILLED,
  type Statistics,
} from '../../../renderer/core/statistics';
import { CASE_A, CASE_B, loadFrozenNotebook, NOTEBOOK_V1_PASSPHRASE } from '../cases/frozenNotebookEnv';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';
import { generateNotebook, type Expected } from './statNotebook';

const MONTHS = ['2026-01', '2026-02', '2026-03'];

async function generatedVault(count: number) {
  const env = testEnv();
  const { session } = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  const generated = generateNotebook(count, MONTHS);
  await session.putRecords(generated.records);
  return { session, generated };
}

/** The statistics as key → count per breakdown (places by the name shown), zeros left out. */
function counted(stats: Statistics): Expected['by'] {
  const out: Expected['by'] = {};
  for (const [dimension, table] of Object.entries(stats.tables))
    for (const row of table.rows)
      if (row.count > 0)
        (out[dimension] ??= {})[row.key === NOT_FILLED ? '' : (row.label ?? row.key)] = row.count;
  return out;
}

describe('statistics over a generated notebook', () => {
  it('count every breakdown as the generator drew it, « non renseigné » included', async () => {
    const { session, generated } = await generatedVault(60);
    const { cases, unreadable } = await collectStatCases(session);
    expect(unreadable).toBe(0);
    const stats = computeStatistics(cases, '2026-01', '2026-03');
    const { expected } = generated;
    expect(stats.totals).toEqual({
      cases: expected.cases,
      victims: expected.victims,
      referrals: expected.referrals,
    });
    expect(stats.byMonth.cases).toEqual(MONTHS.map((m) => expected.byMonth[m]));
    expect(counted(stats)).toEqual(expected.by);
    // « Non renseigné » is a row of its own, never folded into a value.
    expect(stats.tables.siteType.rows.at(-1)).toEqual({ key: NOT_FILLED, count: expected.by.siteType![''] });
    session.lock();
  });

  it('count only the months of the period, and nothing of a case deleted whole', async () => {
    const { session, generated } = await generatedVault(30);
    const all = await collectStatCases(session);
    const february = computeStatistics(all.cases, '2026-02', '2026-02');
    expect(february.totals.cases).toBe(generated.expected.byMonth['2026-02']);
    expect(computeStatistics(all.cases, '2025-01', '2025-12').totals.cases).toBe(0);
    // A case deleted whole (still restorable) leaves the counts.
    const first = generated.records[0]!;
    await session.putRecord({
      ...first,
      payload: { ...(first.payload as object), deleted: { at: 1, reason: 'doublon', heads: [] } },
    });
    const after = await collectStatCases(session);
    expect(after.cases).toHaveLength(all.cases.length - 1);
    // A damaged record is said, not counted, and breaks nothing else.
    await session.putRecord({
      kind: 'case-person',
      caseId: first.caseId!,
      payload: { v: 3, role: 'inconnu' },
    });
    expect((await collectStatCases(session)).unreadable).toBe(1);
    session.lock();
  });

  it('the frozen notebook v1 opens and its cases count the new fields as « non renseigné »', async () => {
    const env = testEnv();
    const dump = await loadFrozenNotebook(env);
    const session = await createVaultService(env).unlock(dump.profileId, NOTEBOOK_V1_PASSPHRASE);
    const { cases, unreadable } = await collectStatCases(session);
    expect(unreadable).toBe(0);
    expect(cases.map((c) => [c.month, c.province, c.status]).sort()).toEqual([
      ['2026-11', 'Nord-Kivu', 'oriente'],
      ['2026-11', 'Sud-Kivu', 'clos'],
    ]);
    for (const c of cases) {
      expect(c.siteType).toBeNull();
      expect(c.exploitation).toEqual([]);
      for (const v of c.victims) expect(v.nationality).toBeNull();
      for (const r of c.referrals) expect(r).toEqual({ serviceType: null, outcome: null });
    }
    expect(CASE_A).not.toBe(CASE_B);
    session.lock();
  });

  it('derives the age group from a typed age only when none was chosen, and never guesses without one', () => {
    expect(ageGroupOf('unknown', 14)).toBe('12-14');
    expect(ageGroupOf('unknown', 17)).toBe('15-17');
    expect(ageGroupOf('25-59', 14)).toBe('25-59');
    expect(ageGroupOf('unknown', null)).toBe('unknown');
    expect(ageGroupOf('unknown', 60)).toBe('60+');
  });

  it('groups a province typed with other accents or capitals, and shows it as first typed', () => {
    const base = {
      territory: '',
      siteType: null,
      exploitation: [],
      status: 'ouvert' as const,
      victims: [],
      referrals: [],
    };
    const stats = computeStatistics(
      [
        { ...base, month: '2026-01', province: 'Nord-Kivu' },
        { ...base, month: '2026-01', province: 'NORD-KIVU '.trim() },
        { ...base, month: '2026-01', province: 'nord-kivu' },
        { ...base, month: '2026-01', province: '' },
      ],
      '2026-01',
      '2026-01',
    );
    expect(stats.tables.province.rows).toEqual([
      { key: 'nord-kivu', label: 'Nord-Kivu', count: 3 },
      { key: NOT_FILLED, label: '', count: 1 },
    ]);
  });
});
