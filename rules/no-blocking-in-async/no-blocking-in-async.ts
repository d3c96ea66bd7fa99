import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule';
import { findAsyncContext, isFunctionNode } from '../utils/async-context';
import { awaitedText } from '../utils/await-text';
import { importNamed } from '../utils/imports';
import { resolveModuleBinding } from '../utils/module-binding';
import { memberPath, walk } from '../utils/walk';
import { lookupBlockingCall, type BlockingEntry } from './catalogue';

type MessageIds = 'blockingCall' | 'busyWait' | 'useFsPromises' | 'useAccess';

type Options = [
  {
    /** Also report top-level code of ES modules that use top-level `await`. */
    checkTopLevelAwaitModules?: boolean;
    /** Project-specific blocking calls, e.g. `{ module: 'my-db', name: 'querySync', instead: 'query' }`. */
    additionalCalls?: { module: string; name: string; instead: string }[];
  },
];

/** Below this many bytes, `randomBytes` without a callback returns in microseconds. */
const SMALL_RANDOM_BYTES = 1024;
const CLOCK_READS = new Set(['Date.now', 'performance.now', 'process.hrtime', 'process.hrtime.bigint']);

export default createRule<Options, MessageIds>({
  name: 'no-blocking-in-async',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow synchronous, blocking calls inside async functions',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      blockingCall: '`{{callee}}` blocks the event loop inside async code; use {{instead}}.',
      busyWait: 'This loop spins on the clock and blocks the event loop; await a timer instead.',
      useFsPromises: 'Use `await {{replacement}}(…)` (non-blocking)',
      useAccess: 'Use `await {{replacement}}(…)` to test that the path exists (non-blocking)',
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
    const extra: BlockingEntry[] = options.additionalCalls ?? [];
    const topLevelCounts = options.checkTopLevelAwaitModules === true && hasTopLevelAwait(sourceCode.ast);

    /** Runs in async code, and whether `await` may be written right here. */
    function asyncPlacement(node: TSESTree.Node): { awaitAllowed: boolean } | undefined {
      const found = findAsyncContext(node);
      if (found) return found;
      if (topLevelCounts && isAtTopLevel(node)) return { awaitAllowed: true };
      return undefined;
    }

    function checkCall(call: TSESTree.CallExpression): void {
      const placement = asyncPlacement(call);
      if (!placement) return;
      const scope = sourceCode.getScope(call);
      const entry = blockingEntryFor(call, scope, extra);
      if (!entry) return;
      context.report({
        node: call,
        messageId: 'blockingCall',
        data: { callee: calleeLabel(call, entry), instead: entry.instead },
        suggest: placement.awaitAllowed ? suggestionsFor(call, entry, scope) : [],
      });
    }

    function suggestionsFor(
      call: TSESTree.CallExpression,
      entry: BlockingEntry,
      scope: TSESLint.Scope.Scope,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (entry.module !== 'fs' || !entry.fix) return [];
      const promiseName = entry.fix === 'exists' ? 'access' : entry.promiseName;
      if (!promiseName) return [];
      const callee = promisesCallee(call, promiseName, scope);
      if (!callee) return [];
      const args = call.arguments.map((argument) => sourceCode.getText(argument));
      const expression =
        entry.fix === 'exists'
          ? `${callee.text}(${args[0] ?? ''}).then(() => true, () => false)`
          : `${callee.text}(${args.join(', ')})`;
      if (entry.fix === 'exists' && args.length !== 1) return [];
      return [
        {
          messageId: entry.fix === 'exists' ? 'useAccess' : 'useFsPromises',
          data: { replacement: callee.text },
          fix: (fixer) => [
            fixer.replaceText(call, awaitedText(call, expression)),
            ...(callee.importFix ? [callee.importFix(fixer)] : []),
          ],
        },
      ];
    }

    /** How to name the `fs/promises` function: `fs.promises.x` for `fs.xSync`, an import for a bare `xSync`. */
    function promisesCallee(
      call: TSESTree.CallExpression,
      promiseName: string,
      scope: TSESLint.Scope.Scope,
    ): { text: string; importFix?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix } | undefined {
      const { callee } = call;
      if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && !callee.optional) {
        return { text: `${sourceCode.getText(callee.object)}.promises.${promiseName}` };
      }
      if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
      const imported = importNamed(sourceCode, scope, 'node:fs/promises', promiseName);
      return imported && { text: imported.localName, importFix: imported.fix };
    }

    function checkLoop(loop: TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement): void {
      if (!loop.test || !readsClock(loop.test) || containsAwaitOrYield(loop.body)) return;
      if (!asyncPlacement(loop)) return;
      context.report({ node: loop.test, messageId: 'busyWait' });
    }

    return {
      CallExpression: checkCall,
      WhileStatement: checkLoop,
      DoWhileStatement: checkLoop,
      ForStatement: checkLoop,
    };
  },
});

function blockingEntryFor(
  call: TSESTree.CallExpression,
  scope: TSESLint.Scope.Scope,
  extra: readonly BlockingEntry[],
): BlockingEntry | undefined {
  if (isGlobalMember(call.callee, scope, 'Atomics', 'wait')) {
    return { module: '', name: 'Atomics.wait', instead: 'Atomics.waitAsync' };
  }
  const binding = resolveModuleBinding(call.callee, scope);
  if (!binding) return undefined;
  if (binding.kind === 'module') return lookupBlockingCall(binding.module, undefined, extra);
  if (binding.module === 'crypto' && binding.name === 'randomBytes') return blockingRandomBytes(call);
  return lookupBlockingCall(binding.module, binding.name, extra);
}

/** `randomBytes(n)` without a callback is synchronous; tiny sizes are not worth a report. */
function blockingRandomBytes(call: TSESTree.CallExpression): BlockingEntry | undefined {
  const [size, callback] = call.arguments;
  if (callback) return undefined;
  if (size?.type === AST_NODE_TYPES.Literal && typeof size.value === 'number' && size.value < SMALL_RANDOM_BYTES) {
    return undefined;
  }
  return { module: 'crypto', name: 'randomBytes', instead: 'randomBytes with a callback, or util.promisify(randomBytes)' };
}

function calleeLabel(call: TSESTree.CallExpression, entry: BlockingEntry): string {
  if (entry.module === '') return entry.name;
  const canonical = entry.name === '*' ? entry.module : `${entry.module}.${entry.name}`;
  const { callee } = call;
  const written = callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
  return written && written !== entry.name ? `${written}` + ` (${canonical})` : canonical;
}

function isGlobalMember(node: TSESTree.Node, scope: TSESLint.Scope.Scope, object: string, property: string): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed) return false;
  if (node.object.type !== AST_NODE_TYPES.Identifier || node.object.name !== object) return false;
  if (node.property.type !== AST_NODE_TYPES.Identifier || node.property.name !== property) return false;
  const variable = ASTUtils.findVariable(scope, object);
  return !variable || variable.defs.length === 0;
}

function readsClock(node: TSESTree.Node): boolean {
  let found = false;
  walk(node, (child) => {
    if (child.type === AST_NODE_TYPES.CallExpression && CLOCK_READS.has(memberPath(child.callee))) found = true;
    if (child.type === AST_NODE_TYPES.NewExpression && memberPath(child.callee) === 'Date') found = true;
    return !found;
  });
  return found;
}

function containsAwaitOrYield(node: TSESTree.Node): boolean {
  let found = false;
  walk(node, (child) => {
    if (child.type === AST_NODE_TYPES.AwaitExpression || child.type === AST_NODE_TYPES.YieldExpression) found = true;
    if (child.type === AST_NODE_TYPES.ForOfStatement && child.await) found = true;
    return !found && !isFunctionNode(child);
  });
  return found;
}

function isAtTopLevel(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.ClassBody) return false;
  }
  return true;
}

function hasTopLevelAwait(program: TSESTree.Program): boolean {
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
