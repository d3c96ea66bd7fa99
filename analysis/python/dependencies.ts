import { descendants, enclosingFunction } from './functions';
import type { PyNode } from '../../languages/python/syntax-tree';

// Data flow between Python statements, by name. Python has no declarations, so "which value does
// this name hold" is answered by the names an expression reads and the names a statement binds;
// both lean towards "depends" when unsure (an over-counted read only makes a rule quieter).

const FUNCTION_LIKE = new Set(['function_definition', 'lambda', 'class_definition']);

/**
 * Every name an expression reads: `conn.fetch(q, *args)` → conn, q, args. Attribute names and
 * keyword names are not reads; names bound inside comprehensions are counted too (harmless over-count).
 */
export function namesRead(node: PyNode): Set<string> {
  const names = new Set<string>();
  for (const child of descendants(node, { enterFunctions: true })) {
    if (child.type !== 'identifier') continue;
    const parent = child.parent;
    if (parent?.type === 'attribute' && parent.fields.attribute === child) continue;
    if (parent?.type === 'keyword_argument' && parent.fields.name === child) continue;
    names.add(child.text);
  }
  return names;
}

/** What an assignment target changes: names it binds, and objects it changes a part of. */
export interface TargetEffect {
  /** `a` in `a = ...`, `a, b` in `a, b = ...`. */
  bound: Set<string>;
  /** `self` in `self.x = ...`, `cache` in `cache[k] = ...`. */
  mutated: Set<string>;
}

export function targetEffect(target: PyNode): TargetEffect {
  const effect: TargetEffect = { bound: new Set(), mutated: new Set() };
  const visit = (node: PyNode): void => {
    switch (node.type) {
      case 'identifier':
        effect.bound.add(node.text);
        return;
      case 'attribute':
      case 'subscript': {
        const root = rootName(node);
        if (root) effect.mutated.add(root);
        // The key or index is read, not bound.
        return;
      }
      default:
        for (const child of node.children) visit(child);
    }
  };
  visit(target);
  return effect;
}

/** `self` of `self.db.conn`, `cache` of `cache[k].x`; undefined for calls and literals. */
export function rootName(node: PyNode): string | undefined {
  let current: PyNode | undefined = node;
  while (current && (current.type === 'attribute' || current.type === 'subscript')) current = current.fields.object ?? current.fields.value;
  return current?.type === 'identifier' ? current.text : undefined;
}

/** `self.db.conn` → [self, db, conn]; undefined for anything that is not a plain dotted name. */
export function memberPath(node: PyNode | undefined): string[] | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return [node.text];
  if (node.type !== 'attribute') return undefined;
  const object = memberPath(node.fields.object);
  const attribute = node.fields.attribute?.text;
  return object && attribute ? [...object, attribute] : undefined;
}

/** One call of a method chain: `b` of `a.b(x).c(y)`, with the object it is called on. */
export interface ChainLink {
  name: string;
  call: PyNode;
  receiver: PyNode | undefined;
}

/** `a.b(x).c(y)` → links c (receiver `a.b(x)`), b (receiver `a`), outermost first; and the root `a`. */
export function callChain(start: PyNode): { links: ChainLink[]; root: PyNode | undefined } {
  const links: ChainLink[] = [];
  let current: PyNode | undefined = unparenthesized(start);
  while (current?.type === 'call') {
    const callee: PyNode | undefined = unparenthesized(current.fields.function);
    if (callee?.type === 'identifier') {
      links.push({ name: callee.text, call: current, receiver: undefined });
      return { links, root: callee };
    }
    if (callee?.type !== 'attribute') {
      links.push({ name: '', call: current, receiver: undefined });
      return { links, root: callee };
    }
    links.push({ name: callee.fields.attribute?.text ?? '', call: current, receiver: callee.fields.object });
    current = unparenthesized(callee.fields.object);
  }
  return { links, root: current };
}

export function unparenthesized(node: PyNode | undefined): PyNode | undefined {
  let current = node;
  while (current?.type === 'parenthesized_expression' && current.children.length === 1) current = current.children[0];
  return current;
}

/** The positional and keyword argument values of a call, splats included as their inner value. */
export function argumentValues(call: PyNode): PyNode[] {
  return (call.fields.arguments?.children ?? []).map((argument) => {
    if (argument.type === 'keyword_argument') return argument.fields.value ?? argument;
    if (argument.type === 'list_splat' || argument.type === 'dictionary_splat') return argument.children[0] ?? argument;
    return argument;
  });
}

/**
 * An `await`, a walrus or a `yield` below `node` (outside nested functions): evaluating the
 * expression waits or changes state before the call even starts.
 */
export function waitsOrBinds(node: PyNode): boolean {
  for (const child of descendants(node)) {
    if (child === node) continue;
    if (child.type === 'await' || child.type === 'named_expression' || child.type === 'yield') return true;
  }
  return false;
}

/**
 * Whether something other than the straight-line code of `fn` can see the value of `name`: a
 * nested function, lambda or class reads it (the later call may run that closure), or `fn`
 * declares it `global`/`nonlocal` (any function may read it).
 */
export function visibleOutside(name: string, fn: PyNode | undefined): boolean {
  if (!fn) return true;
  for (const node of descendants(fn, { enterFunctions: true })) {
    if ((node.type === 'global_statement' || node.type === 'nonlocal_statement') && node.children.some((child) => child.text === name)) return true;
    if (node.type !== 'identifier' || node.text !== name) continue;
    const owner = closestFunctionLike(node);
    if (owner && owner !== fn && isInside(owner, fn)) return true;
  }
  return false;
}

function closestFunctionLike(node: PyNode): PyNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (FUNCTION_LIKE.has(current.type)) return current;
  return undefined;
}

export function isInside(node: PyNode, container: PyNode): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/** Whether `name` is read in the code of the same function after `position` (e.g. a loop variable after the loop). */
export function readAfter(name: string, position: number, at: PyNode): boolean {
  const fn = enclosingFunction(at);
  const root = fn?.fields.body;
  if (!root) return true;
  for (const node of descendants(root, { enterFunctions: true })) {
    if (node.type === 'identifier' && node.text === name && node.range[0] >= position) {
      const parent = node.parent;
      if (parent?.type === 'attribute' && parent.fields.attribute === node) continue;
      if (parent?.type === 'keyword_argument' && parent.fields.name === node) continue;
      return true;
    }
  }
  return false;
}

/** The names a function binds for itself: its parameters and what its own body assigns (not nested functions). */
export function localNames(fn: PyNode): Set<string> {
  const names = new Set<string>();
  for (const parameter of fn.fields.parameters?.children ?? []) {
    const name = parameter.type === 'identifier' ? parameter.text : (parameter.fields.name ?? parameter.children.find((child) => child.type === 'identifier'))?.text;
    if (name) names.add(name);
  }
  const body = fn.fields.body;
  if (!body) return names;
  for (const node of descendants(body)) {
    if (node.type === 'assignment' || node.type === 'augmented_assignment' || node.type === 'for_statement') {
      if (node.fields.left) for (const name of targetEffect(node.fields.left).bound) names.add(name);
    }
    if (node.type === 'as_pattern' && node.fields.alias) for (const name of targetEffect(node.fields.alias).bound) names.add(name);
    if (node.type === 'named_expression' && node.fields.name) names.add(node.fields.name.text);
  }
  return names;
}
