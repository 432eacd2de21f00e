import type { ContentDocument, Entry } from '../content';
import { worksheetEntries } from '../library';

// « Entrée suivante »: the workshop steps through a document in the order of its printed worksheet
// (core/library's worksheetEntries, the one ordering both use), so an office keys a filled paper
// sheet straight in, row after row.

export interface WorksheetPosition {
  /** 1-based row of the entry on the worksheet, and the number of rows. */
  row: number;
  rows: number;
  previous?: string;
  next?: string;
}

export function worksheetPosition(
  doc: ContentDocument,
  entryById: (id: string) => Entry | undefined,
  entryId: string,
): WorksheetPosition | undefined {
  const ids = worksheetEntries(doc, entryById).map((e) => e.id);
  const at = ids.indexOf(entryId);
  if (at < 0) return undefined;
  const previous = ids[at - 1];
  const next = ids[at + 1];
  return { row: at + 1, rows: ids.length, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
