// ESLint (flat config): typescript-eslint strict typing, Office add-in rules, and the purity wall around src/core.
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

const nodeAndUi = ['react', 'react-dom', 'react-dom/*', 'exceljs', 'jszip', 'fs', 'fs/*', 'path', 'os', 'child_process',
  'worker_threads', 'http', 'https', 'net', 'url', 'crypto', 'stream', 'buffer', 'util', 'zlib'];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    // Build configs and small scripts are CommonJS run by Node.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'warn',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Only the Office.js adapter (and the add-in entry points) may touch the Office API.
    files: ['src/core/**/*.ts', 'src/ingest/**/*.ts', 'src/report/**/*.ts', 'src/app/**/*.ts', 'src/cli/**/*.ts', 'src/adapters/xlsx/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'Excel', 'Office', 'OfficeExtension', 'fetch', 'XMLHttpRequest'] },
  },
  {
    // The domain core is pure: no Office, DOM, Node, React or file I/O (DEVELOPERS.md, architecture).
    files: ['src/core/**/*.ts', 'src/ingest/**/*.ts', 'src/report/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeAndUi.filter((n) => !n.includes('*')),
        patterns: ['node:*', '@fluentui/*', '**/adapters/**', '**/taskpane/**', '**/cli/**', '**/commands/**', 'react-dom/*', 'fs/*'],
      }],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'OfficeExtension', 'document', 'window', 'navigator', 'fetch',
        'XMLHttpRequest', 'localStorage', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // React components receive actions as props and never call Office.js themselves.
    files: ['src/taskpane/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'Excel', 'Office', 'OfficeExtension', 'fetch', 'XMLHttpRequest'],
      'no-restricted-imports': ['error', { patterns: ['**/adapters/**'] }],
    },
  },
);
