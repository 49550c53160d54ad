import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Imports point one way: entrypoints → components → utils → content data; tests and scripts sit outside.
// docs/ARCHITECTURE.md draws the map; these rules keep it true.
/** An import of the top-level folder `name`, written relative (`../name/x`) or through WXT's aliases (`@/name/x`). */
const folder = (name, message) => ({ regex: `^(?:(?:\\.\\.?/)+|[@~]{1,2}/)${name}(?:/|$)`, message });
const notComponents = folder(
  'components',
  'utils/ never imports components/: move what both need (a type, a helper) into utils/.',
);
const notEntrypoints = folder('entrypoints', 'Entrypoints wire things together; nothing imports them.');
const notTests = folder(
  'tests',
  'Runtime code and scripts never import from tests/; move shared code to utils/ or scripts/lib/.',
);
const noZod = [
  {
    regex: '^zod(?:/|$)',
    message: 'zod is for build-time checks (wxt.config.ts, tests); runtime code stays zod-free.',
  },
  {
    regex: '(?:^|/)(?:settings-schema|registry-schema|content-schema|validate-content|validate-registry)$',
    allowTypeImports: true,
    message: 'This module imports zod: use `import type` here, or a zod-free helper in utils/.',
  },
];
const restrictImports = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        navigator: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Data is rendered as text, never as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text, never HTML.' },
        { property: 'outerHTML', message: 'Render text, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render text, never HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
        { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  { files: ['utils/**'], rules: restrictImports([notComponents, notEntrypoints, notTests]) },
  { files: ['entrypoints/**', 'components/**', 'content/**'], rules: restrictImports([notTests, ...noZod]) },
  { files: ['scripts/**'], rules: restrictImports([notTests]) },
);
