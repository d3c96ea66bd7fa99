import fs from 'node:fs';
import path from 'node:path';

/** Folders that hold dependencies or generated code, never the project's own sources. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'coverage', '__pycache__', 'venv', 'site-packages']);

/**
 * Every lintable file below `dir`, sorted: files with one of `extensions`, skipping
 * dependencies, hidden folders, declaration files and minified bundles.
 */
export function listSourceFiles(dir: string, extensions: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && isSource(entry.name, extensions)) files.push(full);
    }
  };
  visit(dir);
  return files.sort();
}

function isSource(name: string, extensions: readonly string[]): boolean {
  // Declaration files (.d.ts, Python's .pyi stubs) describe code; they run nothing.
  if (/\.d\.[mc]?ts$/.test(name) || /\.min\.[mc]?js$/.test(name) || name.endsWith('.pyi')) return false;
  return extensions.includes(path.extname(name));
}
