import fs from 'node:fs';
import path from 'node:path';
import { moduleCoroutineNames } from './async-definitions';
import { parsePython } from '../../languages/python/parse';
import { resolveName } from './scope-bindings';
import type { PyModule, PyNode } from '../../languages/python/syntax-tree';

/**
 * Where an imported name comes from, as Python spells it: `level` leading dots (0 = absolute) and
 * the dotted path after them, up to and including the imported name.
 *   from .db import fetch     → { level: 1, path: ['db', 'fetch'] }
 *   from . import db          → { level: 1, path: ['db'] }
 *   import pkg.mod as m       → { level: 0, path: ['pkg', 'mod'] }
 *   import pkg.mod            → { level: 0, path: ['pkg'] }  (binds `pkg`)
 */
export interface ImportedPath {
  level: number;
  path: string[];
}

/** What `local` stands for in one import statement; undefined when the statement does not bind it. */
export function importedPath(statement: PyNode, local: string): ImportedPath | undefined {
  if (statement.type === 'import_statement') {
    for (const child of statement.children) {
      if (child.type === 'aliased_import' && child.fields.alias?.text === local) return { level: 0, path: segments(child.fields.name) };
      if (child.type === 'dotted_name' && child.children[0]?.text === local) return { level: 0, path: [local] };
    }
    return undefined;
  }
  if (statement.type !== 'import_from_statement') return undefined;
  const from = statement.fields.module_name;
  let level = 0;
  let base: string[] = [];
  if (from?.type === 'relative_import') {
    const prefix = from.children.find((child) => child.type === 'import_prefix');
    level = prefix ? prefix.range[1] - prefix.range[0] : 0;
    base = segments(from.children.find((child) => child.type === 'dotted_name'));
  } else {
    base = segments(from);
  }
  for (const child of statement.children) {
    if (child === from) continue;
    if (child.type === 'aliased_import' && child.fields.alias?.text === local) return { level, path: [...base, ...segments(child.fields.name)] };
    if (child.type === 'dotted_name' && segments(child).join('.') === local) return { level, path: [...base, local] };
  }
  return undefined;
}

function segments(node: PyNode | undefined): string[] {
  if (!node) return [];
  if (node.type === 'identifier') return [node.text];
  return node.children.filter((child) => child.type === 'identifier').map((child) => child.text);
}

/**
 * The dotted path an expression names through the file's imports, when its root name is bound only
 * by imports of one meaning where Python looks it up: `m.fetch` after `import pkg.mod as m` → pkg.mod.fetch.
 */
export function importedPathOf(expression: PyNode): ImportedPath | undefined {
  const attributes: string[] = [];
  let root = expression;
  while (root.type === 'attribute') {
    const attribute = root.fields.attribute?.text;
    const object = root.fields.object;
    if (!attribute || !object) return undefined;
    attributes.unshift(attribute);
    root = object;
  }
  if (root.type !== 'identifier') return undefined;
  const bindings = resolveName(root.text, root)?.bindings ?? [];
  if (bindings.length === 0 || bindings.some((binding) => binding.kind !== 'import')) return undefined;
  // The same import written twice is still one meaning; two different ones (try/except ImportError) are not.
  const [imported, ...others] = bindings.map((binding) => importedPath(binding.node, root.text));
  if (!imported || others.some((other) => !other || other.level !== imported.level || other.path.join('.') !== imported.path.join('.'))) return undefined;
  return { level: imported.level, path: [...imported.path, ...attributes] };
}

/**
 * The dotted name an expression stands for through an absolute import, shadowing respected:
 * `aio.sleep` after `import asyncio as aio` → `asyncio.sleep`; undefined for relative imports,
 * locals, parameters and the file's own names.
 */
export function absoluteImportName(expression: PyNode | undefined): string | undefined {
  const imported = expression ? importedPathOf(expression) : undefined;
  return imported?.level === 0 ? imported.path.join('.') : undefined;
}

/**
 * Whether `target` names an `async def` (returning a coroutine) at the top of a Python file in the
 * workspace, read from disk: `from .db import fetch` seen from `app/views.py` looks in
 * `app/db.py` or `app/db/__init__.py`. Absolute paths are looked up from the file's folder, the
 * folder above its outermost package, and the working directory. Never throws: a file that is
 * missing, unreadable or unparsable simply names nothing.
 */
export function isWorkspaceCoroutine(fromFile: string, target: ImportedPath, cwd: string | undefined): boolean {
  const name = target.path[target.path.length - 1];
  const modulePath = target.path.slice(0, -1);
  if (!name || (target.level === 0 && modulePath.length === 0)) return false;
  for (const file of moduleFileCandidates(fromFile, target.level, modulePath, cwd)) {
    const defines = fileDefinesCoroutine(file, name);
    if (defines !== undefined) return defines;
  }
  return false;
}

function moduleFileCandidates(fromFile: string, level: number, modulePath: string[], cwd: string | undefined): string[] {
  const roots: string[] = [];
  if (level > 0) {
    let base = path.dirname(path.resolve(fromFile));
    for (let up = 1; up < level; up++) base = path.dirname(base);
    roots.push(base);
  } else {
    roots.push(...absoluteImportRoots(fromFile, cwd));
  }
  return roots.flatMap((root) => {
    const joined = path.join(root, ...modulePath);
    return modulePath.length === 0 ? [path.join(joined, '__init__.py')] : [`${joined}.py`, path.join(joined, '__init__.py')];
  });
}

/**
 * Where `import pkg.mod` may be found from a file, the way sys.path usually ends up in a project:
 * the file's folder, the folder above its outermost package, and, inside the working directory,
 * every folder up to it (src layouts, namespace packages without `__init__.py`).
 */
function absoluteImportRoots(fromFile: string, cwd: string | undefined): string[] {
  const folder = path.dirname(path.resolve(fromFile));
  const roots = [folder];
  let top = folder;
  while (isFile(path.join(top, '__init__.py')) && path.dirname(top) !== top) top = path.dirname(top);
  if (!roots.includes(top)) roots.push(top);
  const workspace = cwd ? path.resolve(cwd) : undefined;
  if (workspace && folder.startsWith(`${workspace}${path.sep}`)) {
    for (let up = path.dirname(folder); up.startsWith(workspace); up = path.dirname(up)) {
      if (!roots.includes(up)) roots.push(up);
      if (up === workspace) break;
    }
  }
  return roots;
}

/** Files larger than this are generated or vendored, not a module someone calls into by hand. */
const MAX_MODULE_BYTES = 2_000_000;

/**
 * One workspace file as far as imports into it are followed: the names its text defines (cheap
 * filters before parsing), and the parse, made once and only when a question needs it. Cached
 * per path and modification time.
 */
interface ModuleEntry {
  mtimeMs: number;
  size: number;
  /** Names after `async def` anywhere in the text. */
  asyncDefNames: Set<string>;
  /** Names after `def`, `async def` or `class` at the start of a line (the module's top). */
  topNames: Set<string>;
  text: string | undefined;
  module: PyModule | undefined;
  coroutineNames: Set<string> | undefined;
}

const byPath = new Map<string, ModuleEntry>();

/**
 * Candidates recently found missing: most imports name third-party modules that are no workspace
 * file at all, and one lint may ask about each many times. A file created meanwhile is seen once
 * the interval is over; an existing file is checked for edits every time.
 */
const recentlyMissing = new Map<string, number>();
const RECHECK_MISSING_AFTER_MS = 2000;

/** The file's entry, read again when it changed; null when there is no such file (or it is too large). */
function moduleEntry(file: string): ModuleEntry | null {
  const now = Date.now();
  const missingSince = recentlyMissing.get(file);
  if (missingSince !== undefined && now - missingSince < RECHECK_MISSING_AFTER_MS) return null;
  const entry = readEntry(file);
  if (entry) recentlyMissing.delete(file);
  else recentlyMissing.set(file, now);
  return entry;
}

function readEntry(file: string): ModuleEntry | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size > MAX_MODULE_BYTES) return null;
  let entry = byPath.get(file);
  if (entry?.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
    const text = fs.readFileSync(file, 'utf8');
    const names = (pattern: RegExp) => new Set([...text.matchAll(pattern)].map((match) => match[1] ?? ''));
    entry = {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      asyncDefNames: names(/\basync\s+def\s+(\w+)/g),
      topNames: names(/^(?:async\s+)?(?:def|class)\s+(\w+)/gm),
      text,
      module: undefined,
      coroutineNames: undefined,
    };
    byPath.set(file, entry);
  }
  return entry;
}

function parsed(entry: ModuleEntry): PyModule {
  if (!entry.module) {
    entry.module = parsePython(entry.text ?? '');
    entry.text = undefined;
  }
  return entry.module;
}

/**
 * Whether a file defines `name` as a coroutine function at its top. The file is parsed only when
 * its text has an `async def` of that name, so following an import of a plain function costs a
 * read and a regular expression.
 */
function fileDefinesCoroutine(file: string, name: string): boolean | undefined {
  try {
    const entry = moduleEntry(file);
    if (!entry) return undefined;
    if (!entry.asyncDefNames.has(name)) return false;
    entry.coroutineNames ??= moduleCoroutineNames(parsed(entry));
    return entry.coroutineNames.has(name);
  } catch {
    return undefined;
  }
}

/**
 * The parsed workspace module that defines the last name of `target` (`from .clients import
 * Client` → the tree of `clients.py`), when its text has that name after `class` or `def` at the
 * start of a line. Never throws.
 */
export function workspaceModuleDefining(fromFile: string, target: ImportedPath, cwd: string | undefined): { file: string; module: PyModule } | undefined {
  const name = target.path[target.path.length - 1];
  const modulePath = target.path.slice(0, -1);
  if (!name || (target.level === 0 && modulePath.length === 0)) return undefined;
  for (const file of moduleFileCandidates(fromFile, target.level, modulePath, cwd)) {
    try {
      const entry = moduleEntry(file);
      if (!entry) continue;
      return entry.topNames.has(name) ? { file, module: parsed(entry) } : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
