// What Asyncwise's code takes from @typescript-eslint/utils at run time, for the CLI bundles.
// The package's index also loads its `TSESLint` module, which loads ESLint's whole CLI class
// (caches, globbing, config loading) that a lint run never uses. The CLI builds resolve the
// package to this file (typescript-eslint-utils.mjs); a value not re-exported here fails the build.
export * as ASTUtils from '@typescript-eslint/utils/ast-utils';
export * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';
export { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
