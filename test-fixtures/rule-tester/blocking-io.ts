// A local facade that re-exports node's blocking functions (typed no-blocking-in-async tests).
export { readFileSync, writeFileSync as saveFile, existsSync } from 'node:fs';
export * from 'node:child_process';

/** Our own function: it only shares the suffix. */
export function renderSync(template: string): string {
  return template.trim();
}
