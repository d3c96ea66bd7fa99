import { createPythonRule } from '../create-python-rule';
import { inCoroutine } from '../../analysis/python/functions';
import { NameResolver } from '../../analysis/python/names';

/**
 * `asyncio.get_event_loop()` inside a coroutine: `get_running_loop()` says what is meant, never
 * creates a loop, and is what asyncio's documentation asks for in coroutines since Python 3.7.
 * The fix is safe where it is offered: inside a coroutine both return the same running loop.
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
    return {
      call(node) {
        const callee = node.fields.function;
        if (!callee || names.qualifiedName(callee) !== 'asyncio.get_event_loop') return;
        if (node.fields.arguments?.children.length !== 0 || !inCoroutine(node)) return;
        // `asyncio.get_event_loop` → rename the attribute; a bare imported name has no module to hang it on.
        const attribute = callee.type === 'attribute' ? callee.fields.attribute : undefined;
        context.report({
          node,
          messageId: 'getEventLoop',
          fix: attribute ? (fixer) => fixer.replaceTextRange(attribute.range, 'get_running_loop') : null,
        });
      },
    };
  },
});
