import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { keepOneLanguage, startNamespaces } from '../../../build/catalogChunks.mjs';
import { catalog, type Namespace } from '../../../renderer/ui/i18n/catalog';
import { CHUNKED_NAMESPACES, loadCatalogChunk } from '../../../renderer/ui/i18n/catalogChunks';
import { LANGUAGES } from '../../../renderer/ui/i18n/languages';
import { PAGE_NAMESPACES, SHELL_NAMESPACES } from '../../../renderer/ui/shell/pageNamespaces';

const CATALOG_DIR = path.resolve(import.meta.dirname, '../../../renderer/ui/i18n/catalog');
const namespaceFiles = readdirSync(CATALOG_DIR).filter((f) => f !== 'index.ts' && f !== 'defineNamespace.ts');
const work = mkdtempSync(path.join(tmpdir(), 'dalili-chunks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the bundler gets for `catalog/<file>?lang=<language>`, compiled and run. */
async function cutModule(file: string, language: string): Promise<Record<string, unknown>> {
  const cut = keepOneLanguage(readFileSync(path.join(CATALOG_DIR, file), 'utf8'), language, file);
  if (cut === undefined) throw new Error(`${file}: not cut`);
  const js = ts.transpileModule(cut, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  // The call to defineNamespace is gone; if its import survived, the module would fail to load here.
  const out = path.join(work, `${file}.${language}.mjs`);
  writeFileSync(out, js);
  return (await import(pathToFileURL(out).href)) as Record<string, unknown>;
}

describe('catalogue chunks: one namespace, one language', () => {
  it('every namespace of the catalogue has its own file, and every file is a namespace', () => {
    expect([...CHUNKED_NAMESPACES].sort()).toEqual(Object.keys(catalog).sort());
    expect(namespaceFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(catalog).sort());
  });

  for (const file of namespaceFiles) {
    const ns = file.replace(/\.ts$/, '') as Namespace;
    it(`${ns}: the cut module holds exactly one language's messages, equal to the catalogue's`, async () => {
      for (const language of LANGUAGES) {
        const module = await cutModule(file, language);
        expect(module[ns], `${ns}.${language}`).toEqual({ [language]: catalog[ns][language] });
      }
    });
  }

  it('a namespace written in another shape is refused, not shipped with every language', () => {
    // `{ fr: { a: 'fr' }, en: { a: 'en' }, … }` for the languages given.
    const messages = (languages: readonly string[]) =>
      `{ ${languages.map((l) => `${l}: { a: '${l}' }`).join(', ')} }`;
    expect(keepOneLanguage(`export const x = ${messages(LANGUAGES)};`, 'fr')).toBeUndefined();
    expect(
      keepOneLanguage(`export const x = defineNamespace(${messages(LANGUAGES.slice(0, -1))});`, 'fr'),
    ).toBeUndefined();
    expect(keepOneLanguage(`export const x = defineNamespace(${messages(LANGUAGES)});`, 'en')).toBe(
      `export const x = ({ en: { a: 'en' } });`,
    );
  });

  it('the build preloads the frame and library namespaces, read from the same lists the app uses', () => {
    const file = path.resolve(import.meta.dirname, '../../../renderer/ui/shell/pageNamespaces.ts');
    expect(startNamespaces(file, 'library')).toEqual([...SHELL_NAMESPACES, ...PAGE_NAMESPACES.library]);
    expect(startNamespaces(file, 'cases')).toEqual([...SHELL_NAMESPACES, ...PAGE_NAMESPACES.cases]);
    expect(() => startNamespaces(file, 'nowhere')).toThrow(/PAGE_NAMESPACES.nowhere/);
  });

  it('the app loader returns each namespace in each language', async () => {
    for (const ns of Object.keys(catalog) as Namespace[]) {
      for (const language of LANGUAGES)
        expect(await loadCatalogChunk(language, ns)).toEqual(catalog[ns][language]);
    }
  });
});
