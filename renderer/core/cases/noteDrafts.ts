import { z } from 'zod';
import type { VaultSession } from '../vault';
import { LIMITS } from './caseSchemas';

// A note being typed is kept as an encrypted draft in the notebook, so a lock (by hand, on idle, on
// sleep) does not lose it; it comes back when the case is opened again. Drafts are records of their
// own kind with no case id in clear (the case is inside the encrypted payload): loadCase, the audit
// journal and case transfers never see them; a backup carries them like any record.

export const NOTE_DRAFT_KIND = 'case-note-draft';

const noteDraftSchema = z.strictObject({
  v: z.literal(1),
  caseId: z.string().max(64),
  text: z.string().max(LIMITS.note),
  at: z.number(),
});

export interface NoteDraft {
  id: string;
  text: string;
  at: number;
}

/** The newest draft of this case, or null. Unreadable drafts are skipped, never shown half-decoded. */
export async function loadNoteDraft(session: VaultSession, caseId: string): Promise<NoteDraft | null> {
  const { records } = await session.listRecords({ kind: NOTE_DRAFT_KIND }, noteDraftSchema);
  const mine = records.filter((r) => r.payload.caseId === caseId).sort((a, b) => b.payload.at - a.payload.at);
  const newest = mine[0];
  return newest ? { id: newest.id, text: newest.payload.text, at: newest.payload.at } : null;
}

/** Writes (or replaces, with `id`) the draft; returns its record id. */
export async function saveNoteDraft(
  session: VaultSession,
  caseId: string,
  text: string,
  at: number,
  id?: string,
): Promise<string> {
  const payload = { v: 1 as const, caseId, text: text.slice(0, LIMITS.note), at };
  const meta = await session.putRecord({
    ...(id === undefined ? {} : { id }),
    kind: NOTE_DRAFT_KIND,
    payload,
  });
  return meta.id;
}

export function deleteNoteDraft(session: VaultSession, id: string): Promise<void> {
  return session.deleteRecord(id);
}
