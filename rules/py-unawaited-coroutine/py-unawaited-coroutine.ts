import type { RuleTextEditor, SuggestedEdit } from '@eslint/core';
import { createPythonRule } from '../create-python-rule';
import { enclosingFunction } from '../../analysis/python/functions';
import { asyncKeywordInsertion, canBecomeAsync } from '../fixes/python-make-async';
import { isAsync, type PyNode } from '../../languages/python/syntax-tree';
import { valueFate } from '../../analysis/python/value-use';
import { PythonValues } from '../../analysis/python/values/value-kinds';
import { coroutineCallKind, type CoroutineCallContext } from './coroutine-calls';

/**
 * A call that creates a coroutine nobody awaits: the statement is the bare call, or the result
 * goes into a local that is never read. The coroutine's body never runs (Python only warns
 * "coroutine ... was never awaited" when it is garbage collected). Anything else done with the
 * value (returned, passed on, stored, awaited later) is someone else's business and not reported.
 */
export default createPythonRule({
  name: 'py-unawaited-coroutine',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require coroutines to be awaited: a coroutine that is created and dropped never runs',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      droppedCoroutine: '`{{callee}}()` creates a coroutine that is never awaited, so its code never runs.',
      unreadCoroutine: '`{{name}}` holds the coroutine of `{{callee}}()` but is never awaited or read, so its code never runs.',
      droppedFuture: '`{{callee}}()` is never awaited: the work it starts runs unwatched and its errors are lost.',
      addAwait: 'Add `await`',
      makeAsync: 'Make `{{function}}` async and await the call',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    const calls: CoroutineCallContext = {
      values: PythonValues.of(sourceCode.ast, { filename: context.filename, cwd: context.cwd }),
      filename: context.filename,
      cwd: context.cwd,
    };
    return {
      call(node) {
        const fate = valueFate(node);
        if (fate.kind === 'used') return;
        const kind = coroutineCallKind(node, calls);
        if (!kind) return;
        const callee = sourceCode.textOf(node.fields.function ?? node);
        const messageId = kind === 'future' ? 'droppedFuture' : fate.kind === 'dropped' ? 'droppedCoroutine' : 'unreadCoroutine';
        const fn = enclosingFunction(node);
        context.report({
          node,
          messageId,
          data: { callee, name: fate.kind === 'unread' ? fate.name : '' },
          suggest: suggestionsFor(node, fn),
        });
      },
    };
  },
});

/**
 * In a coroutine: add `await`. In a plain def: `await` would not compile, so offer to make the
 * def async (and await the call) where nothing in the file calls that def synchronously. At
 * module or class level, and in lambdas, there is nothing safe to offer.
 */
function suggestionsFor(call: PyNode, fn: PyNode | undefined): SuggestedEdit<'addAwait' | 'makeAsync'>[] {
  if (!fn || fn.type !== 'function_definition') return [];
  const addAwait = { at: call.range[0], text: 'await ' };
  if (isAsync(fn)) {
    return [{ messageId: 'addAwait', fix: (fixer: RuleTextEditor) => fixer.insertTextBeforeRange([addAwait.at, addAwait.at], addAwait.text) }];
  }
  if (!canBecomeAsync(fn)) return [];
  const keyword = asyncKeywordInsertion(fn);
  return [
    {
      messageId: 'makeAsync',
      data: { function: fn.fields.name?.text ?? '' },
      fix: (fixer: RuleTextEditor) => [
        fixer.insertTextBeforeRange([keyword.at, keyword.at], keyword.text),
        fixer.insertTextBeforeRange([addAwait.at, addAwait.at], addAwait.text),
      ],
    },
  ];
}

