import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isInlineCallback, usesOwnCallContext, valueParams } from './callback';
import { bindingText, iterationSource } from './callback-text';
import type { ReceiverKind } from './receiver';

export interface CallParts {
  call: TSESTree.CallExpression;
  callee: TSESTree.MemberExpression;
  callback: TSESTree.Expression;
  receiverText: string;
  kind: ReceiverKind;
  optional: boolean;
}

/**
 * An expression giving one promise per item, running the callback on every item at once:
 * `items.map(cb)` for arrays (same arguments as `forEach`), `Array.from(<iteration>, cb)` for
 * other collections. Undefined when the callback's arguments cannot be reproduced.
 */
export function promisesText(sourceCode: Readonly<TSESLint.SourceCode>, parts: CallParts): string | undefined {
  if (parts.kind === 'array') return withMethod(sourceCode, parts, 'map') + (parts.optional ? ' ?? []' : '');
  const { callback } = parts;
  if (!isInlineCallback(callback) || usesOwnCallContext(callback)) return undefined;
  const extra = parts.call.arguments.slice(1).map((argument) => sourceCode.getText(argument));
  const params = valueParams(callback);
  const arity = params.length;
  if (parts.kind === 'iterator' && arity <= 2) {
    // Array.from passes (value, index), as iterator helpers pass (value, counter).
    return arrayFrom(parts.optional ? `${parts.receiverText} ?? []` : parts.receiverText, sourceCode.getText(callback), extra);
  }
  const source = iterationSource(parts.receiverText, parts.kind, arity, parts.optional);
  if (source === undefined) return undefined;
  if (arity <= 1) return arrayFrom(source, sourceCode.getText(callback), extra);
  const [value, key] = params.map((param) => bindingText(sourceCode, param));
  if (value === undefined || key === undefined || !params[0] || !params[1]) return undefined;
  const text = sourceCode.getText(callback);
  const start = params[0].range[0] - callback.range[0];
  const end = params[1].range[1] - callback.range[0];
  return arrayFrom(source, `${text.slice(0, start)}[${key}, ${value}]${text.slice(end)}`, extra);
}

function arrayFrom(source: string, callbackText: string, extra: string[]): string {
  return `Array.from(${[source, callbackText, ...extra].join(', ')})`;
}

/** The call as written with its method name replaced (`items.forEach(...)` → `items.map(...)`). */
export function withMethod(sourceCode: Readonly<TSESLint.SourceCode>, parts: CallParts, method: string): string {
  const text = sourceCode.getText(parts.call);
  const start = parts.callee.property.range[0] - parts.call.range[0];
  const end = parts.callee.property.range[1] - parts.call.range[0];
  return `${text.slice(0, start)}${method}${text.slice(end)}`;
}

/** The node a rewrite replaces: the optional chain around the call, if any. */
export function outerExpression(call: TSESTree.CallExpression): TSESTree.Expression {
  return call.parent.type === AST_NODE_TYPES.ChainExpression ? call.parent : call;
}

/** `Promise.all(items.forEach(...))`: the array method's result goes straight to a combinator. */
export function promiseCombinatorArgument(expression: TSESTree.Expression): string | undefined {
  const { parent } = expression;
  if (parent.type !== AST_NODE_TYPES.CallExpression || parent.arguments[0] !== expression) return undefined;
  const { callee } = parent;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  if (callee.object.type !== AST_NODE_TYPES.Identifier || callee.object.name !== 'Promise') return undefined;
  if (callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  return ['all', 'allSettled', 'any', 'race'].includes(callee.property.name) ? `Promise.${callee.property.name}` : undefined;
}
