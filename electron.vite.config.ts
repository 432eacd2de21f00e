import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { version } from './package.json';
import react from '@vitejs/plugin-react';
import { isReleaseBuild, releaseTrust } from './build/releaseTrust.mjs';
import { catalogChunks, startNamespaces } from './build/catalogChunks.mjs';

// Custom folders (electron/, renderer/) need explicit entries: electron-vite looks in src/ otherwise.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    // Release builds leave the development root out of the renderer (build/releaseTrust.ts).
    // One chunk per catalogue namespace and language, the library's French ones preloaded (build/catalogChunks.mts).
    plugins: [
      react(),
      releaseTrust(isReleaseBuild()),
      catalogChunks({
        startNamespaces: startNamespaces(
          resolve(__dirname, 'renderer/ui/shell/pageNamespaces.ts'),
          'library',
        ),
        startPage: 'renderer/ui/pages/LibraryPage.tsx',
        // The pack's start reads (ui/content/packSources.ts, core/contentUpdate/lazy.ts) are imported by
        // ContentProvider with import(): preloaded, they do not wait for the start bundle to run.
        startChunks: ['intl-messageformat', 'packSources', 'lazy'],
      }),
    ],
    define: {
      __APP_VERSION__: JSON.stringify(version),
      // Release builds (DALILI_RELEASE=1) refuse imported packs signed with the public development key.
      __ALLOW_DEV_PACKS__: JSON.stringify(process.env.DALILI_RELEASE !== '1'),
      // The browser tests' lock probe exists only in the web build (renderer/ui/vault/lockProbe.ts).
      __LOCK_PROBE__: 'false',
    },
    // The search worker reads the content face too: the release build leaves the development root out of it.
    worker: { format: 'es', plugins: () => [releaseTrust(isReleaseBuild())] },
    build: {
      chunkSizeWarningLimit: 1600,
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
