import { z } from 'zod';
import type { VaultSession } from '../vault';
import { DIMENSION_LIST, UNITS } from './dimensions';
import type { AnonymisedFigures, ExportCell, PublishedMonths } from './anonymise';

// The notebook's export journal (issue 21): one encrypted vault record per export or report, outside any
// case (kind `stats-export`, no case id). It says when, which months, in which format, and keeps the
// cells of the months it published first, so that a later export repeats them (anonymise.ts, rule 4).
// Cases' own journals are not used: an export is about the notebook, not one case.

export const EXPORT_JOURNAL_KIND = 'stats-export';
export const EXPORT_FORMATS = ['csv', 'json', 'report'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const cellSchema = z.strictObject({
  month,
  unit: z.enum(UNITS),
  dimension: z.enum([...DIMENSION_LIST, 'total']),
  value: z.string().max(400),
  count: z.number().int().min(0).nullable(),
  suppressed: z.enum(['', 'below-threshold', 'complementary']),
});
export const exportEntrySchema = z.strictObject({
  v: z.literal(1),
  at: z.number(),
  from: month,
  to: month,
  format: z.enum(EXPORT_FORMATS),
  /** false until the file is written (a crash in between leaves it false: counted as published). */
  done: z.boolean(),
  fresh: z.array(month).max(1200),
  cells: z.array(cellSchema).max(2_000_000),
});
export type ExportEntry = z.infer<typeof exportEntrySchema>;

export interface ExportJournal {
  entries: { id: string; value: ExportEntry }[];
  /** Entries that could not be read: what they published is unknown, so no export is made (`published` is unsafe). */
  damaged: number;
  published: PublishedMonths;
}

export async function readExportJournal(session: VaultSession): Promise<ExportJournal> {
  const { records, damaged } = await session.listRecords({ kind: EXPORT_JOURNAL_KIND }, exportEntrySchema);
  const entries = records
    .filter((r) => r.caseId === null)
    .map((r) => ({ id: r.id, value: r.payload }))
    .sort((a, b) => a.value.at - b.value.at);
  const published = new Map<string, ExportCell[]>();
  for (const { value } of entries)
    for (const m of value.fresh)
      if (!published.has(m))
        published.set(
          m,
          value.cells.filter((c) => c.month === m),
        );
  return { entries: entries.reverse(), damaged: damaged.length, published };
}

export interface PendingExport {
  id: string;
  entry: ExportEntry;
}

/** Writes the entry before the file, so a month can never leave the office without being kept. */
export async function journalExport(
  session: VaultSession,
  figures: AnonymisedFigures,
  format: ExportFormat,
  at: number,
): Promise<PendingExport> {
  const fresh = new Set(figures.fresh);
  const entry: ExportEntry = {
    v: 1,
    at,
    from: figures.from,
    to: figures.to,
    format,
    done: false,
    fresh: figures.fresh,
    cells: figures.cells.filter((c) => fresh.has(c.month)),
  };
  const meta = await session.putRecord({ kind: EXPORT_JOURNAL_KIND, caseId: null, payload: entry });
  return { id: meta.id, entry };
}

/** The file was written: the entry says so. Cancelled: the entry goes, nothing left the office. */
export async function settleExport(
  session: VaultSession,
  pending: PendingExport,
  written: boolean,
): Promise<void> {
  if (!written) return session.deleteRecord(pending.id);
  await session.putRecord({
    id: pending.id,
    kind: EXPORT_JOURNAL_KIND,
    caseId: null,
    payload: { ...pending.entry, done: true },
  });
}
