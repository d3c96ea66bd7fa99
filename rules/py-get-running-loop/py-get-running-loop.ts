import { createPythonRule } from '../create-python-rule';
import { inCoroutine } from '../../analysis/python/functions';
import { NameResolver } from '../../analysis/python/names';
import { targetDeclared, targetsAtLeast } from '../../analysis/python/target-version';
import { runsOnlyBefore, runsOnlyFrom, versionRange } from '../../analysis/python/version-guards';

/**
 * `asyncio.get_event_loop()` inside a coroutine: `get_running_loop()` says what is meant, never
 * creates a loop, and is what asyncio's documentation asks for in coroutines since Python 3.7.
 * The fix is safe where it is offered: inside a coroutine both return the same running loop.
 * `get_running_loop()` arrived in Python 3.7: code under `if sys.version_info < (3, 7):` is left
 * alone, and a project that declares an older minimum gets the finding without the rewrite.
 */
export default createPythonRule({
  name: 'py-get-running-loop',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Use asyncio.get_running_loop() instead of get_event_loop() inside a coroutine',
      recommended: true,
    },
    fixable: 'code',
    schema: [],
    messages: {
      getEventLoop:
        '`get_event_loop()` inside a coroutine: use `asyncio.get_running_loop()`, which returns the loop running this coroutine and can never create a second one.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    const names = NameResolver.of(sourceCode.ast);
    const projectHasRunningLoop = !targetDeclared(context.settings) || targetsAtLeast(context.settings, 3, 7);
    return {
      call(node) {
        const callee = node.fields.function;
        if (!callee || names.qualifiedName(callee) !== 'asyncio.get_event_loop') return;
        if (node.fields.arguments?.children.length !== 0 || !inCoroutine(node)) return;
        const range = versionRange(node, names);
        if (runsOnlyBefore(range, 7)) return;
        const fixable = projectHasRunningLoop || runsOnlyFrom(range, 7);
        // `asyncio.get_event_loop` → rename the attribute; a bare imported name has no module to hang it on.
        const attribute = callee.type === 'attribute' ? callee.fields.attribute : undefined;
        context.report({
          node,
          messageId: 'getEventLoop',
          fix: attribute && fixable ? (fixer) => fixer.replaceTextRange(attribute.range, 'get_running_loop') : null,
        });
      },
    };
  },
});
