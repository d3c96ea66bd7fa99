import { descendants, enclosingFunction } from './functions';
import type { PyModule, PyNode } from '../../languages/python/syntax-tree';

/**
 * What the imports of a file bind: local name → dotted path, e.g.
 *   import asyncio as aio             aio   → asyncio
 *   from time import sleep as pause   pause → time.sleep
 *   import urllib.request             urllib → urllib
 *   from .db import fetch_user        fetch_user → .db.fetch_user
 * Imports inside a function count only in that function.
 */
export class ImportTable {
  private readonly moduleLevel = new Map<string, string>();
  private readonly perFunction = new Map<PyNode, Map<string, string>>();

  constructor(module: PyModule) {
    for (const node of descendants(module, { enterFunctions: true })) {
      if (node.type !== 'import_statement' && node.type !== 'import_from_statement') continue;
      const scope = enclosingFunction(node);
      let table = this.moduleLevel;
      if (scope) {
        table = this.perFunction.get(scope) ?? new Map<string, string>();
        this.perFunction.set(scope, table);
      }
      for (const [local, path] of importedNames(node)) table.set(local, path);
    }
  }

  /** The dotted path a local name was imported as, seen from `at`. */
  lookup(name: string, at: PyNode): string | undefined {
    for (let scope = enclosingFunction(at); scope; scope = enclosingFunction(scope)) {
      const local = this.perFunction.get(scope)?.get(name);
      if (local) return local;
    }
    return this.moduleLevel.get(name);
  }

  /** Every module path imported anywhere, e.g. to ask whether a file uses asyncio at all. */
  has(path: string): boolean {
    const all = [this.moduleLevel, ...this.perFunction.values()];
    return all.some((table) => [...table.values()].some((value) => value === path || value.startsWith(`${path}.`)));
  }
}

function importedNames(node: PyNode): [string, string][] {
  if (node.type === 'import_statement') {
    return node.children.map((child) => {
      if (child.type === 'aliased_import') return [child.fields.alias?.text ?? '', dotted(child.fields.name)];
      // `import a.b.c` binds `a`, which stands for the package a.
      const path = dotted(child);
      return [path.split('.')[0] ?? path, path.split('.')[0] ?? path];
    });
  }
  const from = node.fields.module_name;
  const base = from?.type === 'relative_import' ? relative(from) : dotted(from);
  return node.children
    .filter((child) => child !== from && (child.type === 'dotted_name' || child.type === 'aliased_import'))
    .map((child) => {
      if (child.type === 'aliased_import') return [child.fields.alias?.text ?? '', `${base}.${dotted(child.fields.name)}`];
      const name = dotted(child);
      return [name, `${base}.${name}`];
    });
}

function dotted(node: PyNode | undefined): string {
  if (!node) return '';
  if (node.type === 'identifier') return node.text;
  return node.children.filter((child) => child.type === 'identifier').map((child) => child.text).join('.');
}

/** `from ..pkg import x` keeps its dots: `..pkg`. */
function relative(node: PyNode): string {
  const prefix = node.children.find((child) => child.type === 'import_prefix');
  const dots = prefix ? prefix.range[1] - prefix.range[0] : 0;
  const name = node.children.find((child) => child.type === 'dotted_name');
  return '.'.repeat(dots) + dotted(name);
}
