import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from '../../analysis/js/async-context';
import { someNode, walk } from '../../analysis/js/walk';
import { declaresVar, parameterNames, usesOwnCallContext, valueParams, type InlineCallback } from './callback';
import { completionStatement, isInert, iterationSource, loopBinding, type TextContext } from './callback-text';
import type { ReceiverKind } from './receiver';

export interface SequentialInput {
  callback: InlineCallback;
  /** The receiver as written. */
  receiver: TSESTree.Expression;
  receiverText: string;
  kind: ReceiverKind;
  /** `items?.forEach(...)`: the loop must accept a missing collection. */
  optional: boolean;
  /** The statement the loop replaces. */
  statement: TSESTree.Statement;
}

const LOOPS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ForStatement, AST_NODE_TYPES.ForInStatement, AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement, AST_NODE_TYPES.DoWhileStatement,
]);
const STATEMENT_LISTS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.BlockStatement, AST_NODE_TYPES.Program, AST_NODE_TYPES.SwitchCase, AST_NODE_TYPES.StaticBlock,
]);

/**
 * `for (const x of items) { ...body... }` doing what `items.forEach(async (x) => { ...body... })`
 * meant, one item after another. Undefined when the body cannot move without changing meaning.
 */
export function sequentialLoopText(context: TextContext, input: SequentialInput): string | undefined {
  const { callback } = input;
  if (usesOwnCallContext(callback) || declaresVar(callback) || isSelfReferencing(context, callback)) return undefined;
  const binding = loopBinding(context.sourceCode, callback);
  const iterable = iterationSource(input.receiverText, input.kind, valueParams(callback).length, input.optional);
  if (binding === undefined || iterable === undefined) return undefined;
  // `for (const items of items)` would read the loop variable before it exists.
  const names = parameterNames(context.sourceCode, callback);
  if (readsAny(input.receiver, names)) return undefined;
  const keyword = isParameterReassigned(context, callback) ? 'let' : 'const';
  const label = pickLabel(callback, input.statement);
  const body = loopBody(context, callback, label);
  const head = `for (${keyword} ${binding} of ${iterable})`;
  return `${body.needsLabel ? `${label}: ` : ''}${head} ${body.text}`;
}

function loopBody(context: TextContext, callback: InlineCallback, label: string): { text: string; needsLabel: boolean } {
  const { body } = callback;
  if (body.type !== AST_NODE_TYPES.BlockStatement) {
    return { text: `{ ${completionStatement(context, body)} }`, needsLabel: false };
  }
  const edits: { range: TSESTree.Range; text: string }[] = [];
  let needsLabel = false;
  for (const statement of ownReturns(body)) {
    const nested = insideLoop(statement, body);
    needsLabel ||= nested;
    const text = replacementForReturn(context, statement, body, nested ? label : undefined);
    edits.push({ range: text ? statement.range : wholeLine(context, statement), text });
  }
  let text = context.sourceCode.getText(body);
  for (const edit of edits.sort((a, b) => b.range[0] - a.range[0])) {
    const start = edit.range[0] - body.range[0];
    const end = edit.range[1] - body.range[0];
    text = text.slice(0, start) + edit.text + text.slice(end);
  }
  return { text, needsLabel };
}

/** `return` ends one call of the callback; in the loop it ends one iteration. */
function replacementForReturn(
  context: TextContext,
  statement: TSESTree.ReturnStatement,
  body: TSESTree.BlockStatement,
  label: string | undefined,
): string {
  const argument = statement.argument && !isInert(statement.argument) ? statement.argument : undefined;
  const completion = argument ? completionStatement(context, argument) : '';
  if (body.body.at(-1) === statement) return completion;
  const next = label ? `continue ${label};` : 'continue;';
  if (!completion) return next;
  const inList = STATEMENT_LISTS.has(statement.parent.type);
  return inList ? `${completion} ${next}` : `{ ${completion} ${next} }`;
}

/** The range to delete for a statement that goes away: its line too, when nothing else is on it. */
function wholeLine(context: TextContext, statement: TSESTree.Node): TSESTree.Range {
  const { text } = context.sourceCode;
  let start = statement.range[0];
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (text[start - 1] !== '\n') return statement.range;
  const lineEnd = text.indexOf('\n', statement.range[1]);
  const rest = text.slice(statement.range[1], lineEnd === -1 ? text.length : lineEnd);
  return rest.trim() === '' ? [start - 1, statement.range[1] + rest.length] : statement.range;
}

/** The callback's own `return` statements (not those of functions nested in it). */
function ownReturns(body: TSESTree.BlockStatement): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  walk(body, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) found.push(node);
    return !isFunctionNode(node) && node.type !== AST_NODE_TYPES.ClassBody;
  });
  return found;
}

/** Inside a loop of the callback body, where a bare `continue` would continue that loop instead. */
function insideLoop(node: TSESTree.Node, body: TSESTree.BlockStatement): boolean {
  for (let current = node.parent; current && current !== body; current = current.parent) {
    if (LOOPS.has(current.type)) return true;
  }
  return false;
}

/** A label no enclosing or enclosed statement uses. */
function pickLabel(callback: InlineCallback, statement: TSESTree.Statement): string {
  const taken = new Set<string>();
  walk(callback.body, (node) => {
    if (node.type === AST_NODE_TYPES.LabeledStatement) taken.add(node.label.name);
    return true;
  });
  for (let current: TSESTree.Node | undefined = statement; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.LabeledStatement) taken.add(current.label.name);
  }
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? 'next' : `next${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A named function expression that refers to itself cannot be inlined into a loop. */
function isSelfReferencing(context: TextContext, callback: InlineCallback): boolean {
  if (callback.type !== AST_NODE_TYPES.FunctionExpression || !callback.id) return false;
  const own = context.sourceCode.getDeclaredVariables(callback).find((variable) => variable.name === callback.id?.name);
  return (own?.references.length ?? 0) > 0;
}

function isParameterReassigned(context: TextContext, callback: InlineCallback): boolean {
  return context.sourceCode
    .getDeclaredVariables(callback)
    .filter((variable) => variable.defs.some((definition) => definition.type === 'Parameter'))
    .some((variable) => variable.references.some((reference) => reference.isWrite() && !reference.init));
}

function readsAny(node: TSESTree.Node, names: Set<string>): boolean {
  return someNode(node, (child) => child.type === AST_NODE_TYPES.Identifier && names.has(child.name));
}
