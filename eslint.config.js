// @ts-check
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering (see README): src/ is the browser-free core and never imports extension/; the extension's
 * runtime contexts never import each other, only extension/shared and src/; only src/cli may use Node.
 */
const zones = [
  { target: './src', from: './extension', message: 'The core (src/) must not depend on the extension.' },
  { target: './src', from: './tests', message: 'The core must not import tests.' },
  ...['background', 'content', 'sidebar', 'options'].flatMap((ctx) =>
    ['background', 'content', 'sidebar', 'options']
      .filter((other) => other !== ctx)
      .map((other) => ({
        target: `./extension/${ctx}`,
        from: `./extension/${other}`,
        message: 'Extension contexts talk only through extension/shared/messages.ts.',
      })),
  ),
  { target: './extension', from: './src/cli', message: 'src/cli is Node-only.' },
  {
    target: ['./src/claims', './src/text', './src/match', './src/dates', './src/page'],
    from: './src/cli',
    message: 'Only src/cli may use Node.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.output/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // With noUncheckedIndexedAccess, `!` after a bounds check is clearer than a dead fallback.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: no remote or generated code.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: no generated code.' },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text as text (Preact or textContent), never as HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render text as text, never as HTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'Only src/cli may use Node.' }] }],
    },
  },
  {
    // Build and start scripts run in Node.
    files: ['scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // TypeScript checks names itself; no-undef does not know DOM or WebExtension types.
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Tests build DOM fixtures from HTML strings; that is not rendering page text.
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
