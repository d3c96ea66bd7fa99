import path from 'node:path';

/**
 * Whether `text` imports the module at `filePath` by a relative specifier: the cheap test for
 * "an edit there can change types here". Matches `import … from './db'`, `import('./db.js')`,
 * `require('../lib/db')`, `export … from './db'`.
 */
export function importsModule(text: string, filePath: string): boolean {
  const base = path.basename(filePath).replace(/\.[mc]?[jt]sx?$/, '');
  if (base === 'index') return importsModule(text, path.dirname(filePath));
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const specifier = new RegExp(`(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*)['"]\\.{1,2}/(?:[^'"]*/)?${escaped}(?:\\.[mc]?[jt]sx?)?['"]`);
  return specifier.test(text);
}
