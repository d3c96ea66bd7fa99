import { bindingsIn, lookupScopes, type Binding } from '../scope-bindings';
import { descendants } from '../functions';
import type { PyNode } from '../../../languages/python/syntax-tree';

// Which bindings of a name can give a use its value: reaching definitions, worked out on the
// syntax tree without building a control-flow graph. A binding whose block holds the use
// "dominates" it and hides every binding before it; bindings after it on a branch, and bindings
// later in a loop around the use (the next round), still reach. Where the tree cannot say (a use
// in a closure, a name declared `global`), every binding of the scope counts: that only ever
// adds candidates, so a rule that needs all candidates to agree stays quiet rather than guess.

const LOOP_TYPES = new Set(['for_statement', 'while_statement']);
const SCOPE_TYPES = new Set(['function_definition', 'lambda', 'class_definition', 'module']);

export interface Reaching {
  scope: PyNode;
  bindings: Binding[];
}

/** The bindings of the identifier `use` (a read) that may give it its value; undefined when Python would not find it in this file. */
export function reachingBindings(use: PyNode): Reaching | undefined {
  const name = use.text;
  for (const scope of lookupScopes(use)) {
    const bindings = bindingsIn(scope, name);
    if (bindings.length === 0) continue;
    if (bindings.some((binding) => binding.node.type === 'global_statement' || binding.node.type === 'nonlocal_statement')) return undefined;
    // Module and class names are read by functions that run at any time; a closure runs whenever it is called.
    if (scope.type === 'module' || scope.type === 'class_definition' || ownScope(use) !== scope) {
      return globallyRebound(scope, name) ? undefined : { scope, bindings };
    }
    return { scope, bindings: reachingInFunction(use, bindings, scope) };
  }
  return undefined;
}

function reachingInFunction(use: PyNode, bindings: Binding[], scope: PyNode): Binding[] {
  const at = use.range[0];
  const before = bindings.filter((binding) => effectAt(binding) <= at && !insideOwnValue(use, binding));
  const loops = enclosingLoops(use, scope);
  // The next round of a loop around the use sees what the rest of the loop body bound.
  const carried = bindings.filter((binding) => !before.includes(binding) && loops.some((loop) => contains(loop, binding.node)));
  let dominating: Binding | undefined;
  for (const binding of before) {
    if (dominates(binding, use) && (!dominating || effectAt(binding) > effectAt(dominating))) dominating = binding;
  }
  const reaching = dominating ? before.filter((binding) => binding === dominating || effectAt(binding) > effectAt(dominating)) : before;
  return [...reaching, ...carried];
}

/** Where a binding takes effect: after its value is computed (`x = x.next()` reads the old x). */
function effectAt(binding: Binding): number {
  const { node } = binding;
  if (binding.kind === 'parameter') return -1;
  if (node.type === 'for_statement' || node.type === 'for_in_clause') return node.fields.left?.range[1] ?? node.range[0];
  if (node.type === 'function_definition' || node.type === 'class_definition') return node.range[0];
  return node.range[1];
}

/** `x = f(x)`: the x read on the right is not the one being bound. */
function insideOwnValue(use: PyNode, binding: Binding): boolean {
  return binding.kind !== 'parameter' && contains(binding.node, use) && binding.node.type !== 'for_statement';
}

/**
 * Whether every path to `use` passes through `binding`: the binding's statement sits in a block
 * that holds the use (a `for` target only for the loop's own body; a parameter always).
 */
function dominates(binding: Binding, use: PyNode): boolean {
  if (binding.kind === 'parameter') return true;
  const { node } = binding;
  if (node.type === 'for_statement') return node.fields.body !== undefined && contains(node.fields.body, use);
  if (node.type === 'for_in_clause' || node.type === 'named_expression' || node.type === 'case_pattern') return false;
  const statement = statementOf(node);
  const block = statement?.parent;
  if (!statement || !block) return false;
  if (node.type === 'with_item' || node.type === 'as_pattern') return contains(statement, use) || contains(block, use);
  return contains(block, use) && !contains(statement, use);
}

/** The statement a binding node belongs to (the node itself for defs, classes, imports). */
function statementOf(node: PyNode): PyNode | undefined {
  for (let current: PyNode | null = node; current; current = current.parent) {
    if (current.parent?.type === 'block' || current.parent?.type === 'module') return current;
    if (current.type === 'except_clause') return undefined;
  }
  return undefined;
}

function enclosingLoops(use: PyNode, scope: PyNode): PyNode[] {
  const loops: PyNode[] = [];
  for (let current = use.parent; current && current !== scope; current = current.parent) {
    if (LOOP_TYPES.has(current.type)) loops.push(current);
  }
  return loops;
}

/** The nearest function, lambda, class or module around a node (a def's own name belongs outside). */
function ownScope(node: PyNode): PyNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (SCOPE_TYPES.has(current.type)) return current;
  }
  return undefined;
}

const globalsByModule = new WeakMap<PyNode, Set<string>>();

/** A module name that some function rebinds through `global` can hold anything. */
function globallyRebound(scope: PyNode, name: string): boolean {
  if (scope.type !== 'module') return false;
  let names = globalsByModule.get(scope);
  if (!names) {
    names = new Set<string>();
    for (const node of descendants(scope, { enterFunctions: true })) {
      if (node.type === 'global_statement') for (const child of node.children) names.add(child.text);
    }
    globalsByModule.set(scope, names);
  }
  return names.has(name);
}

export function contains(container: PyNode, node: PyNode): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}
