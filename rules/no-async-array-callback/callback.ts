import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { TypeOracle } from '../../analysis/types/type-oracle';
import { isFunctionNode, type FunctionNode } from '../../analysis/js/async-context';
import { someNode, walk } from '../../analysis/js/walk';

export type InlineCallback = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

export function isInlineCallback(node: TSESTree.Node): node is InlineCallback {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}

/**
 * Whether `callback` returns a promise the caller would have to wait for: an `async` function
 * written in place or declared in this file, or (with types) anything whose call signatures return
 * a thenable. Async generators return iterators, not promises, and are left alone.
 */
export function returnsPromise(
  callback: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
  types: TypeOracle | undefined,
): boolean {
  if (isInlineCallback(callback) && callback.async) return !callback.generator;
  // Asking the type checker about every `x => x.id` is slow; only what could return a promise is asked.
  if (isInlineCallback(callback) && !mayReturnPromise(callback)) return false;
  if (types) return types.callsReturnThenable(callback);
  return callback.type === AST_NODE_TYPES.Identifier && isLocalAsyncFunction(callback, scope);
}

/** Whether a plain (non-async) function returns anything that could be a promise: a call's result, say. */
function mayReturnPromise(fn: InlineCallback): boolean {
  if (fn.generator) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return couldBePromise(fn.body);
  return someNode(
    fn.body,
    (node) => node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null && couldBePromise(node.argument),
    (node) => !isFunctionNode(node),
  );
}

function couldBePromise(node: TSESTree.Expression): boolean {
  switch (node.type) {
    // Calls make promises; a callback handing back a promise it merely holds (`x => x.pending`) is rare.
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.ChainExpression:
      return true;
    case AST_NODE_TYPES.ConditionalExpression:
      return couldBePromise(node.consequent) || couldBePromise(node.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return couldBePromise(node.left) || couldBePromise(node.right);
    case AST_NODE_TYPES.SequenceExpression:
      return node.expressions.length > 0 && couldBePromise(node.expressions[node.expressions.length - 1]!);
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return couldBePromise(node.expression);
    default:
      return false;
  }
}

/** `async function save() {}` or `const save = async () => {}`, declared once and never reassigned. */
function isLocalAsyncFunction(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): boolean {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition) return false;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return false;
  if (definition.type === 'FunctionName') return isFunctionNode(definition.node) && isPlainAsync(definition.node);
  if (definition.type !== 'Variable' || definition.parent.kind !== 'const') return false;
  const { init } = definition.node;
  return init !== null && isInlineCallback(init) && isPlainAsync(init);
}

function isPlainAsync(fn: FunctionNode): boolean {
  return fn.async && !fn.generator;
}

/**
 * A `function` callback that reads its own `this`, `arguments` or `new.target` depends on how the
 * array method calls it; moving its body elsewhere would change their meaning.
 */
export function usesOwnCallContext(callback: InlineCallback): boolean {
  if (callback.type === AST_NODE_TYPES.ArrowFunctionExpression) return false;
  let found = false;
  walk(callback.body, (node) => {
    if (node.type === AST_NODE_TYPES.ThisExpression || node.type === AST_NODE_TYPES.MetaProperty) found = true;
    if (node.type === AST_NODE_TYPES.Identifier && node.name === 'arguments' && isReadAsArguments(node)) found = true;
    // Arrows share the callback's `this`; other functions and classes have their own.
    const ownContext = (isFunctionNode(node) && node.type !== AST_NODE_TYPES.ArrowFunctionExpression) || node.type === AST_NODE_TYPES.ClassBody;
    return !found && !ownContext;
  });
  return found;
}

function isReadAsArguments(identifier: TSESTree.Identifier): boolean {
  const { parent } = identifier;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === identifier && !parent.computed) return false;
  if (parent.type === AST_NODE_TYPES.Property && parent.key === identifier && !parent.computed && !parent.shorthand) return false;
  return true;
}

/**
 * The parameters the array method passes values to. A TypeScript `this` parameter
 * (`function (this: Job, item) {…}`) only declares the type of `this`: it takes no argument.
 */
export function valueParams(callback: InlineCallback): TSESTree.Parameter[] {
  const [first, ...rest] = callback.params;
  return first?.type === AST_NODE_TYPES.Identifier && first.name === 'this' ? rest : callback.params;
}

/** Names declared by the callback's parameters. */
export function parameterNames(sourceCode: Readonly<TSESLint.SourceCode>, callback: InlineCallback): Set<string> {
  return new Set(
    sourceCode
      .getDeclaredVariables(callback)
      .filter((variable) => variable.defs.some((definition) => definition.type === 'Parameter'))
      .map((variable) => variable.name),
  );
}

/**
 * `reduce(async (acc, x) => ...)`: from the second call on, `acc` is the promise the previous call
 * returned. Chaining works when the callback waits for it (`await acc`, `await Promise.all([acc, ...])`,
 * `acc.then(...)`); otherwise every call runs at once on a promise instead of a value.
 */
export function awaitsAccumulator(sourceCode: Readonly<TSESLint.SourceCode>, callback: InlineCallback): boolean {
  const [accumulator] = valueParams(callback);
  if (accumulator?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = sourceCode.getDeclaredVariables(callback).find((candidate) => candidate.name === accumulator.name);
  return variable?.references.some((reference) => isAwaitedReference(reference.identifier, callback)) ?? false;
}

function isAwaitedReference(identifier: TSESTree.Node, callback: InlineCallback): boolean {
  let child: TSESTree.Node = identifier;
  for (let current = identifier.parent; current && current !== callback; current = current.parent) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) return true;
    if (
      current.type === AST_NODE_TYPES.MemberExpression &&
      current.object === child &&
      ['then', 'catch', 'finally'].includes(ASTUtils.getPropertyName(current) ?? '')
    ) {
      return true;
    }
    child = current;
  }
  return false;
}

/** `var` declarations in the callback body itself (they would move to the enclosing function). */
export function declaresVar(callback: InlineCallback): boolean {
  return someNode(
    callback.body,
    (node) => node.type === AST_NODE_TYPES.VariableDeclaration && node.kind === 'var',
    (node) => !isFunctionNode(node),
  );
}
