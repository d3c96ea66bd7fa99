import type { RuleTextEdit, RuleTextEditor } from '@eslint/core';
import { createPythonRule } from '../create-python-rule';
import { inCoroutine } from '../../analysis/python/functions';
import { NameResolver } from '../../analysis/python/names';
import type { PyNode } from '../../languages/python/syntax-tree';
import { targetsAtLeast } from '../../analysis/python/target-version';
import { runsOnlyFrom, versionRange } from '../../analysis/python/version-guards';
import { asyncioAccess, type AsyncioAccess } from './asyncio-binding';
import { buildCatalogue, type BlockingRow } from './catalogue';
import { CallKinds } from './object-kinds';
import { argumentsAfter, awaitAllowed, awaited, wholeFileChain } from './rewrites';
import { isNonBlockingSocketUse } from './socket-mode';

type Options = [{ blockingCalls?: Record<string, string> }];

/** Longer callee texts are cut to their last name in the message, which must stay one short line. */
const MAX_CALLEE_LABEL = 40;

/**
 * A blocking call (file, network, process, database, sleep) in the body of an `async def`: while
 * it waits, the event loop runs nothing else. Calls are recognised through the file's imports,
 * never by bare name, and methods only on objects whose making the code shows.
 */
export default createPythonRule({
  name: 'py-blocking-in-async',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow blocking calls (sleep, file, network, subprocess, database) inside async def',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          blockingCalls: {
            type: 'object',
            description: 'More blocking calls, by qualified name, with what to use instead: { "mylib.fetch_sync": "await mylib.fetch(...)" }',
            additionalProperties: { type: 'string' },
          },
        },
      },
    ],
    messages: {
      blockingCall: '`{{callee}}` {{why}} and blocks the event loop inside `async def`; use {{instead}}.',
      useAsyncioSleep: 'Use `await {{asyncio}}.sleep(…)`',
      runInThread: 'Run it in a thread: `await {{asyncio}}.to_thread(…)`',
    },
  },
  defaultOptions: [{ blockingCalls: {} }] as Options,
  create(context) {
    const { sourceCode } = context;
    const [options] = context.options;
    const catalogue = buildCatalogue(options.blockingCalls ?? {});
    const names = NameResolver.of(sourceCode.ast);
    const { imports } = names;
    const kinds = new CallKinds(sourceCode, names, catalogue);
    // asyncio.to_thread arrived in Python 3.9.
    const threadsAvailable = targetsAtLeast(context.settings, 3, 9);

    function suggestions(call: PyNode, key: string, row: BlockingRow) {
      const asyncio = awaitAllowed(call) ? asyncioAccess(sourceCode.ast, imports, names, call) : undefined;
      if (!asyncio) return [];
      const edit = (node: PyNode, expression: string) => (fixer: RuleTextEditor): RuleTextEdit[] => [
        ...(asyncio.addImport ? [fixer.insertTextBeforeRange([asyncio.addImport.at, asyncio.addImport.at], asyncio.addImport.text)] : []),
        fixer.replaceTextRange(node.range, awaited(node, expression)),
      ];
      const data = { asyncio: asyncio.name };
      if (key === 'time.sleep') {
        const args = call.fields.arguments;
        if (args?.type !== 'argument_list') return [];
        return [{ messageId: 'useAsyncioSleep' as const, data, fix: edit(call, `${asyncio.name}.sleep${sourceCode.textOf(args)}`) }];
      }
      if ((!threadsAvailable && !runsOnlyFrom(versionRange(call, names), 9)) || row.thread === false) return [];
      const thread = threadCall(call, key, asyncio);
      return thread ? [{ messageId: 'runInThread' as const, data, fix: edit(thread.node, thread.expression) }] : [];
    }

    /** `await asyncio.to_thread(f, *args)` for the call, or for the whole `open(p).read()` chain. */
    function threadCall(call: PyNode, key: string, asyncio: AsyncioAccess): { node: PyNode; expression: string } | undefined {
      if (key === 'builtins.open' || key === 'pathlib.Path().open') {
        const chain = wholeFileChain(sourceCode, call);
        return chain && { node: chain.node, expression: `${asyncio.name}.to_thread(${chain.thunk})` };
      }
      const callee = call.fields.function;
      if (!callee) return undefined;
      return { node: call, expression: `${asyncio.name}.to_thread(${argumentsAfter(sourceCode, call, sourceCode.textOf(callee))})` };
    }

    return {
      call(node) {
        if (!inCoroutine(node)) return;
        const key = kinds.callKey(node);
        const row = key ? catalogue.lookup(key) : undefined;
        if (!key || !row || kinds.isExempt(node, key)) return;
        if (row.needsArguments && (node.fields.arguments?.children.length ?? 0) === 0) return;
        if (key === 'builtins.open' && handedToAiofiles(node)) return;
        if (key.startsWith('socket.socket().') && isNonBlockingSocketUse(sourceCode.ast, node)) return;
        context.report({
          node,
          messageId: 'blockingCall',
          data: { callee: calleeLabel(node), why: row.why, instead: row.instead },
          suggest: suggestions(node, key, row),
        });
      },
    };

    function calleeLabel(call: PyNode): string {
      const callee = call.fields.function;
      const text = callee ? sourceCode.textOf(callee) : '';
      if (text.length <= MAX_CALLEE_LABEL && !text.includes('\n')) return text;
      return callee?.type === 'attribute' ? `….${callee.fields.attribute?.text ?? ''}` : '…';
    }

    /** `aiofiles`' own wrappers take a file opened elsewhere and do the I/O in a thread. */
    function handedToAiofiles(openCall: PyNode): boolean {
      const outer = openCall.parent?.type === 'argument_list' ? openCall.parent.parent : undefined;
      return outer?.type === 'call' && (names.qualifiedName(outer.fields.function)?.startsWith('aiofiles.') ?? false);
    }
  },
});
