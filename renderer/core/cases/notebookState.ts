import { z } from 'zod';
import { isVaultError, type VaultSession } from '../vault';

// The notebook's own register (issue 18, point 3): one vault record outside any case, rewritten by
// every commit in the same transaction as the case. Its counter only grows, so a case, a backup or
// a transfer that carries a lower one is older than this notebook; and it remembers, per case, the
// counter of the case's last commit, so a case rolled back whole (every record replaced by an older
// copy, which each still decrypts) is found: its seal carries a lower counter than the register.

export const NOTEBOOK_STATE_KIND = 'notebook-state';
/** One record per notebook, at a fixed opaque id (a random id is 128 bits: it never meets this one). */
export const NOTEBOOK_STATE_ID = '00000000000000000000000000000001';

const caseId = z.string().regex(/^[0-9a-f]{32}$/);
export const notebookStateSchema = z.strictObject({
  v: z.literal(1),
  /** Commits so far in this notebook: bumped by every one, never lowered. */
  counter: z.number().int().min(0),
  /** When the last commit was written (the "last saved" the notebook shows). */
  savedAt: z.number(),
  /** Per case: [counter of its last commit, its time, journal entries it left]. */
  cases: z.record(caseId, z.tuple([z.number().int().min(1), z.number(), z.number().int().min(0)])),
});
export type NotebookState = z.infer<typeof notebookStateSchema>;

/** `absent`: a notebook saved before issue 18 (or whose register was deleted); `damaged`: unreadable. */
export type NotebookStateRead =
  { status: 'ok'; state: NotebookState } | { status: 'absent' | 'damaged'; state: NotebookState };

export const EMPTY_NOTEBOOK_STATE: NotebookState = { v: 1, counter: 0, savedAt: 0, cases: {} };

export async function readNotebookState(session: VaultSession): Promise<NotebookStateRead> {
  try {
    const record = await session.getRecord(NOTEBOOK_STATE_ID, notebookStateSchema);
    return record.kind === NOTEBOOK_STATE_KIND
      ? { status: 'ok', state: record.payload }
      : { status: 'damaged', state: EMPTY_NOTEBOOK_STATE };
  } catch (error) {
    if (isVaultError(error, 'record-not-found')) return { status: 'absent', state: EMPTY_NOTEBOOK_STATE };
    if (isVaultError(error, 'record-damaged')) return { status: 'damaged', state: EMPTY_NOTEBOOK_STATE };
    throw error;
  }
}

/** The register's decoder for a payload read elsewhere (a backup's row); null when it is not one. */
export function parseNotebookState(payload: unknown): NotebookState | null {
  const parsed = notebookStateSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
