// Every write to a case goes through its write queue (issue 17, point 7). Shown on a real vault
// (WebCrypto, Dexie on fake-indexeddb), and kept true by a scan of the application's sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../renderer/core/cases/auditChain';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { commitChange } from '../../../renderer/core/cases/caseCommit';
import { KINDS } from '../../../renderer/core/cases/caseSchemas';
import { withStatus } from '../../../renderer/core/cases/caseStatus';
import type { QueuedCase } from '../../../renderer/core/cases/caseWriteQueue';
import { saveCaseChange, saveNewCase } from '../../../renderer/core/cases/saveCaseChange';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { PASSPHRASE, TEST_KDF, testEnv } from '../vault/vaultTestEnv';

const FIELDS = {
  prefix: 'BKV',
  openedOn: '2026-11-02',
  incidentOn: '',
  place: { province: 'Sud-Kivu', territory: 'Kalehe', site: 'Nyabibwe', lat: null, lon: null },
  summary: 'Résumé de départ',
};

async function newCase() {
  const { session } = await createVault({
    name: 'Bureau',
    passphrase: PASSPHRASE,
    kdf: TEST_KDF,
    env: testEnv(),
  });
  const caseId = newOpaqueId();
  await saveNewCase(session, caseId, { prefix: 'BKV', year: 2026, seq: 1 }, FIELDS, 1000);
  return { session, caseId };
}

describe('two edits of one case at once', () => {
  it('both land, in the order they were made, with the journal whole', async () => {
    const { session, caseId } = await newCase();
    // What two screens do when a person saves the summary and, before it finishes, changes the status.
    await Promise.all([
      saveCaseChange(
        session,
        caseId,
        (fresh) => ({ action: 'edited', file: { ...fresh.file, summary: 'Résumé corrigé' } }),
        () => 2000,
      ),
      saveCaseChange(
        session,
        caseId,
        (fresh) => ({ action: 'status', file: withStatus(fresh.file, 'en-suivi', '2026-11-03', 2001) }),
        () => 2001,
      ),
      saveCaseChange(
        session,
        caseId,
        { action: 'note', put: [{ kind: KINDS.note, payload: { v: 1, at: 2002, text: 'Troisième' } }] },
        () => 2002,
      ),
    ]);
    const after = await loadCase(session, caseId);
    expect(after.file.summary).toBe('Résumé corrigé');
    expect(after.file.status).toBe('en-suivi');
    expect(after.notes.map((n) => n.value.text)).toEqual(['Troisième']);
    expect(after.audit.map((a) => [a.seq, a.action, a.at])).toEqual([
      [0, 'created', 1000],
      [1, 'edited', 2000],
      [2, 'status', 2001],
      [3, 'note', 2002],
    ]);
    expect(await verifyAuditChain(after.audit, after.file.audit)).toMatchObject({ ok: true, problems: [] });
  });

  it('without the queue, the same two edits on one copy lose the first and fork the journal', async () => {
    const { session, caseId } = await newCase();
    // Only a cast gets around the compiler: what a screen holding its own copy of the case would do.
    const stale = (await loadCase(session, caseId)) as QueuedCase;
    await Promise.all([
      commitChange(
        session,
        stale,
        { action: 'edited', file: { ...stale.file, summary: 'Résumé corrigé' } },
        2000,
      ),
      commitChange(
        session,
        stale,
        { action: 'status', file: withStatus(stale.file, 'en-suivi', '2026-11-03', 2001) },
        2001,
      ),
    ]);
    const after = await loadCase(session, caseId);
    // Whichever transaction ends last wins: one of the two edits is gone, whatever the order.
    expect(after.file.summary === 'Résumé corrigé' && after.file.status === 'en-suivi').toBe(false);
    expect((await verifyAuditChain(after.audit, after.file.audit)).ok).toBe(false);
  });
});

// ---- The sources keep to it ----

const ROOT = join(import.meta.dirname, '../../../renderer');

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name)
      ? [{ path: relative(ROOT, full), text: readFileSync(full, 'utf8') }]
      : [];
  });
}

/** Files allowed to write vault records directly, and why. Anything else must go through the queue. */
const DIRECT_WRITERS: Record<string, string> = {
  'core/cases/caseCommit.ts': 'the one transaction of a case change, called only from the queue (QueuedCase)',
  'core/cases/noteDrafts.ts':
    'note drafts: kind case-note-draft, no case id in clear, outside the case and its journal',
  'core/library/articleNotes.ts': 'notes on library articles, not case records',
  'core/backup/conflicts.ts': 'restoring a merge conflict copy, run in the case queue (runInCaseQueue)',
  'core/cases/deleteCase.ts':
    'purging a whole case deleted past its undo period: the case record becomes a tombstone, so no commit; run in the case queue (enqueueCaseWrite)',
  'core/statistics/exportJournal.ts':
    'the export journal (issue 21): kind stats-export, outside any case, written before the file and settled after it',
  'core/cases/notebookCheck.ts':
    'repairing the case list snapshot (kind case-list, outside any case), run in the notebook queue',
};

/** Every way around the write queue found in these sources, as "file: what". */
function bypasses(files: readonly { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    const file = path.split('\\').join('/');
    if (/\.(putRecords?|deleteRecords?)\(/.test(text) && !(file in DIRECT_WRITERS))
      found.push(`${file}: writes vault records directly`);
    if (/as QueuedCase\b/.test(text) && file !== 'core/cases/caseWriteQueue.ts')
      found.push(`${file}: forges a QueuedCase`);
    if (
      /\bcreateCase\(/.test(text) &&
      !['core/cases/caseCommit.ts', 'core/cases/saveCaseChange.ts'].includes(file)
    )
      found.push(`${file}: creates a case outside the queue`);
    if (/from '[./]*core\/cases\/caseCommit'/.test(text))
      found.push(`${file}: the UI imports caseCommit (use saveCaseChange)`);
  }
  return found;
}

describe('one way to write a case', () => {
  it('no module of the application writes a case around the queue', () => {
    const files = sources(ROOT);
    expect(files.length).toBeGreaterThan(100);
    expect(bypasses(files)).toEqual([]);
  });

  it('the scan catches each way around it', () => {
    const screen = (text: string) => [{ path: 'ui/cases/SomeForm.tsx', text }];
    expect(bypasses(screen("await session.putRecords([{ kind: 'case', payload }]);"))).toHaveLength(1);
    expect(bypasses(screen('await commitChange(session, bundle as QueuedCase, change, now);'))).toHaveLength(
      1,
    );
    expect(bypasses(screen('await createCase(session, id, number, fields, now);'))).toHaveLength(1);
    expect(bypasses(screen("import { commitChange } from '../../core/cases/caseCommit';"))).toHaveLength(1);
    expect(bypasses(screen('await saveCaseChange(session, caseId, change, nowMs);'))).toEqual([]);
  });
});
