import type * as ts from 'typescript';

/**
 * TypeScript's runtime values (TypeFlags, SymbolFlags, node tests) for code that holds type
 * information. Loaded on first use, not at import: the compiler takes longer to load than an
 * untyped or Python-only run takes to lint, and those runs never ask.
 */
export function typescript(): typeof ts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  return require('typescript') as typeof ts;
}
