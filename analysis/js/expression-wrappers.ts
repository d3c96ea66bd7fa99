import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** `TSAsExpression`, `<T>x`, `x!`, `satisfies` and optional chains do not change where a value comes from. */
export function skipExpressionWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.expression;
  }
  return current;
}
