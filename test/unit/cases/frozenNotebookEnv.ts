import { loadFrozenDump, type FrozenDump } from '../vault/loadFrozenDump';
import type { TestEnv } from '../vault/vaultTestEnv';

export const NOTEBOOK_V1_PASSPHRASE = 'Carnet gelé v1 : vingt-trois pirogues sur le lac Kivu';
export const NOTEBOOK_V1_RECOVERY_KEY = 'Q4MK-T8BC-CHE3-F591-2DPD-J2RA-CG4S-CN5C';
export const CASE_A = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
export const CASE_B = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';

export interface NotebookDump extends FrozenDump {
  vault: { meta: object[]; records: { id: string; kind: string; caseId: string | null }[] };
}

/** Puts the frozen notebook into this test's IndexedDB under the Dexie schema it was written with. */
export function loadFrozenNotebook(env: TestEnv): Promise<NotebookDump> {
  return loadFrozenDump<NotebookDump>(
    env,
    new URL('../../fixtures/vault/notebook-v1/notebook.json', import.meta.url),
  );
}
