import { z } from 'zod';
import type { VaultSession } from '../vault';

// Personal notes on articles live in the encrypted vault, as records of kind 'article-note': what a
// magistrate writes beside an article can reveal a case. The entry id stays inside the ciphertext.

export const ARTICLE_NOTE_KIND = 'article-note';
export const ARTICLE_NOTE_MAX_LENGTH = 20_000;

const notePayload = z.strictObject({
  entryId: z.string().min(1).max(200),
  text: z.string().max(ARTICLE_NOTE_MAX_LENGTH),
});

export type ArticleNotePayload = z.infer<typeof notePayload>;

export interface ArticleNote extends ArticleNotePayload {
  id: string;
  updatedAt: number;
}

/** The part of an unlocked vault session notes need: easy to fake in tests. */
export type NoteVault = Pick<VaultSession, 'putRecord' | 'listRecords' | 'deleteRecord'>;

/** Every note, or those on one entry, newest first. Damaged records are skipped, not fatal. */
export async function listArticleNotes(vault: NoteVault, entryId?: string): Promise<ArticleNote[]> {
  const { records } = await vault.listRecords({ kind: ARTICLE_NOTE_KIND }, notePayload);
  return records
    .filter((r) => entryId === undefined || r.payload.entryId === entryId)
    .map((r) => ({ id: r.id, updatedAt: r.updatedAt, ...r.payload }))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function saveArticleNote(
  vault: NoteVault,
  note: { id?: string; entryId: string; text: string },
): Promise<string> {
  const payload = notePayload.parse({ entryId: note.entryId, text: note.text });
  const meta = await vault.putRecord({
    ...(note.id ? { id: note.id } : {}),
    kind: ARTICLE_NOTE_KIND,
    payload,
  });
  return meta.id;
}

export async function deleteArticleNote(vault: NoteVault, id: string): Promise<void> {
  await vault.deleteRecord(id);
}
