import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { resolveCallPath } from '../../analysis/js/call-path';
import type { ReceiverKind } from '../../analysis/types/type-oracle';

export type { ReceiverKind };

/** Static methods that build arrays. */
const ARRAY_FACTORIES = new Set(['Array.from', 'Array.of', 'Object.keys', 'Object.values', 'Object.entries']);
/** Methods only arrays (and array-like built-ins that iterate the same way) have, returning a new array. */
const ARRAY_ONLY_METHODS = new Set([
  'concat', 'flat', 'reverse', 'slice', 'splice', 'split', 'toReversed', 'toSorted', 'toSpliced',
]);
/** Array methods that streams and iterators have too, returning their own kind. */
const ARRAY_RETURNING_METHODS = new Set(['filter', 'flatMap', 'map', 'sort']);
/** Standard library calls that return arrays, as `module:path` (`:path` for globals). */
const ARRAY_RESULTS = new Set(['fs:readdirSync']);
/** Standard library calls whose promise gives an array. */
const ARRAY_PROMISES = new Set(['fs:promises.readdir', 'fs/promises:readdir', ':Promise.all', ':Promise.allSettled']);
/** How many `const` aliases to follow before giving up. */
const MAX_HOPS = 4;

/** Without types: what the code shows the receiver to be (`unknown` when it shows nothing). */
export function syntacticReceiverKind(
  receiver: TSESTree.Expression,
  scope: TSESLint.Scope.Scope,
  hops = 0,
): ReceiverKind {
  switch (receiver.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return 'array';
    case AST_NODE_TYPES.NewExpression: {
      const name = receiver.callee.type === AST_NODE_TYPES.Identifier ? receiver.callee.name : '';
      if (name === 'Array') return 'array';
      if (name === 'Map') return 'map';
      return name === 'Set' ? 'values' : 'unknown';
    }
    case AST_NODE_TYPES.CallExpression:
      return hops < MAX_HOPS && (isArrayCall(receiver, scope, hops) || callsOneOf(receiver, scope, ARRAY_RESULTS)) ? 'array' : 'unknown';
    case AST_NODE_TYPES.AwaitExpression:
      return receiver.argument.type === AST_NODE_TYPES.CallExpression && callsOneOf(receiver.argument, scope, ARRAY_PROMISES) ? 'array' : 'unknown';
    case AST_NODE_TYPES.Identifier: {
      if (hops >= MAX_HOPS) return 'unknown';
      const init = constInitializer(receiver, scope);
      return init ? syntacticReceiverKind(init, scope, hops + 1) : 'unknown';
    }
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return syntacticReceiverKind(receiver.expression, scope, hops);
    default:
      return 'unknown';
  }
}

function isArrayCall(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope, hops: number): boolean {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
  if (callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  const method = callee.property.name;
  const object = callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : '';
  if (ARRAY_FACTORIES.has(`${object}.${method}`) || ARRAY_ONLY_METHODS.has(method)) return true;
  // `filter`/`map` return arrays only when called on an array (a stream or an iterator returns its own kind).
  return ARRAY_RETURNING_METHODS.has(method) && syntacticReceiverKind(callee.object, scope, hops + 1) === 'array';
}

/** Whether the call's callee is one of `names`, wherever it was imported or required from. */
function callsOneOf(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope, names: ReadonlySet<string>): boolean {
  const callee = resolveCallPath(call.callee, scope);
  return callee !== undefined && names.has(`${callee.module ?? ''}:${callee.path}`);
}

/** The initializer of a `const` (or never reassigned) variable declared once. */
function constInitializer(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable') return undefined;
  if (definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return definition.node.init;
}
