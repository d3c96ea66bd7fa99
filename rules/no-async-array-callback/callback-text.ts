import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { valueParams, type InlineCallback } from './callback';
import type { ReceiverKind } from './receiver';

/** Source text helpers shared by the rewrites. */
export interface TextContext {
  sourceCode: Readonly<TSESLint.SourceCode>;
  /** Whether awaiting this expression could matter (false only when types show it is not a promise). */
  mayBePromise: (node: TSESTree.Expression) => boolean;
}

/** The receiver as written, with its own parentheses (`(a || b)` in `(a || b).forEach(...)`). */
export function receiverText(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.MemberExpression): string {
  const dot = sourceCode.getTokenBefore(callee.property, { filter: (token) => token.value === '.' || token.value === '?.' });
  const end = dot ? dot.range[0] : callee.object.range[1];
  return sourceCode.text.slice(callee.range[0], end).trim();
}

/**
 * What to iterate to get the callback's arguments, for one parameter (`value`) or two
 * (`[index or key, value]` pairs). Undefined when the kind offers no such iteration.
 */
export function iterationSource(receiver: string, kind: ReceiverKind, arity: number, optional: boolean): string | undefined {
  const base = optional ? `(${receiver} ?? [])` : receiver;
  if (arity <= 1) {
    if (kind === 'map' || kind === 'unknown') return `${base}.values()`;
    return optional ? `${receiver} ?? []` : receiver;
  }
  if (arity !== 2 || kind === 'iterator') return undefined;
  return kind === 'map' ? (optional ? `${receiver} ?? []` : receiver) : `${base}.entries()`;
}

/** A parameter as a binding pattern, without its type annotation; undefined for defaults, rest or optional ones. */
export function bindingText(sourceCode: Readonly<TSESLint.SourceCode>, param: TSESTree.Parameter): string | undefined {
  switch (param.type) {
    case AST_NODE_TYPES.Identifier:
      return param.optional ? undefined : param.name;
    case AST_NODE_TYPES.ObjectPattern:
    case AST_NODE_TYPES.ArrayPattern: {
      if (param.optional) return undefined;
      const end = param.typeAnnotation ? param.typeAnnotation.range[0] : param.range[1];
      return sourceCode.text.slice(param.range[0], end).trim();
    }
    default:
      return undefined;
  }
}

/** `[key, value]` for a `(value, key)` callback, or the single binding; undefined when not expressible. */
export function loopBinding(sourceCode: Readonly<TSESLint.SourceCode>, callback: InlineCallback): string | undefined {
  const bindings = valueParams(callback).map((param) => bindingText(sourceCode, param));
  if (bindings.some((binding) => binding === undefined)) return undefined;
  if (bindings.length === 1) return bindings[0];
  if (bindings.length === 2) return `[${bindings[1]}, ${bindings[0]}]`;
  return undefined;
}

/** Kinds of expression that can follow `await` without parentheses. */
const TIGHT = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.Identifier, AST_NODE_TYPES.MemberExpression, AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ChainExpression, AST_NODE_TYPES.ThisExpression, AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral, AST_NODE_TYPES.TaggedTemplateExpression, AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.TSNonNullExpression, AST_NODE_TYPES.AwaitExpression,
]);
/** Expressions whose value is not a promise to wait for. */
const NEVER_AWAITED = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.AwaitExpression, AST_NODE_TYPES.AssignmentExpression, AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.UnaryExpression, AST_NODE_TYPES.Literal, AST_NODE_TYPES.Identifier, AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.ArrowFunctionExpression, AST_NODE_TYPES.FunctionExpression, AST_NODE_TYPES.TemplateLiteral,
]);

/**
 * The statement that does what `return <expression>` did for the callback's promise: wait for the
 * value when it may be a promise (`await save(x);`), or just evaluate it.
 */
export function completionStatement(context: TextContext, expression: TSESTree.Expression): string {
  const text = context.sourceCode.getText(expression);
  if (!NEVER_AWAITED.has(expression.type) && context.mayBePromise(expression)) {
    return TIGHT.has(expression.type) ? `await ${text};` : `await (${text});`;
  }
  const needsParens =
    expression.type === AST_NODE_TYPES.ObjectExpression ||
    expression.type === AST_NODE_TYPES.FunctionExpression ||
    expression.type === AST_NODE_TYPES.ClassExpression ||
    /^let\s*\[/.test(text);
  return needsParens ? `(${text});` : `${text};`;
}

/** A value whose evaluation does nothing, so `return <it>;` can simply end the iteration. */
export function isInert(expression: TSESTree.Expression): boolean {
  if (expression.type === AST_NODE_TYPES.Literal || expression.type === AST_NODE_TYPES.Identifier) return true;
  if (expression.type === AST_NODE_TYPES.ThisExpression) return true;
  // `return item.id;`: reading a property; the value was never used.
  if (expression.type === AST_NODE_TYPES.MemberExpression && !expression.optional) {
    return isInert(expression.object) && (!expression.computed || isInert(expression.property));
  }
  return expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void' && isInert(expression.argument);
}

/** Leading whitespace of the line `node` starts on. */
export function indentOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}
