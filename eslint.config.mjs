import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Layer rules: core is plain TypeScript shared with build scripts; the renderer never reaches Electron;
// Electron never reaches the React UI.
const noReactOrElectron = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'renderer/core is plain TypeScript: no React.' },
  { group: ['electron', 'electron/*'], message: 'renderer/core never imports Electron.' },
  { group: ['**/ui/**', '**/electron/**'], message: 'renderer/core imports neither ui/ nor electron/.' },
  { group: ['node:*'], message: 'renderer/core runs in the browser: no Node built-ins.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'content/**'] },
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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/electron/**', 'electron'], message: 'The renderer reaches Electron only through core/platform.' }] },
      ],
    },
  },
  {
    files: ['renderer/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: noReactOrElectron }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/ui/**', '**/ui/**'], message: 'Electron never imports the React UI.' }] },
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
