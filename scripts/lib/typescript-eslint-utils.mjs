// An esbuild plugin for the CLI bundles' start-up: `@typescript-eslint/utils` resolves to the few
// parts of it that run (typescript-eslint-utils-runtime.ts beside this file), not to its index,
// which loads ESLint's whole CLI class through its TSESLint module.
import path from 'node:path';

export function typescriptEslintUtilsAtRunTime(root) {
  return {
    name: 'typescript-eslint-utils-at-run-time',
    setup(build) {
      build.onResolve({ filter: /^@typescript-eslint\/utils$/ }, () => ({ path: path.join(root, 'scripts', 'lib', 'typescript-eslint-utils-runtime.ts') }));
    },
  };
}
