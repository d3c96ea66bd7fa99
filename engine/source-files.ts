import fs from 'node:fs';
import path from 'node:path';

/** Folders that hold dependencies or generated code, never the project's own sources. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'coverage', '__pycache__', 'venv', 'site-packages']);

/** Called for a folder that cannot be listed; without it the error is thrown. */
export type OnUnreadableFolder = (folder: string, error: Error) => void;

/**
 * Every lintable file below `dir`, sorted: files with one of `extensions`, skipping
 * dependencies, hidden folders, declaration files and minified bundles. A symbolic link to a file
 * counts as that file (a broken link is listed too, so that reading it says what is wrong); links
 * to folders are not followed, so a cycle of links cannot trap the walk.
 */
export function listSourceFiles(dir: string, extensions: readonly string[], onUnreadable?: OnUnreadableFolder): string[] {
  const files: string[] = [];
  const visit = (current: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch (error) {
      if (!onUnreadable) throw error;
      onUnreadable(current, error instanceof Error ? error : new Error(String(error)));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if ((entry.isFile() || (entry.isSymbolicLink() && !isLinkToFolder(full))) && isSourceFileName(entry.name, extensions)) files.push(full);
    }
  };
  visit(dir);
  return files.sort();
}

/** Whether a file name is one the walk lints (what a file named on the command line is judged by). */
export function isSourceFileName(name: string, extensions: readonly string[]): boolean {
  // Declaration files (.d.ts, Python's .pyi stubs) describe code; they run nothing.
  if (/\.d\.[mc]?ts$/.test(name) || /\.min\.[mc]?js$/.test(name) || name.endsWith('.pyi')) return false;
  return extensions.includes(path.extname(name));
}

function isLinkToFolder(link: string): boolean {
  try {
    return fs.statSync(link).isDirectory();
  } catch {
    return false;
  }
}
