import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export interface AsyncContext {
  /** The async function whose body the node runs in. */
  asyncFunction: FunctionNode;
  /** The nearest enclosing function is that async function, so `await` may be written here. */
  awaitAllowed: boolean;
}

/** Array methods that call their callback before they return, inside the caller's turn. */
const SYNC_CALLBACK_METHODS = new Set([
  'every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'forEach',
  'map', 'reduce', 'reduceRight', 'some', 'sort', 'toSorted',
]);

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}

/**
 * The async function a node runs inside, looking through synchronous callbacks that run during
 * the same turn (`items.map(f => ...)`, `new Promise(resolve => ...)`). A node in a plain
 * synchronous function, a class field initializer or a static block is not in async code.
 */
export function findAsyncContext(node: TSESTree.Node): AsyncContext | undefined {
  let awaitAllowed = true;
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.StaticBlock) return undefined;
    if (current.type === AST_NODE_TYPES.PropertyDefinition && !isFunctionValue(current)) return undefined;
    if (!isFunctionNode(current)) continue;
    if (current.async) return { asyncFunction: current, awaitAllowed };
    if (!runsDuringCallersTurn(current)) return undefined;
    awaitAllowed = false;
  }
  return undefined;
}

function isFunctionValue(property: TSESTree.PropertyDefinition): boolean {
  return property.value !== null && isFunctionNode(property.value);
}

function runsDuringCallersTurn(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call.type === AST_NODE_TYPES.NewExpression) {
    return call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'Promise' && call.arguments[0] === fn;
  }
  if (call.type !== AST_NODE_TYPES.CallExpression || !(call.arguments as TSESTree.Node[]).includes(fn)) return false;
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
  if (callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  if (SYNC_CALLBACK_METHODS.has(callee.property.name)) return call.arguments[0] === fn;
  // Array.from(items, mapFn)
  return (
    callee.property.name === 'from' &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Array' &&
    call.arguments[1] === fn
  );
}
