import type { Namespace } from './catalog';
import type { Language } from './languages';

export type Messages = Readonly<Record<string, string>>;
type ChunkModule = Readonly<Record<string, Partial<Record<Language, Messages>>>>;
type Loader = () => Promise<ChunkModule>;

// One lazy chunk per namespace and language: build/catalogChunks.mts cuts `catalog/<ns>.ts?lang=xx` down to
// that language. The globs list every file of catalog/ but the index and the helper; Vite needs literal
// arguments, hence one call per language.
const GLOBS: Record<Language, Record<string, Loader>> = {
  fr: import.meta.glob<ChunkModule>(
    ['./catalog/*.ts', '!./catalog/index.ts', '!./catalog/defineNamespace.ts'],
    { query: { lang: 'fr' } },
  ),
  en: import.meta.glob<ChunkModule>(
    ['./catalog/*.ts', '!./catalog/index.ts', '!./catalog/defineNamespace.ts'],
    { query: { lang: 'en' } },
  ),
  sw: import.meta.glob<ChunkModule>(
    ['./catalog/*.ts', '!./catalog/index.ts', '!./catalog/defineNamespace.ts'],
    { query: { lang: 'sw' } },
  ),
};

/** The namespaces that have a chunk (a file `catalog/<namespace>.ts` exporting `<namespace>`). */
export const CHUNKED_NAMESPACES: readonly string[] = Object.keys(GLOBS.fr).map((file) =>
  file.replace(/^\.\/catalog\/|\.ts$/g, ''),
);

/** Loads one namespace in one language: its own small chunk, fetched once. */
export async function loadCatalogChunk(language: Language, namespace: Namespace): Promise<Messages> {
  const load = GLOBS[language][`./catalog/${namespace}.ts`];
  if (!load) throw new Error(`No catalogue chunk for ${namespace}.${language}`);
  const messages = (await load())[namespace]?.[language];
  if (!messages) throw new Error(`Catalogue chunk ${namespace}.${language} has no messages`);
  return messages;
}
