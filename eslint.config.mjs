import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { housePlugin } from './build/lint/featureFaces.mjs';

// Layer rules (README "Architecture"). Each block lists every pattern that applies to its files, because a
// later `no-restricted-imports` replaces an earlier one instead of adding to it.
const NO_NODE = 'The renderer runs in Chromium: no Node module (host services go through core/platform).';
// Bare names as exact paths: a pattern 'crypto/*' would also catch the app's own '../crypto/bytes'.
const nodeModulePaths = builtinModules.map((name) => ({ name, message: NO_NODE }));
const nodeBuiltins = { group: ['node:*'], message: NO_NODE };
const noElectron = {
  group: ['electron', 'electron/*', '**/electron/**'],
  message: 'The renderer reaches Electron only through the bridge (renderer/host).',
};
const noDexie = {
  group: ['dexie', 'dexie/*'],
  message: 'Dexie lives in the storage modules only (vault, *Db.ts, *Store.ts, trustState.ts).',
};
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'renderer/core is plain TypeScript: no React.',
};
const noUi = { group: ['**/ui/**', '**/ui'], message: 'Only the UI imports the UI.' };
const noHost = {
  group: ['**/host/**', '**/host'],
  message: 'renderer/core does not know its host: the UI passes a Platform in.',
};
const noCoreOrUi = {
  group: ['**/core/**', '**/ui/**', '**/host/**'],
  message: 'The bridge contract is neutral: it imports nothing from the renderer.',
};
const restrict = (...patterns) => ['error', { paths: nodeModulePaths, patterns }];

// Storage modules: the only renderer files that may import Dexie.
const STORAGE_MODULES = [
  'renderer/core/vault/**',
  'renderer/core/**/*Db.ts',
  'renderer/core/**/*Store.ts',
  'renderer/core/contentUpdate/trustState.ts',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-output/**',
      'content/**',
      'test/fixtures/violations/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, house: housePlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'house/feature-faces': 'error',
      'no-restricted-imports': restrict(noElectron, nodeBuiltins, noDexie),
    },
  },
  {
    files: STORAGE_MODULES,
    rules: { 'no-restricted-imports': restrict(noElectron, nodeBuiltins, noReact, noUi, noHost) },
  },
  {
    files: ['renderer/core/**/*.ts'],
    ignores: STORAGE_MODULES,
    rules: { 'no-restricted-imports': restrict(noElectron, nodeBuiltins, noDexie, noReact, noUi, noHost) },
  },
  {
    files: ['renderer/contract/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(noElectron, nodeBuiltins, noDexie, noReact, noCoreOrUi) },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/renderer/ui/**',
                '**/renderer/core/**',
                '**/renderer/host/**',
                'react',
                'react-dom',
                'dexie',
              ],
              message: 'Electron shares only the bridge contract (renderer/contract) with the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'build/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
