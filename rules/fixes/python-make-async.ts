import { decoratorName, decoratorsOf, isGenerator } from '../../analysis/python/async-definitions';
import { descendants } from '../../analysis/python/functions';
import { directScope } from '../../analysis/python/scope-bindings';
import { throughParentheses } from '../../analysis/python/value-use';
import { isAsync, type PyNode } from '../../languages/python/syntax-tree';
import { absoluteImportName } from '../../analysis/python/workspace-modules';

/** Dunder methods Python calls as coroutines; every other dunder must stay a plain `def`. */
const ASYNC_DUNDERS = new Set(['__call__', '__aenter__', '__aexit__', '__anext__']);

/** Decorators that keep a def callable the same way whether it is async or not. */
const NEUTRAL_DECORATORS = new Set(['staticmethod', 'classmethod', 'abstractmethod', 'abc.abstractmethod', 'override', 'typing.override']);

/** Calls that accept a coroutine: a def that becomes async may still be called inside these. */
const COROUTINE_RUNNERS = new Set([
  'asyncio.run', 'asyncio.create_task', 'asyncio.ensure_future', 'asyncio.gather', 'asyncio.wait_for', 'asyncio.shield',
  'asyncio.run_coroutine_threadsafe',
]);
const COROUTINE_RUNNER_METHODS = new Set(['run_until_complete', 'create_task', 'run_coroutine_threadsafe']);

/** Whether Python allows this def to be `async def` at all: not a lambda, and not a dunder Python calls synchronously. */
export function mayBeAsync(fn: PyNode): boolean {
  if (fn.type !== 'function_definition') return false;
  return !isDunder(fn) || ASYNC_DUNDERS.has(fn.fields.name?.text ?? '');
}

function isDunder(fn: PyNode): boolean {
  return /^__\w+__$/.test(fn.fields.name?.text ?? '');
}

/** The edit that turns `def` into `async def` (after any decorators, before the keyword). */
export function asyncKeywordInsertion(fn: PyNode): { at: number; text: string } {
  return { at: fn.range[0], text: 'async ' };
}

/**
 * Whether turning this plain def into `async def` keeps the file working: it may be async, it
 * is no generator (that would make it an async generator), returns no value (a caller awaiting
 * what it returns would get a coroutine instead), has only decorators that do not care, and
 * nothing in the file calls it synchronously or hands it on by name as a callback. Dunders are
 * never offered: Python calls them implicitly. Callers in
 * other files are not seen, which is why this is offered as a suggestion only.
 */
export function canBecomeAsync(fn: PyNode): boolean {
  if (!mayBeAsync(fn) || isAsync(fn) || isGenerator(fn) || returnsValue(fn)) return false;
  // Python calls dunders implicitly (`obj()`, `async with obj`), out of sight of the search below.
  if (isDunder(fn)) return false;
  if (!decoratorsOf(fn).every((decorator) => NEUTRAL_DECORATORS.has(decoratorName(decorator) ?? ''))) return false;
  const name = fn.fields.name?.text;
  if (!name) return false;
  const isMethod = directScope(fn)?.type === 'class_definition';
  let root = fn;
  while (root.parent) root = root.parent;
  for (const node of descendants(root, { enterFunctions: true })) {
    const reference = isMethod ? methodReference(node, name) : nameReference(node, name);
    if (reference && !isAwaitedOrRun(reference)) return false;
  }
  return true;
}

function returnsValue(fn: PyNode): boolean {
  const body = fn.fields.body;
  if (!body) return false;
  for (const node of descendants(body)) {
    if (node.type === 'return_statement' && node.children.length > 0 && node.children[0]?.type !== 'none') return true;
  }
  return false;
}

/** `x.name` anywhere: the method may be reached through any object. */
function methodReference(node: PyNode, name: string): PyNode | undefined {
  return node.type === 'attribute' && node.fields.attribute?.text === name ? node : undefined;
}

function nameReference(node: PyNode, name: string): PyNode | undefined {
  if (node.type !== 'identifier' || node.text !== name) return undefined;
  const parent = node.parent;
  if (parent?.type === 'attribute' && parent.fields.attribute === node) return undefined;
  if (parent?.type === 'keyword_argument' && parent.fields.name === node) return undefined;
  if ((parent?.type === 'function_definition' || parent?.type === 'class_definition') && parent.fields.name === node) return undefined;
  return node;
}

/** `await f()`, `asyncio.run(f())`, `loop.run_until_complete(f())`: calls that already treat it as a coroutine. */
function isAwaitedOrRun(reference: PyNode): boolean {
  const call = reference.parent;
  if (call?.type !== 'call' || call.fields.function !== reference) return false;
  const outer = throughParentheses(call).parent;
  if (outer?.type === 'await') return true;
  const runner = outer?.type === 'argument_list' ? outer.parent : undefined;
  if (runner?.type !== 'call') return false;
  const callee = runner.fields.function;
  if (COROUTINE_RUNNERS.has(absoluteImportName(callee) ?? '')) return true;
  return callee?.type === 'attribute' && COROUTINE_RUNNER_METHODS.has(callee.fields.attribute?.text ?? '');
}
