// ESLint's built-in formatters. ESLint's package.json does not export them, so the build resolves
// these paths itself (scripts/lib/eslint-internals.mjs) and bundles the files.
declare module 'eslint/lib/cli-engine/formatters/stylish.js' {
  import type { ESLint } from 'eslint';

  const format: (results: ESLint.LintResult[], data?: Partial<ESLint.LintResultData> & { color?: boolean }) => string;
  export = format;
}

declare module 'eslint/lib/cli-engine/formatters/json.js' {
  import type { ESLint } from 'eslint';

  const format: (results: ESLint.LintResult[]) => string;
  export = format;
}
