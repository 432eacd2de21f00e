import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { isReleaseBuild, releaseTrust } from './build/releaseTrust.mjs';
import { catalogChunks, startNamespaces } from './build/catalogChunks.mjs';

const { version: packageVersion } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'),
) as { version: string };

// The same renderer as in Electron, built for the browser preview and the browser tests.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [
    react(),
    releaseTrust(isReleaseBuild()),
    // One chunk per catalogue namespace and language; the library's French ones are preloaded.
    catalogChunks({
      startNamespaces: startNamespaces(
        resolve(import.meta.dirname, 'renderer/ui/shell/pageNamespaces.ts'),
        'library',
      ),
      startPage: 'renderer/ui/pages/LibraryPage.tsx',
      // The pack's start reads (ui/content/packSources.ts, core/contentUpdate/lazy.ts) are imported by
      // ContentProvider with import(): preloaded, they do not wait for the start bundle to run.
      startChunks: ['intl-messageformat', 'packSources', 'lazy'],
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(packageVersion),
    __ALLOW_DEV_PACKS__: JSON.stringify(process.env.DALILI_RELEASE !== '1'),
    // The lock probe the browser tests read (renderer/ui/vault/lockProbe.ts); never in a release build.
    __LOCK_PROBE__: JSON.stringify(process.env.DALILI_RELEASE !== '1'),
  },
  // Workers are started with { type: 'module' }: bundle them as ES modules too.
  // Workers are bundled on their own: the release build must leave the development root out of them too.
  worker: { format: 'es', plugins: () => [releaseTrust(isReleaseBuild())] },
  // The one large chunk is the passphrase dictionaries (French and common words), loaded only when a
  // passphrase is being chosen.
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true, chunkSizeWarningLimit: 1600 },
  logLevel: 'warn',
});
