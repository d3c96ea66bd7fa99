import { createPythonRule } from '../create-python-rule';
import { descendants, enclosingFunction } from '../../analysis/python/functions';
import { isAsync, type PyNode } from '../../languages/python/syntax-tree';
import { valueFate } from '../../analysis/python/value-use';
import { keepReferenceEdits, TASK_SET } from './keep-reference';
import { isTaskSpawn } from './task-spawns';

/**
 * A task started with `asyncio.create_task()`, `asyncio.ensure_future()` or `loop.create_task()`
 * whose task object nobody keeps. The event loop only holds weak references to tasks, so a task
 * that is not referenced anywhere else can be garbage-collected before it finishes; asyncio's
 * documentation warns about exactly this. `TaskGroup.create_task` keeps its tasks and is fine.
 */
export default createPythonRule({
  name: 'py-dangling-task',
  meta: {
    type: 'problem',
    docs: {
      description: 'Keep a reference to every task you start: the event loop only holds tasks weakly',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      droppedTask:
        'Nothing keeps the task from `{{callee}}()`: the event loop holds tasks only weakly, so it can be garbage-collected before it finishes.',
      unreadTask:
        '`{{name}}` is never used, so nothing keeps the task from `{{callee}}()`: it can be garbage-collected before it finishes.',
      keepReference: 'Keep the task in `{{set}}` until it is done',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    return {
      call(node) {
        if (!isTaskSpawn(node)) return;
        const fate = valueFate(node);
        if (fate.kind === 'used') return;
        if (fate.kind === 'unread' && suspendsAfter(fate.statement)) return;
        const fix = keepReferenceEdits(sourceCode, node, fate.statement, fate.kind === 'unread' ? fate.name : undefined);
        context.report({
          node,
          messageId: fate.kind === 'dropped' ? 'droppedTask' : 'unreadTask',
          data: { callee: sourceCode.textOf(node.fields.function ?? node), name: fate.kind === 'unread' ? fate.name : '' },
          suggest: fix ? [{ messageId: 'keepReference', data: { set: TASK_SET }, fix }] : [],
        });
      },
    };
  },
});

/**
 * Whether the coroutine around a statement suspends somewhere after it. A local variable holding
 * the task is then a real (if quiet) strong reference while the coroutine waits: uvicorn keeps
 * its lifespan task alive exactly this way. In a plain def, or with no later `await`, the local
 * dies before the task can run far.
 */
function suspendsAfter(statement: PyNode): boolean {
  const fn = enclosingFunction(statement);
  if (fn?.type !== 'function_definition' || !isAsync(fn) || !fn.fields.body) return false;
  for (const node of descendants(fn.fields.body)) {
    if (node.range[0] < statement.range[1]) continue;
    if (node.type === 'await' || ((node.type === 'for_statement' || node.type === 'with_statement') && isAsync(node))) return true;
  }
  return false;
}
