import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { accessExport, type ExportAccess } from '../fixes/module-access';
import { memberPath, someNode, walk } from '../../analysis/js/walk';
import { builtin, importFixes, type FixContext, type Suggestion } from './fix-context';

export type Loop = TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement;

/** Clock reads in milliseconds, the unit `setTimeout` takes. */
const MS_CLOCKS = new Set(['Date.now', 'performance.now']);
const OTHER_CLOCKS = new Set(['process.hrtime', 'process.hrtime.bigint']);

/**
 * A loop that spins until the clock moves on: it reads the clock and does nothing else, neither
 * in its body (empty, or only re-reading the clock) nor in its test (no calls but clock reads
 * and `Atomics.load`). A loop that does work each round until a time budget runs out is not a
 * busy wait, nor is one that awaits.
 */
export function isBusyWait(loop: Loop): boolean {
  if (loop.test && !onlyReadsState(loop.test)) return false;
  if (loop.type === AST_NODE_TYPES.ForStatement && loop.update && !onlyReadsState(loop.update)) return false;
  return isIdle(loop.body) && ((loop.test !== null && readsClock(loop.test)) || readsClock(loop.body));
}

/**
 * `const end = Date.now() + ms; while (Date.now() < end) {}` (or `const start = Date.now();
 * while (Date.now() - start < ms);`) → `await setTimeout(ms);` from `node:timers/promises`.
 * Only where the loop is empty and the wait is written this way, so `ms` is known.
 */
export function busyWaitFix(context: FixContext, loop: Loop): Suggestion | undefined {
  if (!isEmpty(loop.body) || !loop.test || (loop.type === AST_NODE_TYPES.ForStatement && (loop.init || loop.update))) return undefined;
  const siblings = statementList(loop);
  const index = siblings?.indexOf(loop) ?? -1;
  const previous = index > 0 ? siblings?.[index - 1] : undefined;
  const declared = previous && singleDeclaration(previous);
  if (!declared) return undefined;
  const ms = waitedMilliseconds(loop.test, declared.id.name, declared.init);
  if (!ms) return undefined;
  const timer = timerFunction(context);
  if (!timer) return undefined;
  const keepDeclaration = isUsedOutside(context, declared.id, loop.test);
  const start = keepDeclaration ? loop.range[0] : previous.range[0];
  const text = `await ${timer.text}(${context.sourceCode.getText(ms)});`;
  return {
    messageId: 'useTimer',
    data: { replacement: timer.text },
    fix: (fixer) => [fixer.replaceTextRange([start, loop.range[1]], text), ...importFixes(timer.fix).map((fix) => fix(fixer))],
  };
}

/** The milliseconds a `Date.now() < end` or `Date.now() - start < ms` test waits for. */
function waitedMilliseconds(test: TSESTree.Expression, name: string, init: TSESTree.Expression): TSESTree.Expression | undefined {
  const comparison = asLessThan(test);
  if (!comparison) return undefined;
  const { smaller, larger } = comparison;
  const clock = clockOf(smaller);
  // Date.now() < end, with end = Date.now() + ms
  if (clock && isNamed(larger, name) && init.type === AST_NODE_TYPES.BinaryExpression && init.operator === '+') {
    const ms = clockOf(init.left) === clock ? init.right : clockOf(init.right) === clock ? init.left : undefined;
    return ms && !mentions(ms, name) ? ms : undefined;
  }
  // Date.now() - start < ms, with start = Date.now()
  if (smaller.type === AST_NODE_TYPES.BinaryExpression && smaller.operator === '-' && isNamed(smaller.right, name)) {
    const sameClock = clockOf(smaller.left) !== undefined && clockOf(smaller.left) === clockOf(init);
    return sameClock && !mentions(larger, name) ? larger : undefined;
  }
  return undefined;
}

function asLessThan(test: TSESTree.Expression): { smaller: TSESTree.Expression; larger: TSESTree.Expression } | undefined {
  if (test.type !== AST_NODE_TYPES.BinaryExpression || test.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  if (test.operator === '<' || test.operator === '<=') return { smaller: test.left, larger: test.right };
  if (test.operator === '>' || test.operator === '>=') return { smaller: test.right, larger: test.left };
  return undefined;
}

/** `Date.now` for `Date.now()` and `new Date().getTime()`, `performance.now` for `performance.now()`. */
function clockOf(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length > 0) return undefined;
  const path = memberPath(node.callee);
  if (MS_CLOCKS.has(path)) return path;
  const { callee } = node;
  const isGetTime =
    callee.type === AST_NODE_TYPES.MemberExpression &&
    ASTUtils.getPropertyName(callee) === 'getTime' &&
    isNewDateNow(callee.object);
  return isGetTime ? 'Date.now' : undefined;
}

function isNewDateNow(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.NewExpression && memberPath(node.callee) === 'Date' && node.arguments.length === 0;
}

function readsClock(node: TSESTree.Node): boolean {
  return someNode(
    node,
    (child) =>
      (child.type === AST_NODE_TYPES.CallExpression && (Boolean(clockOf(child)) || OTHER_CLOCKS.has(memberPath(child.callee)))) ||
      isNewDateNow(child),
  );
}

/** No calls but clock reads and `Atomics.load`, no `await`, no functions: the expression only looks. */
function onlyReadsState(node: TSESTree.Node): boolean {
  let clean = true;
  walk(node, (child) => {
    if (child.type === AST_NODE_TYPES.AwaitExpression || child.type === AST_NODE_TYPES.YieldExpression) clean = false;
    if (child.type === AST_NODE_TYPES.NewExpression && !isNewDateNow(child)) clean = false;
    if (child.type === AST_NODE_TYPES.CallExpression) {
      const path = memberPath(child.callee);
      const isClock = clockOf(child) !== undefined || OTHER_CLOCKS.has(path) || path === 'Atomics.load';
      const isGetTime = child.callee.type === AST_NODE_TYPES.MemberExpression && isNewDateNow(child.callee.object);
      if (!isClock && !isGetTime) clean = false;
    }
    return clean;
  });
  return clean;
}

/** The body does nothing but wait: empty, `continue`, re-reading the clock, or leaving when time is up. */
function isIdle(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.EmptyStatement:
    case AST_NODE_TYPES.ContinueStatement:
    case AST_NODE_TYPES.BreakStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.every(isIdle);
    case AST_NODE_TYPES.ExpressionStatement:
      return onlyReadsState(statement.expression) && isLocalWrite(statement.expression);
    case AST_NODE_TYPES.IfStatement:
      return onlyReadsState(statement.test) && isIdle(statement.consequent) && (!statement.alternate || isIdle(statement.alternate));
    default:
      return false;
  }
}

/** `now = Date.now()`, `spins++`: writes to plain variables only. */
function isLocalWrite(expression: TSESTree.Expression): boolean {
  if (expression.type === AST_NODE_TYPES.AssignmentExpression) return expression.left.type === AST_NODE_TYPES.Identifier;
  if (expression.type === AST_NODE_TYPES.UpdateExpression) return expression.argument.type === AST_NODE_TYPES.Identifier;
  return false;
}

function isEmpty(statement: TSESTree.Statement): boolean {
  return (
    statement.type === AST_NODE_TYPES.EmptyStatement ||
    (statement.type === AST_NODE_TYPES.BlockStatement && statement.body.length === 0)
  );
}

function statementList(node: TSESTree.Node): TSESTree.Node[] | undefined {
  const { parent } = node;
  if (parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program) return parent.body;
  return undefined;
}

/** `const end = <init>;` (or a `let` nobody writes again). */
function singleDeclaration(node: TSESTree.Node): { id: TSESTree.Identifier; init: TSESTree.Expression } | undefined {
  if (node.type !== AST_NODE_TYPES.VariableDeclaration || node.declarations.length !== 1 || node.kind === 'var') return undefined;
  const [declarator] = node.declarations;
  if (declarator?.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  return { id: declarator.id, init: declarator.init };
}

/** The variable is read somewhere other than the loop test (or written again). */
function isUsedOutside(context: FixContext, id: TSESTree.Identifier, test: TSESTree.Node): boolean {
  const [variable] = context.sourceCode.getDeclaredVariables(id.parent);
  return (variable?.references ?? []).some(
    (reference) => !reference.init && !(reference.identifier.range[0] >= test.range[0] && reference.identifier.range[1] <= test.range[1]),
  );
}

function isNamed(node: TSESTree.Node, name: string): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === name;
}

function mentions(node: TSESTree.Node, name: string): boolean {
  return someNode(node, (child) => isNamed(child, name));
}

/** `setTimeout` from `node:timers/promises`, or under another name where the global one is in use. */
function timerFunction(context: FixContext): ExportAccess | undefined {
  const { sourceCode, scope, filename } = context;
  const specifier = builtin(context, 'timers/promises');
  for (const localName of ['setTimeout', 'sleep', 'delay']) {
    const access = accessExport(sourceCode, scope, 'timers/promises', 'setTimeout', { specifier, localName, filename });
    if (access) return access;
  }
  return undefined;
}
