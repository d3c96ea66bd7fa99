import fs from 'node:fs';
import path from 'node:path';
import { LINTED_EXTENSIONS } from '../engine/extensions';
import { listSourceFiles } from '../engine/source-files';

/** What the paths on the command line stand for. */
export interface Targets {
  /** Files to lint, each once: folders' files sorted, in the order the paths were given. */
  files: string[];
  /** Folders that could not be listed, and files named that Asyncwise does not lint. */
  notLinted: { path: string; reason: 'unreadableFile' | 'unreadableFolder' | 'notLintable'; detail: string }[];
  /** Paths that do not exist: bad usage, found before anything is linted. */
  missing: string[];
  /** Folders given that hold nothing to lint. */
  emptyFolders: string[];
  /** The folders given, and the folders of the files given. */
  roots: string[];
}

/**
 * Expands files and folders into the files to lint. A folder that cannot be listed does not stop
 * the others: it is kept for the report, like a file that cannot be read.
 */
export function collectTargets(paths: readonly string[]): Targets {
  const targets: Targets = { files: [], notLinted: [], missing: [], emptyFolders: [], roots: [] };
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    targets.files.push(file);
  };
  for (const given of paths) {
    const stats = statOf(given);
    if (stats === 'missing') {
      targets.missing.push(given);
    } else if (stats instanceof Error) {
      targets.notLinted.push({ path: given, reason: 'unreadableFile', detail: stats.message });
    } else if (stats.isDirectory()) {
      targets.roots.push(given);
      const found = listSourceFiles(given, LINTED_EXTENSIONS, (folder, error) => {
        targets.notLinted.push({ path: folder, reason: 'unreadableFolder', detail: error.message });
      });
      if (found.length === 0 && !targets.notLinted.some((entry) => entry.path === given)) targets.emptyFolders.push(given);
      found.forEach(add);
    } else if ((LINTED_EXTENSIONS as readonly string[]).includes(path.extname(given))) {
      // Named on purpose: also a declaration file or a `.min.js`, which a folder walk passes over.
      targets.roots.push(path.dirname(given));
      add(given);
    } else {
      targets.notLinted.push({ path: given, reason: 'notLintable', detail: '' });
    }
  }
  return targets;
}

/** The path's kind; 'missing' when nothing is there, the error when it cannot even be looked at. */
function statOf(file: string): fs.Stats | Error | 'missing' {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    return error instanceof Error ? error : new Error(String(error));
  }
}
