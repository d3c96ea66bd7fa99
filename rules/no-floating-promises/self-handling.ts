import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, type FunctionNode } from '../../analysis/js/async-context';
import { skipExpressionWrappers } from '../../analysis/js/expression-wrappers';
import { someNode, walk } from '../../analysis/js/walk';
import { promiseMethod } from './promise-chain';

/**
 * A function that handles its own failures: every `await` (and every value it returns) sits in a
 * `try` whose `catch` neither rethrows nor awaits, and nothing is thrown outside one. What is left
 * to escape is a synchronous programming error before the first `await`. For an expression body:
 * a chain ending in `.catch(handler)`.
 */
export function catchesEverything(fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    const body = skipExpressionWrappers(fn.body);
    return body.type === AST_NODE_TYPES.CallExpression && promiseMethod(body) === 'catch' && body.arguments.length > 0;
  }
  let guarded = false;
  let escapes = false;
  walk(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.TryStatement && isSafeTry(node)) guarded = true;
    if (canEscape(node) && !insideSafeTry(node, fn)) escapes = true;
    return !escapes && !isFunctionNode(node);
  });
  return guarded && !escapes;
}

/** Waiting, throwing or handing back a value: where a rejection can come from. */
function canEscape(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.YieldExpression:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.ForOfStatement:
      return node.await;
    case AST_NODE_TYPES.ReturnStatement:
      return node.argument !== null && !isInert(node.argument);
    default:
      return false;
  }
}

/** A `try` whose `catch` (and `finally`) cannot reject in turn. */
function isSafeTry(statement: TSESTree.TryStatement): boolean {
  return statement.handler !== null && !mayFail(statement.handler.body) && (statement.finalizer === null || !mayFail(statement.finalizer));
}

function insideSafeTry(node: TSESTree.Node, fn: FunctionNode): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && current !== fn; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && isSafeTry(current)) return true;
  }
  return false;
}

/** A `catch` or `finally` block that can itself reject: it throws or awaits. */
function mayFail(block: TSESTree.BlockStatement): boolean {
  return someNode(
    block,
    (node) => node.type === AST_NODE_TYPES.ThrowStatement || node.type === AST_NODE_TYPES.AwaitExpression,
    (node) => !isFunctionNode(node),
  );
}

/** A value that is computed without calling anything. */
function isInert(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ThisExpression:
      return true;
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.every((element) => element === null || isInert(element));
    case AST_NODE_TYPES.ObjectExpression:
      return node.properties.every((property) => property.type === AST_NODE_TYPES.Property && !property.computed && isInert(property.value));
    case AST_NODE_TYPES.MemberExpression:
      return !node.computed && isInert(node.object);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator !== 'delete' && isInert(node.argument);
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator !== 'in' && node.operator !== 'instanceof' && isInert(node.left) && isInert(node.right);
    default:
      return false;
  }
}
