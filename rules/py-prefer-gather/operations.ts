import { isResourceTypeName, type Effect, httpMethodEffect, wordsOf } from '../../analysis/effects/vocabulary';
import { argumentValues, callChain, memberPath, namesRead, unparenthesized, waitsOrBinds } from '../../analysis/python/dependencies';
import type { NameResolver } from '../../analysis/python/names';
import type { PythonSourceCode } from '../../languages/python/source-code';
import type { PyNode } from '../../languages/python/syntax-tree';
import type { PythonValues } from '../../analysis/python/values/value-kinds';
import { isPythonResourceName, ORDERED_MODULES, pythonEffectOf } from './python-words';

/** What the rule needs about the file: its text and what its names resolve to. */
export interface Facts {
  sourceCode: PythonSourceCode;
  names: NameResolver;
  values: PythonValues;
}

/** One awaited call that could start earlier, together with others. */
export interface AwaitedCall {
  node: PyNode;
  call: PyNode;
  /** Source text of the call, as it goes into `asyncio.gather(...)`. */
  text: string;
  effect: Effect;
  /** Ordered resources the call goes through (`conn`, `self._session`), by dotted path. */
  resources: Set<string>;
  /** The called names (`fetch_user` of `api.fetch_user(id)`). */
  names: string[];
  /** The root of the callee chain: `item` in `item.load()`. */
  calleeRoot: PyNode | undefined;
  /** Every name the call reads. */
  reads: Set<string>;
}

/** SQL that changes data or the session: order matters even on a pool. */
const WRITING_SQL = /^\s*(?:insert|update|delete|create|drop|alter|begin|start|commit|rollback|savepoint|release|set|lock|truncate|grant|revoke|merge|replace|call|exec|vacuum|copy|listen|notify|use|pragma|attach)\b/i;

/** Calls that run a plain function in a worker thread: the function's name tells what they do. */
const THREAD_RUNNERS = new Set(['asyncio.to_thread']);

const RANK: Record<Effect, number> = { neutral: 0, read: 1, write: 2, pause: 3 };

/**
 * `await <call>` whose call is plain: no await, walrus or yield inside, not one of asyncio's own
 * primitives (`sleep`, `gather`, `wait_for`) or another module that paces or orders work.
 * Undefined for anything else (`await task`, `await fut`: already running).
 */
export function awaitedCall(node: PyNode, facts: Facts): AwaitedCall | undefined {
  if (node.type !== 'await') return undefined;
  const call = unparenthesized(node.children[0]);
  if (call?.type !== 'call' || waitsOrBinds(call)) return undefined;
  const { links, root } = callChain(call);
  const names: string[] = [];
  let effect: Effect = 'neutral';
  const resources = new Set<string>();
  for (const link of links) {
    const qualified = facts.names.qualifiedName(link.call.fields.function);
    // `await asyncio.to_thread(render, x)` runs `render(x)` in a thread: judged as that call.
    const threaded = qualified && THREAD_RUNNERS.has(qualified) ? memberPath(unparenthesized(link.call.fields.arguments?.children[0]))?.at(-1) : undefined;
    if (qualified && ORDERED_MODULES.test(qualified) && !threaded) return undefined;
    const name = threaded ?? link.name;
    if (name === '') return undefined;
    names.push(name);
    effect = strongest(effect, pythonEffectOf(name));
    effect = strongest(effect, argumentEffect(link.call, facts));
    if (link.receiver) addResource(resources, link.receiver, facts);
    for (const argument of argumentValues(link.call)) addResource(resources, argument, facts);
  }
  return { node, call, text: facts.sourceCode.textOf(call), effect, resources, names, calleeRoot: root, reads: namesRead(call) };
}

function strongest(a: Effect, b: Effect): Effect {
  return RANK[b] > RANK[a] ? b : a;
}

/** `pool.fetch("DELETE ...")`, `client.request("POST", url)`: the first string argument tells. */
function argumentEffect(call: PyNode, facts: Facts): Effect {
  const first = call.fields.arguments?.children[0];
  if (first?.type !== 'string') return 'neutral';
  const value = facts.sourceCode.textOf(first).replace(/^[rbfuRBFU]*("""|'''|"|')/, '');
  if (WRITING_SQL.test(value)) return 'write';
  // A string that is one word: `"POST"`, `'get'`.
  const method = /^([A-Za-z]+)["']/.exec(value)?.[1];
  return method ? httpMethodEffect(method) : 'neutral';
}

/**
 * Records `node` when it is (or goes through) an ordered resource: by name (`conn`,
 * `self._session`, `ws`), by what the file bound it to (an asyncpg connection), or `self` of a
 * class that is one (`class Connection`). HTTP client sessions and pools are not ordered: they
 * hand each request its own connection.
 */
function addResource(resources: Set<string>, node: PyNode, facts: Facts): void {
  const path = memberPath(unparenthesized(node));
  if (!path) return;
  const [first] = path;
  const rootNode = rootIdentifier(node);
  const held = rootNode && path.length === 1 ? facts.values.kindOf(rootNode) : undefined;
  if (held?.type === 'library' && held.info.role !== 'other') {
    // One connection or session orders its operations; pools and HTTP clients do not.
    if (held.info.role === 'single-connection') resources.add(first!);
    return;
  }
  const at = path.findIndex((segment, index) => isPythonResourceName(segment) || (index === 0 && (segment === 'self' || segment === 'cls') && inResourceClass(node)));
  if (at >= 0) resources.add(path.slice(0, at + 1).join('.'));
}

function rootIdentifier(node: PyNode): PyNode | undefined {
  let current = unparenthesized(node);
  while (current?.type === 'attribute') current = current.fields.object;
  return current?.type === 'identifier' ? current : undefined;
}

/** Classes whose own methods share one ordered thing: `Connection`, `Cursor`, `WebSocketProtocol`, `Transport`. */
function inResourceClass(node: PyNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'class_definition') continue;
    const name = current.fields.name?.text ?? '';
    const last = wordsOf(name).at(-1) ?? '';
    return isResourceTypeName(name) || ['protocol', 'transport', 'connection', 'cursor', 'session', 'client', 'websocket'].includes(last);
  }
  return false;
}

/** Two calls use one ordered resource, so they must not overlap. */
export function shareResource(a: AwaitedCall, b: AwaitedCall): boolean {
  for (const key of a.resources) if (b.resources.has(key)) return true;
  return false;
}

/** Two awaited calls may run at the same time: no shared ordered resource, not the same call twice. */
export function mayOverlap(a: AwaitedCall, b: AwaitedCall): boolean {
  return !shareResource(a, b) && a.text.replace(/\s+/g, '') !== b.text.replace(/\s+/g, '');
}
