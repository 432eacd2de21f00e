import { describe, expect, it } from 'vitest';
import type {
  Decoder,
  PutRecordInput,
  RecordList,
  RecordQuery,
  VaultRecord,
} from '../../../renderer/core/vault';
import {
  ARTICLE_NOTE_KIND,
  deleteArticleNote,
  listArticleNotes,
  saveArticleNote,
  type NoteVault,
} from '../../../renderer/core/library/articleNotes';
import payloads from '../../fixtures/xss/payloads.json';

// An in-memory stand-in for an unlocked VaultSession: the real one is tested with the vault.
function fakeVault(): NoteVault & { rows: Map<string, VaultRecord<unknown>> } {
  const rows = new Map<string, VaultRecord<unknown>>();
  let n = 0;
  return {
    rows,
    putRecord<T>(input: PutRecordInput<T>) {
      const id = input.id ?? (n += 1).toString(16).padStart(32, '0');
      const meta = { id, kind: input.kind, caseId: input.caseId ?? null, updatedAt: n };
      rows.set(id, { ...meta, payload: input.payload });
      return Promise.resolve(meta);
    },
    listRecords<T>(query: RecordQuery = {}, decoder?: Decoder<T>): Promise<RecordList<T>> {
      const records = [...rows.values()]
        .filter((r) => query.kind === undefined || r.kind === query.kind)
        .map((r) => ({ ...r, payload: decoder ? decoder.parse(r.payload) : (r.payload as T) }));
      return Promise.resolve({ records, damaged: [] });
    },
    deleteRecord(id: string) {
      rows.delete(id);
      return Promise.resolve();
    },
  };
}

describe('article notes in the vault', () => {
  it("stores notes as 'article-note' records, outside any case, and lists them per entry", async () => {
    const vault = fakeVault();
    const id = await saveArticleNote(vault, { entryId: 'loi-09-001/art-53', text: 'Voir dossier' });
    await saveArticleNote(vault, { entryId: 'oit-c182/art-3', text: 'Autre' });
    expect(vault.rows.get(id)).toMatchObject({ kind: ARTICLE_NOTE_KIND, caseId: null });
    expect((await listArticleNotes(vault, 'loi-09-001/art-53')).map((n) => n.text)).toEqual(['Voir dossier']);
    await deleteArticleNote(vault, id);
    expect(await listArticleNotes(vault, 'loi-09-001/art-53')).toEqual([]);
  });

  it('keeps hostile text verbatim: notes are data, rendered as text, never as HTML', async () => {
    const vault = fakeVault();
    for (const { payload } of payloads) await saveArticleNote(vault, { entryId: 'a/b', text: payload });
    const texts = (await listArticleNotes(vault, 'a/b')).map((n) => n.text).sort();
    expect(texts).toEqual(payloads.map((p) => p.payload).sort());
  });
});
