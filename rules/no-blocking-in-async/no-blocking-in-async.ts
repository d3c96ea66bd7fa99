import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule';
import { findAsyncContext, type FunctionNode } from '../../analysis/js/async-context';
import { normalizeModuleName } from '../../analysis/js/module-binding';
import { hasTopLevelAwait, isAtTopLevel } from '../../analysis/js/top-level-await';
import { typeOracle } from '../../analysis/types/oracle-for-file';
import { busyWaitFix, isBusyWait, type Loop } from './busy-wait';
import type { BlockingEntry } from './catalogue';
import type { FixContext, MessageIds, Suggestion } from './fix-context';
import { execFix } from './fix-exec';
import { fsPromisesFix, moduleTwinFix } from './fix-fs';
import { promisifyFix, waitAsyncFix } from './fix-promisify';
import { calleeLabel, findBlockingCall, type BlockingCall } from './resolve-call';

export type Options = [
  {
    /** Also report top-level code of ES modules that use top-level `await`. */
    checkTopLevelAwaitModules?: boolean;
    /** Project-specific blocking calls, e.g. `{ module: 'my-db', name: 'querySync', instead: 'query' }`. */
    additionalCalls?: { module: string; name: string; instead: string }[];
  },
];

export default createRule<Options, MessageIds>({
  name: 'no-blocking-in-async',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow synchronous, blocking calls inside async functions',
      recommended: true,
      typesOnlyAdd: true,
    },
    hasSuggestions: true,
    messages: {
      blockingCall: '`{{callee}}` blocks the event loop inside async code; use {{instead}}.',
      busyWait: 'This loop spins on the clock and blocks the event loop; await a timer instead.',
      useFsPromises: 'Use `await {{replacement}}(…)` (non-blocking)',
      useAccess: 'Use `await {{replacement}}(…)` to test that the path exists (non-blocking)',
      useAsyncTwin: 'Use `await {{replacement}}(…)` (non-blocking)',
      useExecAsync: 'Use `(await {{helper}}(…)).stdout` with a promisified exec (non-blocking)',
      usePromisify: 'Use `await {{replacement}}(…)` (non-blocking)',
      useWaitAsync: 'Use `await Atomics.waitAsync(…).value` (non-blocking)',
      useTimer: 'Use `await {{replacement}}(ms)` from node:timers/promises',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkTopLevelAwaitModules: { type: 'boolean' },
          additionalCalls: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['module', 'name', 'instead'],
              properties: { module: { type: 'string' }, name: { type: 'string' }, instead: { type: 'string' } },
            },
          },
        },
      },
    ],
    defaultOptions: [{ checkTopLevelAwaitModules: false, additionalCalls: [] }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const extra: BlockingEntry[] = (options.additionalCalls ?? []).map((entry) => ({
      ...entry,
      module: normalizeModuleName(entry.module),
    }));
    const topLevelCounts = options.checkTopLevelAwaitModules === true && hasTopLevelAwait(sourceCode.ast);

    /** Runs in async code, and whether `await` may be written right here. */
    function asyncPlacement(node: TSESTree.Node): { awaitAllowed: boolean } | undefined {
      const found = findAsyncContext(node);
      if (found) {
        if (isExitListener(found.asyncFunction, sourceCode.getScope(found.asyncFunction))) return undefined;
        // `await` is a syntax error in an async function's own parameter defaults.
        return { awaitAllowed: found.awaitAllowed && !isInParameters(node, found.asyncFunction) };
      }
      if (topLevelCounts && isAtTopLevel(node)) return { awaitAllowed: true };
      return undefined;
    }

    function checkCall(call: TSESTree.CallExpression): void {
      const placement = asyncPlacement(call);
      if (!placement) return;
      const scope = sourceCode.getScope(call);
      const types = typeOracle(context);
      const found = findBlockingCall(call, scope, extra, types);
      if (!found) return;
      const fixContext: FixContext = { sourceCode, scope, filename: context.filename, types };
      const suggestion = placement.awaitAllowed ? suggestionFor(fixContext, call, found) : undefined;
      context.report({
        node: call,
        messageId: 'blockingCall',
        data: { callee: calleeLabel(call, found.entry), instead: found.entry.instead },
        suggest: suggestion ? [suggestion] : [],
      });
    }

    function checkLoop(loop: Loop): void {
      if (!isBusyWait(loop)) return;
      const placement = asyncPlacement(loop);
      if (!placement) return;
      const fixContext: FixContext = { sourceCode, scope: sourceCode.getScope(loop), filename: context.filename, types: typeOracle(context) };
      const suggestion = placement.awaitAllowed ? busyWaitFix(fixContext, loop) : undefined;
      context.report({ node: loop.test ?? loop, messageId: 'busyWait', suggest: suggestion ? [suggestion] : [] });
    }

    return {
      CallExpression: checkCall,
      WhileStatement: checkLoop,
      DoWhileStatement: checkLoop,
      ForStatement: checkLoop,
    };
  },
});

/** The rewrite a catalogue entry offers; undefined where the result could differ. */
function suggestionFor(context: FixContext, call: TSESTree.CallExpression, found: BlockingCall): Suggestion | undefined {
  switch (found.entry.fix) {
    case 'fs-promises':
    case 'fs-exists':
      return fsPromisesFix(context, call, found);
    case 'module-twin':
      return moduleTwinFix(context, call, found);
    case 'exec':
      return execFix(context, call, found);
    case 'promisify':
      return promisifyFix(context, call, found);
    case 'wait-async':
      return waitAsyncFix(context, call);
    default:
      return undefined;
  }
}

const LISTENER_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/**
 * `process.on('exit', async () => ...)`: once 'exit' fires, no promise is ever waited for, so
 * synchronous calls are the only ones that run there.
 */
function isExitListener(fn: FunctionNode, scope: TSESLint.Scope.Scope): boolean {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== fn) return false;
  const { callee } = call;
  const [event] = call.arguments;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  if (callee.object.name !== 'process' || !LISTENER_METHODS.has(ASTUtils.getPropertyName(callee, scope) ?? '')) return false;
  if (event?.type !== AST_NODE_TYPES.Literal || event.value !== 'exit') return false;
  const processVariable = ASTUtils.findVariable(scope, 'process');
  return !processVariable || processVariable.defs.length === 0;
}

function isInParameters(node: TSESTree.Node, fn: FunctionNode): boolean {
  return fn.params.some((param) => node.range[0] >= param.range[0] && node.range[1] <= param.range[1]);
}
