import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { skipExpressionWrappers } from '../../analysis/js/expression-wrappers';

/** `.then`, `.catch` or `.finally`: which promise method a call is, if any. */
export function promiseMethod(call: TSESTree.CallExpression): 'then' | 'catch' | 'finally' | undefined {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const { name } = callee.property;
  return name === 'then' || name === 'catch' || name === 'finally' ? name : undefined;
}

/** The call a `.then/.catch/.finally` chain starts from. */
export function chainRoot(call: TSESTree.CallExpression): TSESTree.Node {
  let current: TSESTree.Node = call;
  while (current.type === AST_NODE_TYPES.CallExpression && promiseMethod(current) && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    current = skipExpressionWrappers(current.callee.object);
  }
  return current;
}
