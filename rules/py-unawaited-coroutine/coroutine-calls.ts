import { classCoroutineMethods, classOfSelf, coroutineFunctionNamed } from '../../analysis/python/async-definitions';
import type { PyNode } from '../../languages/python/syntax-tree';
import type { PythonValues } from '../../analysis/python/values/value-kinds';
import { absoluteImportName, importedPathOf, isWorkspaceCoroutine } from '../../analysis/python/workspace-modules';

/** Library functions that are coroutine functions: calling one only creates the coroutine. */
const COROUTINE_FUNCTIONS = new Set([
  'asyncio.sleep', 'asyncio.wait_for', 'asyncio.wait', 'asyncio.to_thread', 'asyncio.open_connection',
  'asyncio.start_server', 'asyncio.open_unix_connection', 'asyncio.start_unix_server',
  'asyncio.create_subprocess_exec', 'asyncio.create_subprocess_shell', 'asyncpg.connect', 'asyncpg.create_pool',
]);

/**
 * Library functions that return a future and start their work at once: nothing is lost to a
 * missing `await` but the wait itself and every error.
 */
const FUTURE_FUNCTIONS = new Set(['asyncio.gather', 'asyncio.shield']);

export type CoroutineCall = 'coroutine' | 'future';

export interface CoroutineCallContext {
  values: PythonValues;
  filename: string;
  cwd: string | undefined;
}

/**
 * Whether a call creates a coroutine (or an already-started future) that must be awaited, as far
 * as the file, its workspace imports and the library catalogue tell. Undefined when unknown.
 */
export function coroutineCallKind(call: PyNode, context: CoroutineCallContext): CoroutineCall | undefined {
  const callee = call.fields.function;
  if (!callee) return undefined;
  const qualified = absoluteImportName(callee);
  if (qualified && COROUTINE_FUNCTIONS.has(qualified)) return 'coroutine';
  if (qualified && FUTURE_FUNCTIONS.has(qualified)) return 'future';
  if (callee.type === 'identifier' && coroutineFunctionNamed(callee.text, callee)) return 'coroutine';
  if (callee.type === 'attribute' && isCoroutineMethodCall(callee, context)) return 'coroutine';
  const imported = importedPathOf(callee);
  if (imported && isWorkspaceCoroutine(context.filename, imported, context.cwd)) return 'coroutine';
  return undefined;
}

function isCoroutineMethodCall(callee: PyNode, context: CoroutineCallContext): boolean {
  const object = callee.fields.object;
  const method = callee.fields.attribute?.text;
  if (!object || !method) return false;
  const cls = classOfSelf(object);
  if (cls) return classCoroutineMethods(cls).has(method);
  const kind = context.values.kindOf(object);
  if (!kind) return false;
  // Requests (aiohttp's `session.get()`) are awaitable context managers: nothing runs until
  // awaited or entered, so a dropped one is lost like a coroutine. Used with `async with` or
  // stored, the value is used and never reported.
  return kind.coroutines.has(method) || (kind.type === 'library' && kind.info.requests?.has(method) === true);
}
