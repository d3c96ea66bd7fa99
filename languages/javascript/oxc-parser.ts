import type * as Oxc from 'oxc-parser';

let oxc: typeof Oxc | null | undefined;

/**
 * oxc-parser (a native ESTree parser) when it loads here, else null. It ships one binary per
 * platform as an optional dependency; where none installed (or Node cannot load ES modules with
 * `require`), JavaScript is parsed with typescript-estree as before.
 */
export function loadOxc(): typeof Oxc | null {
  if (oxc === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use: the typed path never needs it
      oxc = require('oxc-parser') as typeof Oxc;
    } catch {
      oxc = null;
    }
  }
  return oxc;
}

/** oxc's language for a file: JavaScript files may hold JSX, as TypeScript parses them. */
export function oxcLanguage(filePath: string): 'js' | 'jsx' | 'ts' | 'tsx' {
  if (/\.[mc]?ts$/.test(filePath)) return 'ts';
  if (filePath.endsWith('.tsx')) return 'tsx';
  return 'jsx';
}
