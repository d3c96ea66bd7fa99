import { unparenthesized } from '../../analysis/python/dependencies';
import { descendants, enclosingFunction } from '../../analysis/python/functions';
import type { NameResolver } from '../../analysis/python/names';
import type { PyNode } from '../../languages/python/syntax-tree';

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'generator_expression', 'dictionary_comprehension']);
const COMBINERS = new Set(['asyncio.gather', 'asyncio.wait']);

/**
 * The first place in the module that runs `fn` once per item: a call of it in the body of a
 * `for` loop or in a comprehension, two or more calls of it in one `asyncio.gather(...)`, or the
 * function handed to `map(...)`. Module functions are found by name in the scope that defines
 * them; methods as `self.name(...)`/`cls.name(...)` inside their class. `while` loops are left
 * out: they poll or retry, and one session per round is a choice.
 */
export function perItemCaller(fn: PyNode, names: NameResolver): PyNode | undefined {
  const name = fn.fields.name?.text;
  const definition = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  const scope = definition.parent;
  if (!name || !scope) return undefined;
  const inClass = scope.type === 'block' && scope.parent?.type === 'class_definition';
  const area = inClass ? scope.parent! : scope.type === 'block' ? (scope.parent ?? scope) : scope;
  if (definitionsOf(name, scope) !== 1) return undefined;
  for (const node of descendants(area, { enterFunctions: true })) {
    if (isInside(node, fn)) continue;
    if (!refersTo(node, name, inClass)) continue;
    const reference = node;
    const call = reference.parent?.type === 'call' && reference.parent.fields.function === reference ? reference.parent : undefined;
    if (call && (inLoopBody(call) || inComprehension(call) || repeatedInCombiner(call, name, inClass, names))) return call;
    if (!call && handedToMap(reference, names)) return reference.parent?.parent ?? reference;
  }
  return undefined;
}

/** `fetch` (a module or local function) or `self.fetch` / `cls.fetch` (a method). */
function refersTo(node: PyNode, name: string, inClass: boolean): boolean {
  if (!inClass) {
    if (node.type !== 'identifier' || node.text !== name) return false;
    const parent = node.parent;
    return !(parent?.type === 'attribute' && parent.fields.attribute === node) && !(parent?.type === 'keyword_argument' && parent.fields.name === node);
  }
  if (node.type !== 'attribute' || node.fields.attribute?.text !== name) return false;
  const object = node.fields.object;
  return object?.type === 'identifier' && (object.text === 'self' || object.text === 'cls');
}

/** How many `def`s of `name` the scope has at its own level: more than one means the caller's target is unclear. */
function definitionsOf(name: string, scope: PyNode): number {
  return scope.children.filter((statement) => {
    const definition = statement.type === 'decorated_definition' ? statement.fields.definition : statement;
    return definition?.type === 'function_definition' && definition.fields.name?.text === name;
  }).length;
}

function isInside(node: PyNode, container: PyNode): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/** In the body of a `for` loop (not its iterable) of the same function. */
function inLoopBody(call: PyNode): boolean {
  const fn = enclosingFunction(call);
  for (let current = call.parent; current && current !== fn; current = current.parent) {
    if (current.type === 'for_statement' && current.fields.body && isInside(call, current.fields.body)) return true;
  }
  return false;
}

/** In the element part of a comprehension: `[await fetch(u) for u in urls]`, `(fetch(u) for u in urls)`. */
function inComprehension(call: PyNode): boolean {
  for (let current = call.parent; current; current = current.parent) {
    if (current.type === 'lambda' || current.type === 'function_definition') return false;
    if (COMPREHENSIONS.has(current.type) && current.fields.body && isInside(call, current.fields.body)) return true;
  }
  return false;
}

/** `asyncio.gather(fetch(a), fetch(b))`: two or more direct calls of the function in one combination. */
function repeatedInCombiner(call: PyNode, name: string, inClass: boolean, names: NameResolver): boolean {
  let argument = call;
  if (argument.parent?.type === 'await') argument = argument.parent;
  const list = argument.parent;
  const combiner = list?.type === 'argument_list' ? list.parent : undefined;
  if (combiner?.type !== 'call' || !COMBINERS.has(names.qualifiedName(combiner.fields.function) ?? '')) return false;
  const calls = list!.children.filter((child) => {
    const inner = unparenthesized(child);
    return inner?.type === 'call' && inner.fields.function !== undefined && refersTo(inner.fields.function, name, inClass);
  });
  return calls.length >= 2;
}

/** `map(fetch, urls)`: the function itself is the first argument of the builtin `map`. */
function handedToMap(reference: PyNode, names: NameResolver): boolean {
  const list = reference.parent;
  const call = list?.type === 'argument_list' ? list.parent : undefined;
  return call?.type === 'call' && list?.children[0] === reference && names.qualifiedName(call.fields.function) === 'builtins.map';
}
