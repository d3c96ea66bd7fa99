import { descendants } from '../../analysis/python/functions';
import type { ImportTable } from '../../analysis/python/imports';
import type { PyModule, PyNode } from '../../languages/python/syntax-tree';
import type { ComprehensionShape } from './comprehension';
import type { LoopShape } from './loop';
import type { Facts } from './operations';
import type { Step } from './sequence';

/** Past this width the calls go one per line, as black would put them. */
const MAX_LINE = 88;

/** One text edit of a suggestion. */
export interface Edit {
  range: [number, number];
  text: string;
}

/** How the file reaches `asyncio.gather`: an existing import, or one to add. */
interface GatherName {
  callee: string;
  addImport: Edit | undefined;
}

/**
 * `a = await f()` + `b = await g()` → `a, b = await asyncio.gather(f(), g())`; dropped results
 * become `await asyncio.gather(f(), g())` (or `_` when some are kept and the file never uses `_`);
 * annotations stay as bare declarations above (`a: A`). Undefined when the statements cannot
 * become one without losing something: comments between them, or a `_` the file already uses.
 */
export function gatherStatement(run: readonly Step[], facts: Facts, imports: ImportTable): Edit[] | undefined {
  const first = run[0]!.statement;
  const last = run.at(-1)!.statement;
  if (hasCommentsWithin(first.range[0], last.range[1], facts)) return undefined;
  const gather = gatherName(first, facts, imports);
  if (!gather) return undefined;
  const kept = run.filter((step) => step.target);
  if (kept.length > 0 && kept.length < run.length && usesUnderscore(facts.sourceCode.ast)) return undefined;
  const indent = indentOf(first, facts);
  const targets = run.map((step) => (step.target ? facts.sourceCode.textOf(step.target) : '_'));
  const declarations = run.flatMap((step) => (step.annotation && step.target ? [`${facts.sourceCode.textOf(step.target)}: ${facts.sourceCode.textOf(step.annotation)}`] : []));
  const head = kept.length === 0 ? '' : `${targets.join(', ')} = `;
  const combined = `${head}${gatherCall(gather.callee, run.map((step) => step.awaited.text), indent, head.length)}`;
  const text = [...declarations, combined].join(`\n${indent}`);
  return [...(gather.addImport ? [gather.addImport] : []), { range: [first.range[0], last.range[1]], text }];
}

/** `for x in items: await work(x)` → `await asyncio.gather(*(work(x) for x in items))`. */
export function gatherLoop(shape: LoopShape, facts: Facts, imports: ImportTable): Edit[] | undefined {
  // `d[k] = await f(k)`: zipping keys with results needs an iterable that can be walked twice.
  if (shape.collected?.keyed) return undefined;
  const start = shape.collected?.declaration.range[0] ?? shape.loop.range[0];
  if (hasCommentsWithin(start, shape.loop.range[1], facts)) return undefined;
  const gather = gatherName(shape.loop, facts, imports);
  if (!gather) return undefined;
  const source = facts.sourceCode;
  const iterable = isTight(shape.iterable) ? source.textOf(shape.iterable) : `(${source.textOf(shape.iterable)})`;
  const generator = `*(${shape.awaited.text} for ${source.textOf(shape.target)} in ${iterable})`;
  const head = shape.collected ? `${shape.collected.name} = ` : '';
  const text = `${head}await ${gather.callee}(${generator})`;
  return [...(gather.addImport ? [gather.addImport] : []), { range: [start, shape.loop.range[1]], text }];
}

/** `[await work(x) for x in items]` → `await asyncio.gather(*(work(x) for x in items))`: gather returns a list too. */
export function gatherComprehension(shape: ComprehensionShape, facts: Facts, imports: ImportTable): Edit[] | undefined {
  const { comprehension } = shape;
  // A dict needs its keys beside gather's results: left to the author.
  if (comprehension.type !== 'list_comprehension') return undefined;
  if (hasCommentsWithin(comprehension.range[0], comprehension.range[1], facts)) return undefined;
  const gather = gatherName(comprehension, facts, imports);
  if (!gather) return undefined;
  const clauses = shape.clauses.map((clause) => facts.sourceCode.textOf(clause)).join(' ');
  const text = `await ${gather.callee}(*(${shape.awaited.text} ${clauses}))`;
  return [...(gather.addImport ? [gather.addImport] : []), { range: comprehension.range, text }];
}

function gatherCall(callee: string, calls: readonly string[], indent: string, headWidth: number): string {
  const inline = `await ${callee}(${calls.join(', ')})`;
  if (indent.length + headWidth + inline.length <= MAX_LINE && !inline.includes('\n')) return inline;
  const inner = `${indent}    `;
  return `await ${callee}(\n${calls.map((call) => `${inner}${call},`).join('\n')}\n${indent})`;
}

/** Operands that keep their meaning after `in` of a generator without parentheses. */
function isTight(node: PyNode): boolean {
  return ['identifier', 'attribute', 'call', 'subscript', 'list', 'tuple', 'parenthesized_expression', 'string', 'dictionary', 'set'].includes(node.type);
}

function hasCommentsWithin(start: number, end: number, facts: Facts): boolean {
  return facts.sourceCode.comments.some((comment) => comment.range[0] > start && comment.range[1] <= end);
}

function usesUnderscore(module: PyModule): boolean {
  for (const node of descendants(module, { enterFunctions: true })) if (node.type === 'identifier' && node.text === '_') return true;
  return false;
}

export function indentOf(node: PyNode, facts: Facts): string {
  const text = facts.sourceCode.text;
  const lineStart = text.lastIndexOf('\n', node.range[0] - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, node.range[0]))?.[0] ?? '';
}

/**
 * `asyncio.gather` as this place in the file can call it: `asyncio.gather` after `import asyncio`,
 * `aio.gather` after `import asyncio as aio`, `gather` after `from asyncio import gather`; else
 * `asyncio.gather` plus an `import asyncio` at the top. Undefined when the file binds `asyncio`
 * to something else.
 */
function gatherName(at: PyNode, facts: Facts, imports: ImportTable): GatherName | undefined {
  const module = facts.sourceCode.ast;
  for (const local of importedNames(module)) {
    const path = imports.lookup(local, at);
    if (path === 'asyncio' && !facts.names.isOwnName(local, at)) return { callee: `${local}.gather`, addImport: undefined };
    if (path === 'asyncio.gather') return { callee: local, addImport: undefined };
  }
  if (facts.names.isOwnName('asyncio', at) || imports.lookup('asyncio', at) !== undefined) return undefined;
  return { callee: 'asyncio.gather', addImport: { range: [importPosition(module), importPosition(module)], text: 'import asyncio\n' } };
}

/** importedNames per file: asked once per group reported, it walks the whole file. */
const importedNamesByModule = new WeakMap<PyModule, Set<string>>();

/** Every name an import statement anywhere in the file mentions. */
function importedNames(module: PyModule): Set<string> {
  let names = importedNamesByModule.get(module);
  if (!names) {
    names = new Set<string>();
    for (const node of descendants(module, { enterFunctions: true })) {
      if (node.type !== 'import_statement' && node.type !== 'import_from_statement') continue;
      for (const child of descendants(node)) if (child.type === 'identifier') names.add(child.text);
    }
    importedNamesByModule.set(module, names);
  }
  return names;
}

/** Before the first top-level statement that is neither the module docstring nor a `from __future__` import. */
function importPosition(module: PyModule): number {
  for (const [index, statement] of module.children.entries()) {
    const docstring = index === 0 && statement.type === 'expression_statement' && statement.children[0]?.type === 'string';
    const future = statement.type === 'future_import_statement';
    if (!docstring && !future) return statement.range[0];
  }
  return module.range[1];
}
