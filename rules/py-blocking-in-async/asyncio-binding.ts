import type { ImportTable } from '../../analysis/python/imports';
import type { NameResolver } from '../../analysis/python/names';
import type { PyModule, PyNode } from '../../languages/python/syntax-tree';

/** How a fix names the asyncio module at a place: an existing binding, or `asyncio` imported first. */
export interface AsyncioAccess {
  name: string;
  /** The import to insert when the file has no usable binding. */
  addImport?: { at: number; text: string };
}

/**
 * The name under which `asyncio` is reachable at `at`: the file's own `import asyncio` or
 * `import asyncio as aio` (the alias is kept), else `asyncio` after adding `import asyncio` at the
 * top of the imports. Undefined when the name `asyncio` means something else here, so adding the
 * import would not help.
 */
export function asyncioAccess(module: PyModule, imports: ImportTable, names: NameResolver, at: PyNode): AsyncioAccess | undefined {
  // `import asyncio.subprocess` binds `asyncio` too, so it is always a candidate.
  for (const name of new Set(['asyncio', ...importedAsyncioNames(module)])) {
    if (imports.lookup(name, at) === 'asyncio' && !names.isOwnName(name, at)) return { name };
  }
  const current = imports.lookup('asyncio', at);
  if (current !== undefined || names.isOwnName('asyncio', at)) return undefined;
  return { name: 'asyncio', addImport: importInsertion(module) };
}

/** importedAsyncioNames per file: asked once per blocking call, it walks the whole file. */
const asyncioNamesByModule = new WeakMap<PyModule, string[]>();

/** Every local name some `import asyncio [as x]` in the file binds, `asyncio` itself first. */
function importedAsyncioNames(module: PyModule): string[] {
  let names = asyncioNamesByModule.get(module);
  if (!names) {
    names = findAsyncioNames(module);
    asyncioNamesByModule.set(module, names);
  }
  return names;
}

function findAsyncioNames(module: PyModule): string[] {
  const found = new Set<string>();
  const visit = (node: PyNode): void => {
    if (node.type === 'import_statement') {
      for (const child of node.children) {
        if (child.type === 'dotted_name' && child.children.length === 1 && child.children[0]?.text === 'asyncio') found.add('asyncio');
        if (child.type === 'aliased_import' && child.fields.name?.children.length === 1 && child.fields.name.children[0]?.text === 'asyncio') {
          const alias = child.fields.alias?.text;
          if (alias) found.add(alias);
        }
      }
    }
    for (const child of node.children) visit(child);
  };
  visit(module);
  return [...found].sort((a, b) => Number(b === 'asyncio') - Number(a === 'asyncio'));
}

/**
 * Before the first module-level import (so the new import sits with the others), after the
 * docstring and any `from __future__` import (which must stay first); at the first statement
 * of a file without imports.
 */
function importInsertion(module: PyModule): { at: number; text: string } {
  const statements = module.children;
  let index = 0;
  if (isDocstring(statements[0])) index = 1;
  while (index < statements.length && isFutureImport(statements[index])) index++;
  const firstImport = statements.slice(index).find((statement) => statement.type === 'import_statement' || statement.type === 'import_from_statement');
  const before = firstImport ?? statements[index];
  if (before) return { at: before.range[0], text: 'import asyncio\n' };
  // Only a docstring and `__future__` imports: after the last of them, on a line of its own.
  const last = statements[statements.length - 1];
  return last ? { at: last.range[1], text: '\nimport asyncio' } : { at: 0, text: 'import asyncio\n' };
}

function isDocstring(statement: PyNode | undefined): boolean {
  return statement?.type === 'expression_statement' && statement.children.length === 1 && statement.children[0]?.type === 'string';
}

function isFutureImport(statement: PyNode | undefined): boolean {
  return statement?.type === 'future_import_statement' ||
    (statement?.type === 'import_from_statement' && statement.fields.module_name?.type === 'dotted_name' &&
      statement.fields.module_name.children.map((child) => child.text).join('.') === '__future__');
}
