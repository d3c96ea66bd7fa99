import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from './async-context';
import { walk } from './walk';

/** The node runs in the module's own body: not inside any function or class body. */
export function isAtTopLevel(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody) return false;
  }
  return true;
}

/** The module already uses top-level `await`, so writing another one there compiles. */
export function hasTopLevelAwait(program: TSESTree.Program): boolean {
  if (program.sourceType !== 'module') return false;
  let found = false;
  for (const statement of program.body) {
    walk(statement, (child) => {
      if (child.type === AST_NODE_TYPES.AwaitExpression) found = true;
      if (child.type === AST_NODE_TYPES.ForOfStatement && child.await) found = true;
      return !found && !isFunctionNode(child) && child.type !== AST_NODE_TYPES.ClassBody;
    });
    if (found) return true;
  }
  return false;
}
