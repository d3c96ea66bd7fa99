import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from '../../analysis/js/async-context';
import type { ReferenceIndex } from '../../analysis/js/references';
import { walk } from '../../analysis/js/walk';
import { describeOperation, shareResource, unwrapExpression, type Operation } from './operations';
import type { TypeFacts } from './type-facts';
import { isOrderedScopeName } from '../../analysis/effects/vocabulary';

/** What every part of the rule needs about the file being linted. */
export interface Analysis {
  sourceCode: Readonly<TSESLint.SourceCode>;
  references: ReferenceIndex;
  types: TypeFacts;
}

/** An awaited call that could start earlier, together with others. */
export interface Candidate {
  node: TSESTree.AwaitExpression;
  operation: Operation;
  /** Source text of the awaited expression, as it goes into `Promise.all([...])`. */
  text: string;
}

/**
 * An `await` whose work could overlap with its neighbours: it starts a call (not a promise that
 * is already running), the call reads or computes rather than changes state, pauses or talks to
 * a person, and evaluating it changes no binding and waits for nothing else first.
 */
export function candidateAwait(node: TSESTree.Node, analysis: Analysis): Candidate | undefined {
  // Only a bare `await` (parentheses aside): `await f() as T` keeps its cast where it is.
  const expression = node;
  if (expression.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
  const { argument } = expression;
  if (containsAwaitOrAssignment(argument)) return undefined;
  const scope = analysis.sourceCode.getScope(expression);
  const operation = describeOperation(argument, scope, analysis.types);
  if (!operation.call || (operation.effect !== 'read' && operation.effect !== 'neutral')) return undefined;
  if (!analysis.types.mayBeThenable(argument)) return undefined;
  return { node: expression, operation, text: analysis.sourceCode.getText(argument) };
}

/** Two candidates may run at the same time: no shared ordered resource, not the same call twice. */
export function mayOverlap(a: Candidate, b: Candidate): boolean {
  return !shareResource(a.operation, b.operation) && normalize(a.text) !== normalize(b.text);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Another `await` inside waits first (`await f(await g())`), and an assignment or update changes
 * state while the call is set up (`await f(i++)`); closures passed along count, since the callee
 * may call them at once.
 */
function containsAwaitOrAssignment(node: TSESTree.Node): boolean {
  let found = false;
  walk(node, (child) => {
    if (
      child.type === AST_NODE_TYPES.AssignmentExpression ||
      child.type === AST_NODE_TYPES.UpdateExpression ||
      (child.type === AST_NODE_TYPES.UnaryExpression && child.operator === 'delete') ||
      child.type === AST_NODE_TYPES.YieldExpression
    ) {
      found = true;
    }
    if (child.type === AST_NODE_TYPES.AwaitExpression && !insideFunction(child, node)) found = true;
    return !found;
  });
  return found;
}

function insideFunction(node: TSESTree.Node, boundary: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== boundary; current = current.parent) {
    if (isFunctionNode(current)) return true;
  }
  return false;
}

/**
 * The code runs inside a callback that a transaction, lock or serial queue hands its ordered
 * resource to (`knex.transaction(async (trx) => ...)`, `mutex.runExclusive(async () => ...)`),
 * or inside a function that is passed to such a wrapper by name elsewhere
 * (`publish: wrapInTransaction(publish)`): everything in it is meant to happen in order.
 */
export function isInOrderedScope(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    if (isOrderedCallArgument(current)) return true;
    if (namedBindingOf(current, sourceCode).some((variable) => variable.references.some((reference) => isOrderedCallArgument(reference.identifier)))) {
      return true;
    }
  }
  return false;
}

function isOrderedCallArgument(node: TSESTree.Node): boolean {
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((argument) => argument === node)) return false;
  return calleeNames(call.callee).some(isOrderedScopeName);
}

/** The variable a function is known by: its declaration's name, or the `const` it initializes. */
function namedBindingOf(fn: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): readonly TSESLint.Scope.Variable[] {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return sourceCode.getDeclaredVariables(fn);
  if (fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn) return sourceCode.getDeclaredVariables(fn.parent);
  return [];
}

function calleeNames(callee: TSESTree.Node): string[] {
  const node = unwrapExpression(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return [node.name];
  if (node.type !== AST_NODE_TYPES.MemberExpression) return [];
  const own = !node.computed && node.property.type === AST_NODE_TYPES.Identifier ? [node.property.name] : [];
  return [...own, ...calleeNames(node.object)];
}
