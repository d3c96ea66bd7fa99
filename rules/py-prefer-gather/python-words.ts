import { effectOfName, isResourceName, type Effect, wordsOf } from '../../analysis/effects/vocabulary';

// The JavaScript rule's vocabulary (verbs that read, write or pause; names of ordered resources)
// with the words Python's async libraries add. Names are the only evidence about code the rule
// cannot see, so the additions lean towards silence.

/** Python verbs of work whose order is the point: streams, sockets, queues, protocols. */
const PYTHON_ORDERED_VERBS = new Set([
  'recv', 'receive', 'readline', 'readexactly', 'readuntil', 'aclose', 'anext', 'asend', 'athrow',
  'drain', 'feed', 'shutdown', 'serve', 'accept', 'join', 'put', 'sendall', 'sendto', 'sendfile', 'ping', 'pong',
  'migrate', 'commit',
]);

/** Python verbs that pace work: waits and timeouts. */
const PYTHON_PAUSE_WORDS = new Set(['sleep', 'wait', 'timeout', 'backoff', 'retry', 'retries', 'poll', 'throttle', 'checkpoint']);

/** Names of Python objects that serve one operation at a time. */
const PYTHON_RESOURCE_WORDS = new Set([
  'db', 'con', 'cur', 'cxn', 'sess', 'request', 'req', 'response', 'resp', 'protocol', 'proto', 'transport',
  'tg', 'nursery', 'sem', 'cond', 'condition', 'barrier', 'event', 'ws', 'sftp', 'smtp', 'imap', 'redis',
  'stdin', 'stdout', 'stderr', 'process', 'subprocess', 'bus', 'loop',
]);

/** Modules whose awaitables pace, order or run other processes: never combined. */
export const ORDERED_MODULES = /^(?:asyncio|trio|anyio|curio|subprocess|tenacity|backoff|aiolimiter|aioconsole|time|os)(?:\.|$)/;

/** The effect of a called Python name: the JavaScript verbs, Python's own, dunder methods as ordered. */
export function pythonEffectOf(name: string): Effect {
  if (/^__\w+__$/.test(name)) return 'write';
  const words = wordsOf(name);
  if (words.some((word) => PYTHON_PAUSE_WORDS.has(word))) return 'pause';
  if (PYTHON_ORDERED_VERBS.has(words[0] ?? '')) return 'write';
  return effectOfName(name);
}

/** `conn`, `self._session`, `db`, `resp`, `ws`: a name whose last word names an ordered resource. */
export function isPythonResourceName(name: string): boolean {
  if (isResourceName(name)) return true;
  const last = wordsOf(name).at(-1);
  return last !== undefined && PYTHON_RESOURCE_WORDS.has(last);
}
