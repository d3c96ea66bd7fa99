import { isAsync, type PyNode } from '../../languages/python/syntax-tree';

const FUNCTION_TYPES = new Set(['function_definition', 'lambda']);

/** The innermost `def`, `async def` or lambda around a node; undefined at module or class level. */
export function enclosingFunction(node: PyNode): PyNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (FUNCTION_TYPES.has(current.type)) return current;
  }
  return undefined;
}

/** Whether the code runs as part of a coroutine body (not a nested def or lambda inside it). */
export function inCoroutine(node: PyNode): boolean {
  const fn = enclosingFunction(node);
  return fn !== undefined && fn.type === 'function_definition' && isAsync(fn);
}

/** The body statements of a function, module or block, looking through a `block` node. */
export function statementsOf(node: PyNode): PyNode[] {
  const body = node.type === 'module' || node.type === 'block' ? node : node.fields.body;
  return body?.children ?? [];
}

/**
 * Every node below `root` (itself included) in source order. Nested functions and classes are
 * yielded but not entered unless asked: their bodies run at another time.
 */
export function* descendants(root: PyNode, options: { enterFunctions?: boolean } = {}): Generator<PyNode> {
  // An explicit stack: nested generators (`yield*` per level) cost time in proportion to depth.
  const stack: PyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PyNode;
    yield node;
    if (node !== root && !options.enterFunctions && (FUNCTION_TYPES.has(node.type) || node.type === 'class_definition')) continue;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as PyNode);
  }
}

/** The name a `def` binds, or undefined for a lambda. */
export function functionName(fn: PyNode): string | undefined {
  return fn.fields.name?.text;
}
