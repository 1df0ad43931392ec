// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering (see README), with ESLint's own no-restricted-imports (regular expressions on the import
 * path): src/ is the browser-free core and never imports extension/ or tests/; the extension's runtime
 * contexts never import each other, only extension/shared and src/; only src/cli may use Node.
 */
const CONTEXTS = ['background', 'content', 'sidebar', 'options', 'popup'];
const restrict = (...patterns) => ['error', { patterns }];
/** An import path that reaches into one of `contexts`, from any depth ("../x", "../../x/y", ".../extension/x"). */
const into = (contexts) => `(^|/)(${contexts.join('|')})(/|$)`;
const contextRules = CONTEXTS.map((ctx) => ({
  files: [`extension/${ctx}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': restrict(
      {
        regex: into(CONTEXTS.filter((c) => c !== ctx)),
        message: 'Extension contexts talk only through extension/shared/messages.ts.',
      },
      { regex: '(^|/)src/cli(/|$)', message: 'src/cli is Node-only.' },
    ),
  },
}));
const sharedRule = {
  files: ['extension/shared/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': restrict(
      { regex: into(CONTEXTS), message: 'extension/shared serves every context and imports none of them.' },
      { regex: '(^|/)src/cli(/|$)', message: 'src/cli is Node-only.' },
    ),
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.output/', 'artifacts/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
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
          selector: 'CallExpression[callee.property.name=/^(write|writeln|createContextualFragment|setHTMLUnsafe)$/]',
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
      'no-restricted-imports': restrict(
        { regex: '^node:', message: 'Only src/cli may use Node.' },
        {
          regex: '(^|/)(extension|tests)(/|$)',
          message: 'The core (src/) must not depend on the extension or the tests.',
        },
        { regex: '(^|/)cli(/|$)', message: 'Only src/cli may use Node.' },
      ),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '(^|/)(extension|tests)(/|$)',
        message: 'The core (src/) must not depend on the extension or the tests.',
      }),
    },
  },
  ...contextRules,
  sharedRule,
  {
    // Build and start scripts run in Node.
    files: ['scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The one CommonJS module: the wrapper around webextension-polyfill (extension/shared/browser.ts says why).
    files: ['extension/shared/polyfill.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.commonjs },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
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
