import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, type FunctionNode } from '../../analysis/js/async-context';
import { awaitedText } from '../fixes/await-text';
import { isPromiseAnnotation, returnedExpressions } from './promise-syntax';

/** Expressions that bind less tightly than a unary operator: `await`/`void` need them parenthesized. */
const BELOW_UNARY = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.SequenceExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.YieldExpression,
]);

/** Expressions that can take `.catch(...)` after them as they are written. */
const MEMBER_READY = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.ThisExpression,
]);

export class FixText {
  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  // Both replace the node's own range, which excludes parentheses written around it: those stay
  // outside, so the operator must be parenthesized inside them (`(a ?? b)` → `(await (a ?? b))`).

  /** The node's text, in parentheses where a unary operator before it would bind differently. */
  operand(node: TSESTree.Node): string {
    const text = this.sourceCode.getText(node);
    return BELOW_UNARY.has(node.type) ? `(${text})` : text;
  }

  /** The node's text, ready to have `.catch(...)` appended. */
  receiver(node: TSESTree.Node): string {
    const text = this.sourceCode.getText(node);
    const ready = MEMBER_READY.has(node.type) || (node.type === AST_NODE_TYPES.NewExpression && text.endsWith(')'));
    return ready ? text : `(${text})`;
  }

  addAwait(fixer: TSESLint.RuleFixer, node: TSESTree.Node): TSESLint.RuleFix {
    const { parent } = node;
    // `void p` with `ignoreVoid: false`: the `void` becomes the `await`.
    if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void') {
      return fixer.replaceText(parent, awaitedText(parent, this.operand(node)));
    }
    return fixer.replaceText(node, awaitedText(node, this.operand(node)));
  }

  addCatch(fixer: TSESLint.RuleFixer, node: TSESTree.Node, handler: string, access: '.catch' | '?.catch' = '.catch'): TSESLint.RuleFix {
    const expression = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
    // A `.catch()` that is reported has no usable handler: it gets one, rather than a second `.catch`.
    if (
      expression.type === AST_NODE_TYPES.CallExpression &&
      expression.callee.type === AST_NODE_TYPES.MemberExpression &&
      ASTUtils.getPropertyName(expression.callee) === 'catch'
    ) {
      return fixer.replaceTextRange([expression.callee.range[1], expression.range[1]], `(${handler})`);
    }
    return fixer.replaceText(node, `${this.receiver(node)}${access}(${handler})`);
  }

  addVoid(fixer: TSESLint.RuleFixer, node: TSESTree.Node): TSESLint.RuleFix {
    return fixer.replaceText(node, `void ${this.operand(node)}`);
  }

  /** `items.map(async …)` → `await Promise.all(items.map(async …))`; an awaited array gets `Promise.all` inside the `await`. */
  wrapInPromiseAll(fixer: TSESLint.RuleFixer, node: TSESTree.Node, handler: string | undefined): TSESLint.RuleFix {
    if (node.type === AST_NODE_TYPES.AwaitExpression) {
      return fixer.replaceText(node.argument, `Promise.all(${this.sourceCode.getText(node.argument)})`);
    }
    const all = `Promise.all(${this.sourceCode.getText(node)})`;
    return fixer.replaceText(node, handler === undefined ? awaitedText(node, all) : `${all}.catch(${handler})`);
  }
}

export interface MakeAsyncPlan {
  /** The function's name as shown in the suggestion. */
  name: string;
  /** `: void` becomes `: Promise<void>`. */
  returnTypeFix?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

/**
 * "Make `fn` async and await", offered only where no caller can tell the difference:
 * `fn` already returns promises on every path, or it returns nothing and every caller in this
 * file drops its result (and nothing outside the file can call it).
 */
export function planMakeAsync(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: FunctionNode,
  returnsPromises: (fn: FunctionNode) => boolean,
): MakeAsyncPlan | undefined {
  if (fn.async || fn.generator || fn.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const binding = functionBinding(fn);
  if (!binding) return undefined;
  const returned = returnedExpressions(fn.body);
  const annotation = fn.returnType?.typeAnnotation;
  if (returned.length > 0 && returned.every((argument) => argument !== null) && returnsPromises(fn)) {
    // Already a promise to every caller; `async` keeps that, and TypeScript wants `Promise<…>` written.
    if (annotation && !isPromiseTypeAnnotation(annotation)) return undefined;
    return { name: binding.name };
  }
  if (returned.some((argument) => argument !== null)) return undefined;
  if (binding.exported || !binding.variable) return undefined;
  const references = binding.variable.references.filter((reference) => reference.identifier !== binding.id);
  if (references.length === 0 || !references.every((reference) => isDroppedCall(reference.identifier))) return undefined;
  if (annotation && annotation.type !== AST_NODE_TYPES.TSVoidKeyword) return undefined;
  return {
    name: binding.name,
    returnTypeFix: annotation ? (fixer) => fixer.replaceText(annotation, 'Promise<void>') : undefined,
  };

  function functionBinding(
    node: FunctionNode,
  ): { name: string; id: TSESTree.Identifier; variable?: TSESLint.Scope.Variable; exported: boolean } | undefined {
    if (node.type === AST_NODE_TYPES.FunctionDeclaration) {
      if (!node.id) return undefined;
      const [variable] = sourceCode.getDeclaredVariables(node);
      const exported = node.parent.type === AST_NODE_TYPES.ExportNamedDeclaration || node.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration;
      return { name: node.id.name, id: node.id, variable, exported };
    }
    const declarator = node.parent;
    if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    if (declarator.parent.kind !== 'const') return undefined;
    const [variable] = sourceCode.getDeclaredVariables(declarator);
    const exported = declarator.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration;
    return { name: declarator.id.name, id: declarator.id, variable, exported };
  }
}

/** `fn(...)` as a statement of its own: whatever `fn` returns, the caller drops. */
function isDroppedCall(identifier: TSESTree.Node): boolean {
  const call = identifier.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === identifier && call.parent.type === AST_NODE_TYPES.ExpressionStatement;
}

/** `async` functions must be written to return `Promise<…>` (not `PromiseLike`). */
function isPromiseTypeAnnotation(annotation: TSESTree.TypeNode): boolean {
  return isPromiseAnnotation(annotation) && annotation.type === AST_NODE_TYPES.TSTypeReference && annotation.typeName.type === AST_NODE_TYPES.Identifier && annotation.typeName.name === 'Promise';
}

export function nearestFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}
