// Issue 21, point 2: the anonymised export. No count from 1 to 4 leaves the office; no total gives a
// suppressed cell back; and the documented differencing cases (README.md, _Anonymised export_) give
// nothing away: two periods differing by one month with one case, the same month exported before and
// after a case was added or deleted. The files hold no pseudonym, note, exact date or site.
import { describe, expect, it } from 'vitest';
import {
  anonymisedFigures,
  collectStatCases,
  DIMENSIONS,
  exportCsv,
  exportJson,
  HTCDS_FIELD,
  journalExport,
  monthCells,
  readExportJournal,
  settleExport,
  SUPPRESSION_THRESHOLD,
  type ExportCell,
  type StatCase,
} from '../../../renderer/core/statistics';
import { EXPORT_JOURNAL_KIND } from '../../../renderer/core/statistics/exportJournal';
import { createVault } from '../../../renderer/core/vault/createVault';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';
import { secretsAtRest } from '../cases/caseTestNotebook';
import { generateNotebook } from './statNotebook';
import hostile from '../../fixtures/statistics/hostile.json';

const MONTHS = ['2026-01', '2026-02', '2026-03'];
const key = (c: ExportCell) => `${c.month}|${c.unit}|${c.dimension}|${c.value}`;

async function vaultWith(count: number, seed = 7) {
  const env = testEnv();
  const { session } = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  const generated = generateNotebook(count, MONTHS, seed);
  await session.putRecords(generated.records);
  return { env, session, generated };
}

function oneCase(month: string, province: string): StatCase {
  return {
    month,
    province,
    territory: 'Masisi',
    siteType: 'mine-artisanale',
    exploitation: ['travail-force'],
    status: 'ouvert',
    victims: [
      { ageGroup: '12-14', sex: 'f', nationality: 'CD', indicators: ['oit-travail-force/isolement'] },
    ],
    referrals: [{ serviceType: 'police', outcome: 'en-attente' }],
  };
}

/** Rule 3 holds: in every breakdown that adds up to a published total, never exactly one hidden cell. */
function expectNoLoneSuppression(cells: readonly ExportCell[]) {
  for (const c of cells.filter((x) => x.dimension === 'total' && x.count !== null)) {
    for (const [dimension, facts] of Object.entries(DIMENSIONS)) {
      if (facts.multi || facts.unit !== c.unit) continue;
      const group = cells.filter((x) => x.month === c.month && x.dimension === dimension);
      expect(group.filter((x) => x.count === null).length, `${c.month} ${dimension}`).not.toBe(1);
      const published = group.reduce((sum, x) => sum + (x.count ?? 0), 0);
      if (group.every((x) => x.count !== null)) expect(published).toBe(c.count);
    }
  }
}

describe('anonymised figures', () => {
  it('hide every count from 1 to 4, never leave one hidden cell a total gives back, and publish zeros', async () => {
    const { session } = await vaultWith(70);
    const { cases } = await collectStatCases(session);
    const figures = anonymisedFigures(cases, '2026-01', '2026-03', new Map());
    expect(figures.cells.length).toBeGreaterThan(100);
    for (const c of figures.cells) {
      if (c.count !== null) expect(c.count === 0 || c.count >= SUPPRESSION_THRESHOLD, key(c)).toBe(true);
      else expect(c.suppressed).not.toBe('');
    }
    expect(figures.cells.some((c) => c.suppressed === 'below-threshold')).toBe(true);
    expect(figures.cells.some((c) => c.count === 0)).toBe(true);
    expectNoLoneSuppression(figures.cells);
    session.lock();
  });

  it('a lone small cell beside a published total takes another cell with it (complementary suppression)', () => {
    const cases = [
      ...Array.from({ length: 6 }, () => oneCase('2026-01', 'Nord-Kivu')),
      ...Array.from({ length: 2 }, () => oneCase('2026-01', 'Sud-Kivu')),
    ];
    const cells = monthCells(cases, '2026-01');
    const total = cells.find((c) => c.unit === 'cases' && c.dimension === 'total')!;
    const provinces = cells.filter((c) => c.dimension === 'province');
    expect(total.count).toBe(8);
    expect(provinces.map((c) => [c.value, c.count, c.suppressed])).toEqual([
      ['Nord-Kivu', null, 'complementary'],
      ['Sud-Kivu', null, 'below-threshold'],
      ['non-renseigne', 0, ''],
    ]);
  });

  it('two periods that differ by one month holding one case: the shared months are identical, the new one hides it', () => {
    const base = Array.from({ length: 40 }, (_, i) =>
      oneCase(MONTHS[i % 3]!, i % 2 ? 'Nord-Kivu' : 'Sud-Kivu'),
    );
    const lone = oneCase('2026-04', 'Sud-Kivu');
    const first = anonymisedFigures([...base, lone], '2026-01', '2026-03', new Map());
    const second = anonymisedFigures([...base, lone], '2026-01', '2026-04', new Map());
    const before = new Map(first.cells.map((c) => [key(c), c.count]));
    for (const c of second.cells.filter((x) => x.month !== '2026-04'))
      expect(c.count, key(c)).toBe(before.get(key(c)));
    // No period total exists to subtract; April's own cells show no trace of the one case.
    expect(second.cells.every((c) => c.month !== '2026-04' || c.count === null || c.count === 0)).toBe(true);
  });

  it('the same months exported again after a case was added and one deleted repeat what was first published', async () => {
    const { env, session, generated } = await vaultWith(45);
    const first = anonymisedFigures(
      (await collectStatCases(session)).cases,
      '2026-01',
      '2026-03',
      (await readExportJournal(session)).published,
    );
    const pending = await journalExport(session, first, 'csv', 1000);
    await settleExport(session, pending, true);
    // Later: a late case entered in February, another case deleted whole.
    const late = generateNotebook(1, ['2026-02'], 99);
    await session.putRecords(late.records);
    const gone = generated.records[0]!;
    await session.putRecord({
      ...gone,
      payload: { ...(gone.payload as object), deleted: { at: 2, reason: 'doublon', heads: [] } },
    });
    const journal = await readExportJournal(session);
    expect(journal.entries.map((e) => [e.value.format, e.value.done, e.value.fresh])).toEqual([
      ['csv', true, MONTHS],
    ]);
    const cases = (await collectStatCases(session)).cases;
    expect(anonymisedFigures(cases, '2026-01', '2026-03', new Map()).cells).not.toEqual(first.cells);
    const second = anonymisedFigures(cases, '2026-01', '2026-03', journal.published);
    expect(second.repeated).toEqual(MONTHS);
    expect(second.cells).toEqual(first.cells);
    // The journal is encrypted like every record: none of its place names is stored in clear.
    expect(await secretsAtRest(env, ['Walikale', 'Kalehe', 'non-renseigne'])).toEqual([]);
    session.lock();
  });

  it('a cancelled save leaves no journal entry; a damaged entry is counted, so no export is made', async () => {
    const { session } = await vaultWith(10);
    const figures = anonymisedFigures(
      (await collectStatCases(session)).cases,
      '2026-01',
      '2026-01',
      new Map(),
    );
    const pending = await journalExport(session, figures, 'json', 5);
    expect((await readExportJournal(session)).entries.map((e) => e.value.done)).toEqual([false]);
    await settleExport(session, pending, false);
    expect((await readExportJournal(session)).entries).toEqual([]);
    for (const payload of hostile.journalPayloads)
      await session.putRecord({ kind: EXPORT_JOURNAL_KIND, caseId: null, payload });
    const journal = await readExportJournal(session);
    expect(journal.damaged).toBe(hostile.journalPayloads.length);
    expect(journal.published.size).toBe(0);
    session.lock();
  });
});

describe('export files', () => {
  it('hold no pseudonym, note, exact date, site or free text, and name fields after HTCDS', async () => {
    const { session, generated } = await vaultWith(60);
    const figures = anonymisedFigures(
      (await collectStatCases(session)).cases,
      '2026-01',
      '2026-03',
      new Map(),
    );
    for (const text of [exportCsv(figures), exportJson(figures)]) {
      for (const secret of [
        ...generated.secrets.pseudonyms,
        ...generated.secrets.notes,
        ...generated.secrets.dates,
      ])
        expect(text.includes(secret), secret).toBe(false);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/Puits|Résumé|Motif|texte libre|INS-01/);
    }
    const csv = exportCsv(figures).split('\r\n');
    expect(csv[0]).toBe('month,unit,field,htcds_value,dalili_value,count,suppressed');
    const fields = new Set(csv.slice(1, -1).map((line) => line.split(',')[2]));
    expect([...fields].sort()).toEqual(Object.values(HTCDS_FIELD).sort());
    expect(csv.some((line) => line.startsWith('2026-01,victims,prs_Gender,Feminine,f,'))).toBe(true);
    const json = JSON.parse(exportJson(figures)) as {
      threshold: number;
      cells: { field: string; htcds_value: string; dalili_value: string }[];
    };
    expect(json.threshold).toBe(5);
    // Debt bondage has no HTCDS type of exploitation: its HTCDS value stays empty, never guessed.
    expect(json.cells.find((c) => c.dalili_value === 'servitude-dettes')?.htcds_value).toBe('');
    expect(json.cells.find((c) => c.dalili_value === 'travail-force')?.htcds_value).toBe('ForcedLabour');
    session.lock();
  });

  it('quote and defuse hostile place names (formulas, quotes, line breaks, markup)', () => {
    const cases = hostile.places.flatMap((place) =>
      Array.from({ length: 5 }, () => oneCase('2026-01', place)),
    );
    const csv = exportCsv(anonymisedFigures(cases, '2026-01', '2026-01', new Map()));
    const rows = csv.split('\r\n').filter((line) => line.includes(',hte_State,'));
    expect(rows.length).toBeGreaterThanOrEqual(hostile.places.length);
    // No field starts a spreadsheet formula: each such value is quoted behind an apostrophe.
    for (const line of csv.split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+\-@\t]/);
    expect(csv).toContain(`"Nord-Kivu, ""Masisi"""`);
    expect(csv).toContain(`"Ligne\nbrisée"`);
  });
});
