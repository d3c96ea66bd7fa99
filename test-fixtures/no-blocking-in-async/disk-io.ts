// A local facade over node's fs and child_process: re-exports, no code of its own.
export { readFileSync, writeFileSync as saveFile, existsSync } from 'node:fs';
export * from 'node:child_process';
export { gzipSync } from 'node:zlib';

/** Our own function: it only shares the suffix. */
export function renderSync(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
