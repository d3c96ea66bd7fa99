import fs from 'node:fs';
import path from 'node:path';

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

/** `Requires-Python: >=3.7` in an installed package's PKG-INFO (egg-info) or METADATA (dist-info). */
const METADATA_DECLARATION = /^Requires-Python:\s*(.+)$/m;

/**
 * The Python version a file's project targets. Looked for upwards from the file, nearest first:
 * a pyproject.toml, setup.cfg or setup.py that declares it (one that says nothing does not stop
 * the search: a setup.py higher up may), a `.python-version` file (pyenv, uv), and the metadata
 * an installed or built package carries beside its folder (`<package>-*.egg-info/PKG-INFO`,
 * `<package>-*.dist-info/METADATA`). Undefined when nothing says.
 */
export class PythonTargetLookup {
  private readonly folders = new Map<string, { version: string | null; checkedAt: number }>();

  targetFor(filePath: string): string | undefined {
    let child = path.resolve(filePath);
    for (let dir = path.dirname(child); ; child = dir, dir = path.dirname(dir)) {
      const version = this.cached(dir, () => declaredVersion(dir)) ?? this.cached(path.join(dir, '\0', path.basename(child)), () => packageMetadataVersion(dir, path.basename(child)));
      if (version) return version;
      if (path.dirname(dir) === dir) return undefined;
    }
  }

  /** Answers are kept per folder for a few seconds: lints do not read the same files again, yet an edit is seen soon. */
  private cached(key: string, probe: () => string | null): string | null {
    const now = Date.now();
    const known = this.folders.get(key);
    if (known && now - known.checkedAt < RECHECK_AFTER_MS) return known.version;
    const version = probe();
    this.folders.set(key, { version, checkedAt: now });
    return version;
  }
}

const RECHECK_AFTER_MS = 5000;

/** The folder's declared minimum ("3.8"); null when no file there says (look further up). */
function declaredVersion(dir: string): string | null {
  for (const name of PROJECT_FILES) {
    const text = readText(path.join(dir, name));
    if (text === undefined) continue;
    for (const pattern of DECLARATIONS) {
      const specifier = pattern.exec(text)?.[1];
      const version = specifier ? lowestVersion(specifier) : undefined;
      if (version) return version;
    }
  }
  const pinned = readText(path.join(dir, '.python-version'));
  const match = pinned === undefined ? undefined : /^\s*(?:cpython-|python)?3\.(\d+)/m.exec(pinned);
  return match ? `3.${match[1]}` : null;
}

/** `Requires-Python` of the `<package>-*.egg-info` / `.dist-info` beside the package's folder in `dir`. */
function packageMetadataVersion(dir: string, packageName: string): string | null {
  const wanted = normalise(packageName);
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return null;
  }
  for (const entry of entries) {
    const match = /^(.+?)(?:-[^-]*)?\.(egg-info|dist-info)$/.exec(entry);
    if (!match || normalise(match[1]!) !== wanted) continue;
    const text = readText(path.join(dir, entry, match[2] === 'egg-info' ? 'PKG-INFO' : 'METADATA'));
    const specifier = text === undefined ? undefined : METADATA_DECLARATION.exec(text)?.[1];
    const version = specifier ? lowestVersion(specifier) : undefined;
    if (version) return version;
  }
  return null;
}

/** Distribution and import names compare case-blind, with `-`, `_` and `.` alike. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '_');
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
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
