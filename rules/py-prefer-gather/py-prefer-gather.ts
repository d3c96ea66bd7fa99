import { createPythonRule } from '../create-python-rule';
import { inCoroutine } from '../../analysis/python/functions';
import { PythonValues } from '../../analysis/python/values/value-kinds';
import type { PyNode } from '../../languages/python/syntax-tree';
import { independentComprehension } from './comprehension';
import { combinedElsewhere, inOrderedScope, notedAsSequential } from './intent';
import { independentLoop } from './loop';
import type { Facts } from './operations';
import { gatherComprehension, gatherLoop, gatherStatement } from './rewrite';
import { awaitOf, independentRuns, startsWithAwait } from './sequence';

type MessageIds = 'sequentialAwaits' | 'sequentialLoop' | 'sequentialComprehension' | 'useGather';

/** Libraries with their own way of running work together: `asyncio.gather` is not theirs. */
const OTHER_RUNTIMES = ['trio', 'anyio', 'curio'];

export default createPythonRule<MessageIds, []>({
  name: 'py-prefer-gather',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Prefer running independent awaits together with asyncio.gather instead of one after another',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      sequentialAwaits: 'These {{count}} awaits run one after another though none needs another\'s result; together they would take as long as the slowest.',
      sequentialLoop: 'This loop awaits one item at a time though no item needs another; together the items would take as long as the slowest.',
      sequentialComprehension: 'This comprehension awaits one item at a time though no item needs another; together the items would take as long as the slowest.',
      useGather: 'Start them together with `asyncio.gather`',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    const values = PythonValues.of(sourceCode.ast, { filename: context.filename, cwd: context.cwd });
    const { names } = values;
    const { imports } = names;
    if (OTHER_RUNTIMES.some((runtime) => imports.has(runtime)) && !imports.has('asyncio')) return {};
    const facts: Facts = { sourceCode, names, values };

    function checkBlock(block: PyNode): void {
      const statements = block.children;
      if (statements.filter(startsWithAwait).length < 2 || !inCoroutine(block)) return;
      for (const run of independentRuns(statements, facts)) {
        const first = run[0]!.statement;
        const last = run.at(-1)!.statement;
        const names = run.flatMap((step) => step.awaited.names);
        if (inOrderedScope(first) || notedAsSequential(first, last, facts) || combinedElsewhere(first, names, facts)) continue;
        const edits = gatherStatement(run, facts, imports);
        context.report({
          node: awaitOf(run[0]!),
          messageId: 'sequentialAwaits',
          data: { count: String(run.length) },
          suggest: edits ? [{ messageId: 'useGather', fix: (fixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)) }] : [],
        });
      }
    }

    return {
      block: checkBlock,
      for_statement(loop) {
        if (!inCoroutine(loop) || inOrderedScope(loop)) return;
        const shape = independentLoop(loop, facts);
        if (!shape || notedAsSequential(loop, loop, facts) || combinedElsewhere(loop, shape.awaited.names, facts)) return;
        const header = { start: loop.loc.start, end: shape.iterable.loc.end };
        const edits = gatherLoop(shape, facts, imports);
        context.report({
          loc: header,
          messageId: 'sequentialLoop',
          suggest: edits ? [{ messageId: 'useGather', fix: (fixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)) }] : [],
        });
      },
      'list_comprehension, dictionary_comprehension'(comprehension: PyNode) {
        if (!inCoroutine(comprehension) || inOrderedScope(comprehension)) return;
        const shape = independentComprehension(comprehension, facts);
        const parent = comprehension.parent ?? comprehension;
        const statement = parent.type === 'return_statement' ? parent : (parent.parent ?? parent);
        if (!shape || notedAsSequential(statement, statement, facts) || combinedElsewhere(comprehension, shape.awaited.names, facts)) return;
        const edits = gatherComprehension(shape, facts, imports);
        context.report({
          node: comprehension,
          messageId: 'sequentialComprehension',
          suggest: edits ? [{ messageId: 'useGather', fix: (fixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)) }] : [],
        });
      },
    };
  },
});
