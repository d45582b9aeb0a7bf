import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import atlas from './src/build/eslint-layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    settings: { react: { version: '19.0' } },
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Corpus text is untrusted: it is only ever rendered as text.
      'react/no-danger': 'error',
      // Labels that wrap their input and put the text a few elements deep (scale steps) are fine.
      'jsx-a11y/label-has-associated-control': ['error', { depth: 4 }],
      'react/jsx-key': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='html']",
          message: 'd3 .html() injects markup; render text with React instead.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'innerHTML and outerHTML inject markup; render text with React instead.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe)$/]',
          message: 'This call parses markup; render text with React instead.',
        },
        {
          selector:
            "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'document.write parses markup; render text with React instead.',
        },
        {
          selector: "JSXAttribute[name.name='srcDoc']",
          message: 'srcDoc renders markup; corpus text is shown only as text.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The first page's guard runs in the browser as a classic script (the build only minifies it).
    files: ['public/**/*.js', 'src/first-page-guard.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    // Imports go down the layers only (src/build/eslint-layers.js has the table).
    files: ['src/**/*.{ts,tsx,js}'],
    plugins: { atlas },
    rules: { 'atlas/layers': 'error' },
  },
  {
    // Tests break fixtures on purpose through loosely typed copies.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
