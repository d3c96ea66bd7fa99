import { resolveName } from '../../analysis/python/scope-bindings';
import type { PyNode } from '../../languages/python/syntax-tree';
import { absoluteImportName } from '../../analysis/python/workspace-modules';

const LOOP_GETTERS = new Set(['asyncio.get_running_loop', 'asyncio.get_event_loop', 'asyncio.new_event_loop']);

/**
 * Names an event loop goes by in asyncio code (`loop`, `self._loop`): `.create_task` on them is
 * the loop's. A TaskGroup (`tg.create_task`), which keeps its tasks, never goes by these.
 */
const LOOP_NAMES = new Set(['loop', '_loop', 'event_loop', '_event_loop']);

/** Calls whose result is already a future held elsewhere: `ensure_future` of them makes no new task. */
const FUTURE_MAKERS = new Set(['run_in_executor', 'create_future', 'wrap_future', 'gather', 'shield', 'ensure_future', 'create_task']);

/** `asyncio.create_task(...)`, `asyncio.ensure_future(coro())`, `loop.create_task(...)`: a call that starts a task. */
export function isTaskSpawn(call: PyNode): boolean {
  const callee = call.fields.function;
  const name = callee?.type === 'attribute' ? callee.fields.attribute?.text : callee?.text;
  if (!callee || (name !== 'create_task' && name !== 'ensure_future')) return false;
  const qualified = absoluteImportName(callee);
  if (qualified === 'asyncio.create_task') return true;
  if (qualified === 'asyncio.ensure_future') return startsCoroutine(call.fields.arguments?.children[0]);
  if (callee.type !== 'attribute' || callee.fields.attribute?.text !== 'create_task') return false;
  return isEventLoop(callee.fields.object);
}

/** `ensure_future(fetch())` makes a task; `ensure_future(fut)` of a future made elsewhere does not. */
function startsCoroutine(argument: PyNode | undefined): boolean {
  if (argument?.type !== 'call') return false;
  const callee = argument.fields.function;
  const name = callee?.type === 'attribute' ? callee.fields.attribute?.text : callee?.text;
  return !FUTURE_MAKERS.has(name ?? '');
}

function isEventLoop(expression: PyNode | undefined): boolean {
  if (!expression) return false;
  if (expression.type === 'call') {
    const callee = expression.fields.function;
    return LOOP_GETTERS.has(absoluteImportName(callee) ?? '');
  }
  if (expression.type === 'attribute') return LOOP_NAMES.has(expression.fields.attribute?.text ?? '');
  if (expression.type !== 'identifier') return false;
  if (LOOP_NAMES.has(expression.text)) return true;
  // `runner_loop = asyncio.get_running_loop()`: every binding of the name gets a loop.
  const bindings = resolveName(expression.text, expression)?.bindings ?? [];
  return bindings.length > 0 && bindings.every((binding) => binding.kind === 'assignment' && isEventLoop(binding.value) && binding.value?.type === 'call');
}
