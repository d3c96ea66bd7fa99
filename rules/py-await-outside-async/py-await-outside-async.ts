import { createPythonRule } from '../create-python-rule';
import { enclosingFunction } from '../../analysis/python/functions';
import { asyncKeywordInsertion, mayBeAsync } from '../fixes/python-make-async';
import { isAsync, type PyNode } from '../../languages/python/syntax-tree';

/**
 * `await` in a plain `def` or a lambda: CPython refuses to compile the file ("'await' outside
 * async function") while tree-sitter parses it happily, so this rule is what turns it into a
 * finding with a fix. Once per function, at its first `await`. Top-level `await` is left alone:
 * the asyncio REPL and notebooks accept it.
 */
export default createPythonRule({
  name: 'py-await-outside-async',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `await` in a plain `def` or lambda, which Python rejects: make the function async',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      awaitInDef: '`await` in a plain `def`: make `{{name}}` async.',
      awaitInSyncDunder: '`await` in `{{name}}`, which Python calls synchronously: move the awaiting into an async method.',
      awaitInLambda: '`await` in a lambda, which cannot be async: use a nested `async def` instead.',
      makeAsync: 'Make `{{name}}` async',
    },
  },
  defaultOptions: [],
  create(context) {
    const reported = new Set<PyNode>();
    return {
      await(node) {
        const fn = enclosingFunction(node);
        if (!fn || reported.has(fn) || (fn.type === 'function_definition' && isAsync(fn))) return;
        reported.add(fn);
        if (fn.type === 'lambda') {
          context.report({ node, messageId: 'awaitInLambda' });
          return;
        }
        const name = fn.fields.name?.text ?? '';
        if (!mayBeAsync(fn)) {
          context.report({ node, messageId: 'awaitInSyncDunder', data: { name } });
          return;
        }
        const keyword = asyncKeywordInsertion(fn);
        context.report({
          node,
          messageId: 'awaitInDef',
          data: { name },
          suggest: [
            { messageId: 'makeAsync', data: { name }, fix: (fixer) => fixer.insertTextBeforeRange([keyword.at, keyword.at], keyword.text) },
          ],
        });
      },
    };
  },
});
