// Lints this repository with typescript-eslint's type-checked rules and Asyncwise's own plugin,
// loaded from source through the same build the package ships.
import tseslint from 'typescript-eslint';
import asyncwise from './dist/eslint-plugin-asyncwise/index.mjs';

export default tseslint.config(
  {
    // demos/walkthrough/: the walkthrough's file has its two findings on purpose.
    ignores: ['dist/', 'node_modules/', '.test-artifacts/', '.vscode-test/', 'test-fixtures/', 'demos/walkthrough/', '**/*.d.ts'],
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Rule code compares AST node and scope definition types with string literals throughout.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    // node:test tracks the promises its describe/it return; awaiting them would serialize suites.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    ...asyncwise.configs['recommended-type-checked'],
  },
  {
    // Build and test scripts are synchronous tools: blocking calls there block nobody but are
    // still reported inside their async parts, which is what we want.
    files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
