import { COROUTINE_METHODS, type ClientKind, type ClientKinds } from '../../analysis/python/async-clients';
import { classCoroutineMethods, classOfSelf, coroutineFunctionNamed } from '../../analysis/python/async-definitions';
import { annotatedClientKind } from './annotated-clients';
import type { PyNode } from '../../languages/python/syntax-tree';
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
  clients: ClientKinds;
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
  const kind = context.clients.kindOf(object) ?? annotatedClientKind(object);
  return kind !== undefined && (COROUTINE_METHODS[kind].has(method) || REQUEST_METHODS[kind]?.has(method) === true);
}

/**
 * Methods whose result is both awaitable and an async context manager (aiohttp's
 * `_RequestContextManager`): nothing happens until it is awaited or entered, so a dropped one is
 * a request that never runs. Used with `async with` or stored, it is fine and never reported.
 */
const REQUEST_METHODS: Partial<Record<ClientKind, ReadonlySet<string>>> = {
  'aiohttp.ClientSession': new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'ws_connect']),
};
