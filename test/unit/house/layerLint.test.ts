import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.config.mjs, run on fixtures placed (virtually) where they would break a rule.
// Type-aware rules are switched off here: they need the file to exist in a tsconfig, and these rules don't.

const root = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function complaints(fixture: string, pretendPath: string): Promise<string[]> {
  const code = readFileSync(path.join(root, 'test/fixtures/violations', fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(root, pretendPath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint keeps the layers apart', () => {
  it('refuses an import that reaches past a feature face, and accepts the face and a light face', async () => {
    const found = await complaints('reachesIntoFeature.ts', 'renderer/ui/cases/Violation.ts');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/house\/feature-faces: Import 'vault' through its face.*'vaultSession'/);
  }, 60_000);

  it('lets a feature import its own files', async () => {
    const found = await complaints('reachesIntoFeature.ts', 'renderer/core/vault/violation.ts');
    expect(found.filter((m) => m.startsWith('house/'))).toEqual([]);
  }, 60_000);

  it('refuses bare and prefixed Node module names in renderer code', async () => {
    const found = await complaints('rendererImportsNode.ts', 'renderer/core/cases/violation.ts');
    expect(found.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(3);
  }, 60_000);

  it('refuses Dexie outside the storage modules, and allows it in one', async () => {
    expect(await complaints('dexieOutsideStorage.ts', 'renderer/ui/library/Violation.ts')).toEqual([
      expect.stringMatching(/Dexie lives in the storage modules only/),
    ]);
    expect(await complaints('dexieOutsideStorage.ts', 'renderer/core/cases/violation.ts')).toHaveLength(1);
    expect(await complaints('dexieOutsideStorage.ts', 'renderer/core/library/bookmarkStore.ts')).toEqual([]);
  }, 60_000);

  it('lets main share only the bridge contract with the renderer', async () => {
    const found = await complaints('mainImportsCore.ts', 'electron/main/violation.ts');
    expect(found).toEqual([expect.stringMatching(/Electron shares only the bridge contract/)]);
  }, 60_000);
});
