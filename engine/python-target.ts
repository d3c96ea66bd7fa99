import fs from 'node:fs';
import path from 'node:path';
import { UpwardLookup } from './upward-lookup';

/** Files that declare the oldest Python a project supports, nearest first in each folder. */
const PROJECT_FILES = ['pyproject.toml', 'setup.cfg', 'setup.py'];

/**
 * `requires-python = ">=3.8"` (PEP 621), `python = "^3.9"` (Poetry), `python_requires = >=3.7`
 * (setup.cfg, setup.py): the lowest `3.N` the project promises to support.
 */
const DECLARATIONS = [
  /^\s*requires-python\s*=\s*["']([^"']+)["']/m,
  /^\s*python\s*=\s*["']([^"']+)["']/m,
  /python_requires\s*=\s*["']?([^"'\n]+)/m,
];

/**
 * The Python version a file's project targets, read from the nearest pyproject.toml, setup.cfg
 * or setup.py above it; undefined when none says.
 */
export class PythonTargetLookup {
  private readonly targets = new UpwardLookup<string | undefined>(declaredVersion);

  targetFor(filePath: string): string | undefined {
    return this.targets.nearest(filePath);
  }
}

/** The folder's declared minimum ("3.8"), undefined when its project file says nothing, null when it has none. */
function declaredVersion(dir: string): string | undefined | null {
  let sawProjectFile = false;
  for (const name of PROJECT_FILES) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, name), 'utf8');
    } catch {
      continue;
    }
    sawProjectFile = true;
    for (const pattern of DECLARATIONS) {
      const specifier = pattern.exec(text)?.[1];
      const version = specifier ? lowestVersion(specifier) : undefined;
      if (version) return version;
    }
  }
  return sawProjectFile ? undefined : null;
}

/** The lowest `3.N` a specifier allows: `>=3.8,<4` → 3.8, `^3.10` → 3.10, `~=3.9.1` → 3.9. */
export function lowestVersion(specifier: string): string | undefined {
  for (const clause of specifier.split(/[,|]/)) {
    const match = /^\s*(>=|~=|\^|==|~|>)?\s*3\.(\d+)/.exec(clause);
    if (match && match[1] !== undefined) {
      const minor = Number(match[2]) + (match[1] === '>' ? 1 : 0);
      return `3.${minor}`;
    }
  }
  return undefined;
}
