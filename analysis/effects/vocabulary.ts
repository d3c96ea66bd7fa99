// Words that tell what an awaited call does. Names are the only evidence a linter has about code
// it cannot see, so the lists lean towards silence: anything that changes state, talks to a
// person, paces work or owns an ordered resource keeps its awaits one after another.

/** What an awaited operation does, judged from the names along its call chain. */
export type Effect = 'read' | 'write' | 'pause' | 'neutral';

/** Verbs of calls that only fetch or compute data. */
const READ_VERBS = new Set([
  'get', 'fetch', 'find', 'load', 'read', 'readdir', 'readlink', 'realpath', 'list', 'count', 'stat', 'lstat',
  'exists', 'lookup', 'search', 'describe', 'head', 'retrieve', 'resolve', 'json', 'text', 'blob',
  'array', 'access', 'query', 'select', 'aggregate', 'distinct', 'estimated', 'download', 'detect',
  'compute', 'calculate', 'hash', 'digest', 'parse', 'infer', 'collect', 'gather', 'scan', 'glob',
]);

/**
 * Verbs of calls that change state, start or stop something, or interact with a person or a
 * page: their order is usually the point, and a failure of the first must stop the second.
 */
const WRITE_VERBS = new Set([
  'set', 'put', 'post', 'patch', 'create', 'insert', 'update', 'upsert', 'replace', 'delete', 'del', 'destroy',
  'remove', 'rm', 'rmdir', 'unlink', 'truncate', 'write', 'append', 'save', 'store', 'persist', 'commit',
  'rollback', 'begin', 'abort', 'cancel', 'send', 'emit', 'publish', 'notify', 'dispatch', 'trigger', 'push',
  'pop', 'shift', 'unshift', 'enqueue', 'dequeue', 'add', 'mkdir', 'mkdirp', 'mkdtemp', 'ensure', 'rename', 'copy', 'cp',
  'move', 'mv', 'link', 'symlink', 'chmod', 'chown', 'utimes', 'touch', 'exec', 'execute', 'run', 'spawn',
  'fork', 'start', 'stop', 'restart', 'init', 'initialize', 'setup', 'configure', 'bootstrap', 'prepare',
  'connect', 'disconnect', 'reconnect', 'close', 'end', 'open', 'listen', 'bind', 'attach', 'detach', 'mount',
  'unmount', 'lock', 'unlock', 'acquire', 'release', 'login', 'logout', 'signin', 'signout', 'authenticate',
  'auth', 'authorize', 'register', 'unregister', 'subscribe', 'unsubscribe', 'click', 'dblclick', 'tap', 'type',
  'fill', 'press', 'hover', 'focus', 'blur', 'check', 'uncheck', 'goto', 'navigate', 'reload', 'go', 'back',
  'forward', 'prompt', 'question', 'ask', 'confirm', 'input', 'install', 'uninstall', 'build', 'compile',
  'bundle', 'deploy', 'migrate', 'seed', 'reset', 'clear', 'flush', 'sync', 'drain', 'kill', 'terminate',
  'dispose', 'cleanup', 'clean', 'purge', 'evict', 'invalidate', 'refresh', 'upload', 'apply', 'invoke',
  'call', 'process', 'handle', 'pipe', 'pipeline', 'finish', 'finalize', 'complete', 'reject', 'increment',
  'incr', 'decr', 'decrement', 'expire', 'transaction', 'batch', 'bulk', 'drop', 'alter', 'grant', 'revoke',
  'seek', 'next', 'step', 'advance', 'require', 'import', 'export', 'log', 'print', 'render',
  'generate', 'make', 'do', 'perform', 'submit', 'claim', 'reserve', 'assign', 'allocate', 'approve', 'merge',
  'rebase', 'checkout', 'clone', 'pull', 'tag', 'sign', 'encrypt', 'decrypt', 'verify', 'validate', 'mutate',
  'exchange', 'revalidate', 'queue', 'schedule', 'transfer', 'pay', 'charge', 'refund', 'wake',
  'extract', 'unpack', 'pack', 'compress', 'decompress', 'archive', 'restore', 'replay', 'record', 'track',
  'inc', 'modify', 'edit', 'change', 'toggle', 'enable', 'disable', 'mark', 'fire', 'raise', 'ack', 'nack',
]);

/** Calls that pace work on purpose: a sequence containing one is deliberately sequential. */
const PAUSE_VERBS = new Set([
  'sleep', 'delay', 'wait', 'pause', 'timeout', 'settimeout', 'setimmediate', 'nexttick', 'tick', 'throttle',
  'backoff', 'retry', 'poll', 'debounce', 'yield', 'idle', 'rate', 'limit', 'until',
]);

/** Chain links that only hand over the result of the call before them. */
const PASS_THROUGH_LINKS = new Set([
  'then', 'catch', 'finally', 'promise', 'exec', 'toArray', 'lean', 'json', 'text', 'first', 'one', 'all',
  'unwrap', 'data', 'body',
]);

/**
 * Names of things that serve one operation at a time, in order: a transaction, one connection, a
 * browser page, a stream, an open file, a cursor, a prompt. Two awaits on the same one of these
 * are sequential on purpose (and often cannot overlap anyway).
 */
const RESOURCE_WORDS = new Set([
  'tx', 'trx', 'txn', 'transaction', 'client', 'conn', 'connection', 'session', 'channel', 'chan', 'page',
  'tab', 'frame', 'browser', 'stream', 'readable', 'writable', 'duplex', 'socket', 'sock', 'ws', 'websocket',
  'file', 'fh', 'fd', 'handle', 'filehandle', 'cursor', 'reader', 'writer', 'rl', 'readline', 'iterator',
  'iter', 'generator', 'gen', 'queue', 'lock', 'mutex', 'semaphore', 'ssh', 'sftp', 'ftp', 'port', 'serial',
  'device', 'driver', 'shell', 'pty', 'terminal', 'term', 'repl', 'proc', 'child', 'runner', 'git', 'manager',
  'em', 'pipe', 'tunnel', 'peer',
]);

/** Type names (last word) of ordered resources, for when type information is available. */
const RESOURCE_TYPE_WORDS = new Set([
  'transaction', 'client', 'connection', 'session', 'channel', 'page', 'frame', 'browser', 'context', 'stream',
  'readable', 'writable', 'duplex', 'socket', 'handle', 'cursor', 'reader', 'writer', 'interface', 'iterator',
  'generator', 'queue', 'lock', 'mutex', 'semaphore', 'runner', 'manager', 'process', 'worker', 'port',
]);

/** Calls whose callback runs as one ordered unit of work (a transaction, a lock, a serial queue). */
const ORDERED_SCOPE_WORDS = new Set([
  'transaction', 'transactional', 'serial', 'series', 'sequential', 'sequence', 'exclusive', 'lock', 'mutex',
  'locked', 'serialize', 'queue', 'atomic', 'critical', 'synchronized', 'tx', 'trx', 'batch',
]);

/** Objects that print progress: output between or inside awaits makes their order visible. */
const LOG_OBJECTS = new Set([
  'console', 'logger', 'log', 'spinner', 'progress', 'progressbar', 'bar', 'ora', 'reporter', 'ui', 'stdout',
  'stderr', 'output', 'terminal', 'term', 'debug', 'tracer', 'listr', 'task',
]);

/** Methods that print. */
const LOG_METHODS = new Set([
  'log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'verbose', 'silly', 'notice', 'print', 'println',
  'tick', 'succeed', 'progress', 'write', 'writeln',
]);

/** Words of an identifier: `getUserById` → get, user, by, id; `fs_read` → fs, read; `HTTPGet` → http, get. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/^[_$#]+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_$-]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** The effect of one called name: by its first word, or by the whole name (`setTimeout`). */
export function effectOfName(name: string): Effect {
  const lower = name.toLowerCase();
  const words = wordsOf(name);
  const verb = words[0] ?? '';
  if (PAUSE_VERBS.has(lower) || PAUSE_VERBS.has(verb) || words.some((word) => word === 'retry' || word === 'sleep')) {
    return 'pause';
  }
  if (WRITE_VERBS.has(verb) || WRITE_VERBS.has(lower)) return 'write';
  if (READ_VERBS.has(verb) || READ_VERBS.has(lower)) return 'read';
  return 'neutral';
}

export function isPassThroughLink(name: string): boolean {
  return PASS_THROUGH_LINKS.has(name);
}

/** `queryRunner`, `this.client`, `tx`, `page`: a name whose last word names an ordered resource. */
export function isResourceName(name: string): boolean {
  const words = wordsOf(name);
  const last = words.at(-1);
  return RESOURCE_WORDS.has(name.toLowerCase()) || (last !== undefined && RESOURCE_WORDS.has(last));
}

export function isResourceTypeName(name: string): boolean {
  const last = wordsOf(name).at(-1);
  return last !== undefined && RESOURCE_TYPE_WORDS.has(last);
}

/** `knex.transaction(...)`, `prisma.$transaction(...)`, `mutex.runExclusive(...)`, `withLock(...)`. */
export function isOrderedScopeName(name: string): boolean {
  return wordsOf(name).some((word) => ORDERED_SCOPE_WORDS.has(word));
}

/** `console.log`, `this.logger.info`, `log(...)`, `spinner.succeed`, `process.stdout.write`. */
export function isLogCall(path: readonly string[]): boolean {
  const method = path.at(-1);
  if (method !== undefined && LOG_METHODS.has(method.toLowerCase())) return true;
  return path.slice(0, -1).some((name) => {
    const last = wordsOf(name).at(-1);
    return LOG_OBJECTS.has(name.toLowerCase()) || (last !== undefined && ['logger', 'reporter', 'spinner'].includes(last));
  });
}

/** HTTP verbs that only read, for `request('GET /repos/{owner}/{repo}')` and `{ method: 'HEAD' }`. */
export function httpMethodEffect(method: string): Effect {
  const upper = method.toUpperCase();
  if (upper === 'GET' || upper === 'HEAD' || upper === 'OPTIONS') return 'read';
  if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) return 'write';
  return 'neutral';
}
