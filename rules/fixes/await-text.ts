import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/**
 * `await <expressionText>` as it must be written in place of `node`: parenthesized where the
 * parent binds tighter than `await` (`(await read()).toString()`, `(await f())()`).
 */
export function awaitedText(node: TSESTree.Node, expressionText: string): string {
  const text = `await ${expressionText}`;
  return needsParentheses(node) ? `(${text})` : text;
}

function needsParentheses(node: TSESTree.Node): boolean {
  const { parent } = node;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === node;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee === node;
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return parent.tag === node;
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === '**' && parent.left === node;
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return true;
    default:
      return false;
  }
}
