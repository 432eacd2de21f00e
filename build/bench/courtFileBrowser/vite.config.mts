import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { catalogChunks } from '../../catalogChunks.mjs';

// The bench page of bench:courtfile, built like the app (React, one catalogue chunk per namespace and
// language). A config file, not inline options: Vite bundles it, so the catalogue plugin loads as in the app.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  plugins: [react(), catalogChunks()],
  build: {
    outDir: resolve(import.meta.dirname, '../../../out/bench-courtfile'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
