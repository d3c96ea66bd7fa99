import {
  AST_NODE_TYPES,
  ASTUtils,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';
import { createRule } from '../create-rule';
import { findAsyncContext, isFunctionNode, type FunctionNode } from '../../analysis/js/async-context';
import { matchesCallPath, resolveCallPath, skipExpressionWrappers, type CallPathPattern } from '../../analysis/js/call-path';
import { hasTopLevelAwait, isAtTopLevel } from '../../analysis/js/top-level-await';
import { typeOracle } from '../../analysis/types/oracle-for-file';
import { FixText, nearestFunction, planMakeAsync } from './fixes';
import { FIRE_AND_FORGET_PRESET, TEST_REGISTRATIONS } from './known-calls';
import { PromiseSyntax, returnedExpressions } from './promise-syntax';
import { chainRoot, promiseMethod } from './promise-chain';
import { catchesEverything } from './self-handling';

export type MessageIds =
  | 'floating'
  | 'floatingInTry'
  | 'floatingSubtest'
  | 'floatingThen'
  | 'floatingFinally'
  | 'floatingCatchNoHandler'
  | 'floatingArray'
  | 'unusedPromise'
  | 'promiseIntoVoidCallback'
  | 'addAwait'
  | 'makeAsync'
  | 'addCatch'
  | 'addVoid'
  | 'wrapAll'
  | 'wrapAllCatch';

export type Options = [
  {
    /** `void promise` marks a promise as deliberately not awaited (default `true`). */
    ignoreVoid?: boolean;
    /** The expression the "Add `.catch(...)`" suggestion passes to `.catch`. */
    catchHandler?: string;
    /** Use the shipped list of fire-and-forget navigation APIs (default `true`). */
    presetSafeCalls?: boolean;
    /** More calls whose promise is safe to drop, as `{ module, path }` call paths. */
    knownSafeCalls?: CallPathPattern[];
    /** With types: report promise-returning callbacks passed where only `void` is expected (default `true`). */
    checkVoidCallbacks?: boolean;
  },
];

type Kind = 'floating' | 'subtest' | 'then' | 'finally' | 'catchNoHandler' | 'array';

interface Finding {
  /** The promise-valued expression that is dropped (what the suggestions edit). */
  node: TSESTree.Node;
  kind: Kind;
}

/** Array methods whose callbacks belong to `no-async-array-callback`. */
const ARRAY_CALLBACK_METHODS = new Set([
  'every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'forEach', 'map',
  'reduce', 'reduceRight', 'some', 'sort', 'toSorted',
]);

const MAX_LABEL = 40;

export default createRule<Options, MessageIds>({
  name: 'no-floating-promises',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require promises to be awaited, returned or handled, so rejections and ordering are not lost',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      floating: 'The promise from `{{what}}` is dropped: nothing waits for it and its rejection goes unhandled.',
      floatingInTry: 'The promise from `{{what}}` is not awaited, so the `catch` here will not see its rejection.',
      floatingSubtest: 'Subtest `{{what}}` is not awaited: the parent test can end first and cancel it.',
      floatingThen: '`.then()` without a rejection handler: a rejection in this chain goes unhandled.',
      floatingFinally: '`.finally()` does not handle rejections: a rejection in this chain goes unhandled.',
      floatingCatchNoHandler: '`.catch()` without a handler function does not handle the rejection.',
      floatingArray: 'This array of promises is dropped: nothing waits for them or handles their rejections.',
      unusedPromise: '`{{name}}` holds a promise that is never awaited, returned or passed on; its rejection goes unhandled.',
      promiseIntoVoidCallback: '`{{callee}}` ignores the promise this callback returns, so a rejection inside it goes unhandled.',
      addAwait: 'Add `await`',
      makeAsync: 'Make `{{name}}` async and await',
      addCatch: 'Add `.catch({{handler}})`',
      addVoid: 'Mark as intentionally not awaited (`void`); a rejection stays unhandled',
      wrapAll: 'Wrap in `await Promise.all(...)`',
      wrapAllCatch: 'Wrap in `Promise.all(...).catch({{handler}})`',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignoreVoid: { type: 'boolean' },
          catchHandler: { type: 'string', minLength: 1 },
          presetSafeCalls: { type: 'boolean' },
          knownSafeCalls: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['path'],
              properties: { module: { type: 'string' }, path: { type: 'string' } },
            },
          },
          checkVoidCallbacks: { type: 'boolean' },
        },
      },
    ],
    defaultOptions: [
      { ignoreVoid: true, catchHandler: 'console.error', presetSafeCalls: true, knownSafeCalls: [], checkVoidCallbacks: true },
    ],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const types = typeOracle(context);
    const syntax = new PromiseSyntax(sourceCode, context.filename);
    const text = new FixText(sourceCode);
    const ignoreVoid = options.ignoreVoid !== false;
    const handler = options.catchHandler ?? 'console.error';
    const safeCalls: CallPathPattern[] = [
      ...TEST_REGISTRATIONS,
      ...(options.presetSafeCalls === false ? [] : FIRE_AND_FORGET_PRESET),
      ...(options.knownSafeCalls ?? []),
    ];
    let topLevelAwait: boolean | undefined;

    function isPromise(node: TSESTree.Node): boolean {
      if (!types) return syntax.isPromise(node);
      const kind = types.promiseKind(node);
      if (kind === undefined) return false;
      const call = skipExpressionWrappers(node);
      return kind === 'promise' || call.type !== AST_NODE_TYPES.CallExpression || !types.isBuilderCall(call);
    }

    function isPromiseArray(node: TSESTree.Node): boolean {
      return types ? types.isPromiseArray(node) : syntax.isPromiseArray(node);
    }

    /** What is dropped when `expression` is evaluated and its value thrown away. */
    function analyze(expression: TSESTree.Node): Finding | undefined {
      const inner = skipExpressionWrappers(expression);
      switch (inner.type) {
        case AST_NODE_TYPES.SequenceExpression:
          for (const part of inner.expressions) {
            const found = analyze(part);
            if (found) return found;
          }
          return undefined;
        case AST_NODE_TYPES.UnaryExpression:
          return inner.operator === 'void' && !ignoreVoid ? analyze(inner.argument) : undefined;
        case AST_NODE_TYPES.ConditionalExpression:
          return analyze(inner.alternate) ?? analyze(inner.consequent);
        case AST_NODE_TYPES.LogicalExpression:
          return analyze(inner.left) ?? analyze(inner.right);
        case AST_NODE_TYPES.AwaitExpression:
          // Awaiting an array waits for nothing.
          return isPromiseArray(inner.argument) ? { node: inner, kind: 'array' } : undefined;
        case AST_NODE_TYPES.AssignmentExpression:
          return undefined;
        case AST_NODE_TYPES.CallExpression:
          return analyzeCall(expression, inner);
        default:
          if (isPromiseArray(expression)) return { node: expression, kind: 'array' };
          return isPromise(expression) ? { node: expression, kind: 'floating' } : undefined;
      }
    }

    function analyzeCall(expression: TSESTree.Node, call: TSESTree.CallExpression): Finding | undefined {
      if (isSafeCall(chainRoot(call))) return undefined;
      const method = promiseMethod(call);
      if (method === 'catch') {
        if (isRejectionHandler(call.arguments[0])) return undefined;
        return isPromise(call) ? { node: expression, kind: 'catchNoHandler' } : undefined;
      }
      if (method === 'then') {
        if (isRejectionHandler(call.arguments[1])) return undefined;
        return isPromise(call) ? { node: expression, kind: 'then' } : undefined;
      }
      if (method === 'finally') {
        const callee = call.callee as TSESTree.MemberExpression;
        return analyze(callee.object) ? { node: expression, kind: 'finally' } : undefined;
      }
      if (isPromiseArray(call)) return { node: expression, kind: 'array' };
      if (!isPromise(call) || neverRejects(call) || isCallbackForm(call)) return undefined;
      return { node: expression, kind: isSubtest(call) ? 'subtest' : 'floating' };
    }

    function isSafeCall(call: TSESTree.Node): boolean {
      if (call.type !== AST_NODE_TYPES.CallExpression) return false;
      const path = resolveCallPath(call.callee, sourceCode.getScope(call));
      return path !== undefined && matchesCallPath(path, safeCalls);
    }

    /** A local async function whose whole body is a `try` with a `catch` that does not rethrow. */
    function neverRejects(call: TSESTree.CallExpression): boolean {
      const fn = syntax.resolveFunction(call.callee);
      return fn !== undefined && fn.async && catchesEverything(fn);
    }

    /**
     * A dual API called the callback way: `close(cb)` of a `close(cb?)` that returns a promise only
     * when no callback is given, typed `Promise<T> | undefined`. The callback gets the outcome.
     */
    function isCallbackForm(call: TSESTree.CallExpression): boolean {
      const last = call.arguments.at(-1);
      if (!last || !isFunctionNode(last)) return false;
      if (types?.mayBeMissing(call) || types?.hasCallbackOverload(call)) return true;
      // Without strict null checks (or types) the union is gone: read the callee, when it is here.
      const fn = syntax.resolveFunction(call.callee);
      return fn !== undefined && !fn.async && sometimesReturnsNothing(fn);
    }

    function isSubtest(call: TSESTree.CallExpression): boolean {
      if (types) {
        const { callee } = call;
        return callee.type === AST_NODE_TYPES.MemberExpression && ASTUtils.getPropertyName(callee) === 'test' && types.typeName(callee.object) === 'TestContext';
      }
      return syntax.isSubtestCall(call);
    }

    function isRejectionHandler(argument: TSESTree.Node | undefined): boolean {
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return false;
      if (argument.type === AST_NODE_TYPES.Literal) return false;
      if (argument.type === AST_NODE_TYPES.Identifier && argument.name === 'undefined') return false;
      return !types || types.mayBeCallable(argument);
    }

    function canAwait(node: TSESTree.Node): boolean {
      const found = findAsyncContext(node);
      if (found) return found.awaitAllowed;
      if (!isAtTopLevel(node)) return false;
      topLevelAwait ??= hasTopLevelAwait(sourceCode.ast);
      return topLevelAwait;
    }

    function report(reportNode: TSESTree.Node, finding: Finding): void {
      const { node, kind } = finding;
      const awaitAllowed = canAwait(node);
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (kind === 'array') {
        if (awaitAllowed) suggest.push({ messageId: 'wrapAll', fix: (fixer) => text.wrapInPromiseAll(fixer, node, undefined) });
        else if (node.type !== AST_NODE_TYPES.AwaitExpression) {
          suggest.push({ messageId: 'wrapAllCatch', data: { handler }, fix: (fixer) => text.wrapInPromiseAll(fixer, node, handler) });
        }
      } else if (awaitAllowed) {
        suggest.push({ messageId: 'addAwait', fix: (fixer) => text.addAwait(fixer, node) });
        if (ignoreVoid) suggest.push({ messageId: 'addVoid', fix: (fixer) => text.addVoid(fixer, node) });
      } else {
        const plan = makeAsyncPlan(node);
        if (plan) suggest.push({ messageId: 'makeAsync', data: { name: plan.name }, fix: plan.fix });
        const access = catchAccess(node);
        if (access) suggest.push({ messageId: 'addCatch', data: { handler }, fix: (fixer) => text.addCatch(fixer, node, handler, access) });
        if (ignoreVoid && kind !== 'catchNoHandler') suggest.push({ messageId: 'addVoid', fix: (fixer) => text.addVoid(fixer, node) });
      }
      context.report({
        node: reportNode,
        messageId: messageFor(kind, node),
        data: { what: label(node) },
        suggest,
      });
    }

    function messageFor(kind: Kind, node: TSESTree.Node): MessageIds {
      switch (kind) {
        case 'subtest':
          return 'floatingSubtest';
        case 'then':
          return 'floatingThen';
        case 'finally':
          return 'floatingFinally';
        case 'catchNoHandler':
          return 'floatingCatchNoHandler';
        case 'array':
          return 'floatingArray';
        default:
          return isInTryBlock(node) ? 'floatingInTry' : 'floating';
      }
    }

    /**
     * How `.catch` is written after `node`: `?.catch` when the type says it may be missing
     * (`Promise<void> | undefined`), nothing for a thenable that has no `catch` method.
     */
    function catchAccess(node: TSESTree.Node): '.catch' | '?.catch' | undefined {
      if (!types || node.type === AST_NODE_TYPES.ChainExpression) return '.catch';
      return types.catchAccess(node);
    }

    function makeAsyncPlan(node: TSESTree.Node): { name: string; fix: TSESLint.ReportFixFunction } | undefined {
      const fn = nearestFunction(node);
      if (!fn || findAsyncContext(node)) return undefined;
      const plan = planMakeAsync(sourceCode, fn, functionReturnsPromises);
      if (!plan) return undefined;
      return {
        name: plan.name,
        fix: (fixer) => [
          fixer.insertTextBeforeRange([fn.range[0], fn.range[0]], 'async '),
          text.addAwait(fixer, node),
          ...(plan.returnTypeFix ? [plan.returnTypeFix(fixer)] : []),
        ],
      };
    }

    function functionReturnsPromises(fn: FunctionNode): boolean {
      return types ? types.returnsOnlyPromises(fn) : syntax.returnsPromise(fn);
    }

    function label(node: TSESTree.Node): string {
      const expression = skipExpressionWrappers(node);
      if (expression.type === AST_NODE_TYPES.CallExpression || expression.type === AST_NODE_TYPES.NewExpression) {
        const callee = isFunctionNode(expression.callee) ? `(${expression.callee.async ? 'async ' : ''}function)` : shorten(sourceCode.getText(expression.callee));
        const prefix = expression.type === AST_NODE_TYPES.NewExpression ? 'new ' : '';
        return `${prefix}${callee}(${expression.arguments.length > 0 ? '…' : ''})`;
      }
      if (expression.type === AST_NODE_TYPES.ImportExpression) return 'import(…)';
      return shorten(sourceCode.getText(expression));
    }

    function checkStatement(statement: TSESTree.ExpressionStatement): void {
      if (statement.directive !== undefined) return;
      const finding = analyze(statement.expression);
      if (finding) report(finding.node === statement.expression ? statement : finding.node, finding);
    }

    function checkDeclarator(declarator: TSESTree.VariableDeclarator): void {
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return;
      const declaration = declarator.parent;
      if (declaration.kind !== 'const' && declaration.kind !== 'let') return;
      if (declaration.declare || declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return;
      if (declaration.parent.type === AST_NODE_TYPES.ForStatement || declaration.parent.type === AST_NODE_TYPES.ForInStatement || declaration.parent.type === AST_NODE_TYPES.ForOfStatement) {
        return;
      }
      const [variable] = sourceCode.getDeclaredVariables(declarator);
      if (!variable || variable.references.some((reference) => reference.isRead())) return;
      if (variable.scope.type === 'global' && sourceCode.ast.sourceType !== 'module') return;
      const finding = analyze(declarator.init);
      if (!finding || finding.node !== declarator.init) return;
      const { node, kind } = finding;
      const awaitAllowed = canAwait(node);
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (kind === 'array') {
        suggest.push(
          awaitAllowed
            ? { messageId: 'wrapAll', fix: (fixer) => text.wrapInPromiseAll(fixer, node, undefined) }
            : { messageId: 'wrapAllCatch', data: { handler }, fix: (fixer) => text.wrapInPromiseAll(fixer, node, handler) },
        );
      } else if (awaitAllowed) {
        suggest.push({ messageId: 'addAwait', fix: (fixer) => text.addAwait(fixer, node) });
      } else {
        const access = catchAccess(node);
        if (access) suggest.push({ messageId: 'addCatch', data: { handler }, fix: (fixer) => text.addCatch(fixer, node, handler, access) });
      }
      context.report({ node: declarator.id, messageId: 'unusedPromise', data: { name: declarator.id.name }, suggest });
    }

    function checkCallbacks(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
      if (!types || options.checkVoidCallbacks === false) return;
      const { callee } = call;
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = ASTUtils.getPropertyName(callee);
        if (method !== null && ARRAY_CALLBACK_METHODS.has(method)) return;
      }
      for (const argument of call.arguments) {
        if (argument.type !== AST_NODE_TYPES.ArrowFunctionExpression && argument.type !== AST_NODE_TYPES.FunctionExpression) continue;
        if (!callbackReturnsPromise(argument) || catchesEverything(argument) || !types.expectsVoidCallback(call, argument)) continue;
        context.report({
          loc: { start: argument.loc.start, end: argument.body.loc.start },
          messageId: 'promiseIntoVoidCallback',
          data: { callee: shorten(sourceCode.getText(callee)) },
        });
      }
    }

    function callbackReturnsPromise(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): boolean {
      if (fn.generator) return false;
      if (fn.async) return true;
      // One type query first: most callbacks return plain values.
      if (!types?.mayReturnPromise(fn)) return false;
      // What it returns is judged like a statement would be: handled chains and builders are fine.
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return analyze(fn.body) !== undefined;
      return returnedExpressions(fn.body).some((argument) => argument !== null && analyze(argument) !== undefined);
    }

    return {
      ExpressionStatement: checkStatement,
      VariableDeclarator: checkDeclarator,
      CallExpression: checkCallbacks,
      NewExpression: checkCallbacks,
    };
  },
});

/** A block-bodied function with a path that returns no value: `return;`, or falling off the end. */
function sometimesReturnsNothing(fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const last = fn.body.body.at(-1);
  if (!last || (last.type !== AST_NODE_TYPES.ReturnStatement && last.type !== AST_NODE_TYPES.ThrowStatement)) return true;
  return returnedExpressions(fn.body).includes(null);
}

/** Inside the `try` block of a `try … catch` in the same function. */
function isInTryBlock(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (isFunctionNode(current)) return false;
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler) return true;
  }
  return false;
}

function shorten(source: string): string {
  const flat = source.replace(/\s+/g, ' ');
  if (flat.length <= MAX_LABEL) return flat;
  const lastDot = flat.lastIndexOf('.');
  return lastDot > 0 && flat.length - lastDot < MAX_LABEL ? `…${flat.slice(lastDot)}` : `${flat.slice(0, MAX_LABEL - 1)}…`;
}
