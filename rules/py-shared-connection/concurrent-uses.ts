import { coroutineFunctionNamed } from '../../analysis/python/async-definitions';
import { unparenthesized } from '../../analysis/python/dependencies';
import { descendants } from '../../analysis/python/functions';
import type { NameResolver } from '../../analysis/python/names';
import type { PyNode } from '../../languages/python/syntax-tree';
import { reachingBindings } from '../../analysis/python/values/reaching';
import type { PythonValues } from '../../analysis/python/values/value-kinds';

/** A single connection or session, and the library it belongs to (for the message). */
export interface Held {
  library: string;
  /** A SQLAlchemy AsyncSession rather than a connection. */
  session: boolean;
}

/** Operations on one connection that are started so they can run at the same time. */
export interface ConcurrentUse {
  connection: string;
  held: Held;
  /** How many operations start together; `many` for a comprehension or `map`. */
  count: number | 'many';
}

const COMBINERS = new Set(['asyncio.gather', 'asyncio.wait', 'asyncio.as_completed']);
const TASK_STARTERS = new Set(['asyncio.create_task', 'asyncio.ensure_future']);

/** `asyncio.gather(...)`, `asyncio.wait([...])`: a call that runs its awaitables together. */
export function isCombiner(call: PyNode, names: NameResolver): boolean {
  return COMBINERS.has(names.qualifiedName(call.fields.function) ?? '');
}

/**
 * Connections with two or more operations among the awaitables of `asyncio.gather(a, b)`,
 * `asyncio.gather(*(conn.fetch(q) for q in qs))`, `asyncio.gather(*map(conn.fetch, qs))` or
 * `asyncio.wait([...])`. Operations wrapped in `create_task` count the same.
 */
export function sharedInCombination(call: PyNode, values: PythonValues): ConcurrentUse[] {
  const { names } = values;
  const counts = new Map<string, ConcurrentUse>();
  const add = (connections: PyNode[], many: boolean): void => {
    for (const connection of connections) {
      const held = connectionHeld(connection, values);
      if (!held) continue;
      const use = counts.get(connection.text) ?? { connection: connection.text, held, count: 0 };
      use.count = many || use.count === 'many' ? 'many' : use.count + 1;
      counts.set(connection.text, use);
    }
  };
  for (const argument of call.fields.arguments?.children ?? []) {
    if (argument.type === 'keyword_argument') continue;
    if (argument.type === 'list_splat') {
      for (const [connections, many] of spreadOperations(argument.children[0], names)) add(connections, many);
      continue;
    }
    // `asyncio.wait([a, b])` takes one collection.
    if (['list', 'set', 'tuple'].includes(argument.type)) {
      for (const element of argument.children) add(operationReceivers(element, names), false);
      continue;
    }
    if (argument.type === 'generator_expression' || argument.type === 'list_comprehension') {
      add(operationReceivers(argument.fields.body, names), true);
      continue;
    }
    add(operationReceivers(argument, names), false);
  }
  return [...counts.values()].filter((use) => use.count === 'many' || use.count >= 2);
}

/** `*(conn.fetch(q) for q in qs)`, `*[...]`, `*map(conn.fetch, qs)`: receivers, and whether each stands for many. */
function spreadOperations(spread: PyNode | undefined, names: NameResolver): [PyNode[], boolean][] {
  const node = unparenthesized(spread);
  if (!node) return [];
  if (node.type === 'generator_expression' || node.type === 'list_comprehension' || node.type === 'set_comprehension') {
    return [[operationReceivers(node.fields.body, names), true]];
  }
  if (node.type === 'list' || node.type === 'tuple' || node.type === 'set') {
    return node.children.map((element) => [operationReceivers(element, names), false]);
  }
  if (node.type === 'call' && names.qualifiedName(node.fields.function) === 'builtins.map') {
    const mapped = unparenthesized(node.fields.arguments?.children[0]);
    const receiver = mapped?.type === 'attribute' ? unparenthesized(mapped.fields.object) : undefined;
    return [[receiver?.type === 'identifier' ? [receiver] : [], true]];
  }
  return [];
}

/**
 * The names an awaitable runs its operation on: `conn` of `conn.fetch(q)`, of
 * `asyncio.create_task(conn.fetch(q))`, of `load(conn, q)` when `load` is an `async def` of the
 * file (a helper handed the connection uses it), and of `pending` after `pending = conn.fetch(q)`.
 */
export function operationReceivers(node: PyNode | undefined, names: NameResolver, depth = 0): PyNode[] {
  let operation = unparenthesized(node);
  if (operation?.type === 'call' && startsTask(operation, names)) operation = unparenthesized(operation.fields.arguments?.children[0]);
  if (operation?.type === 'identifier' && depth === 0) return storedOperation(operation, names);
  if (operation?.type !== 'call') return [];
  const callee = operation.fields.function;
  if (callee?.type === 'identifier' && coroutineFunctionNamed(callee.text, callee)) {
    return (operation.fields.arguments?.children ?? [])
      .map((argument) => unparenthesized(argument.type === 'keyword_argument' ? argument.fields.value : argument))
      .filter((argument): argument is PyNode => argument?.type === 'identifier');
  }
  if (callee?.type !== 'attribute') return [];
  const receiver = unparenthesized(callee.fields.object);
  return receiver?.type === 'identifier' ? [receiver] : [];
}

/** `sent = session.execute(a)` … `gather(sent, …)`: the one coroutine the name was bound to. */
function storedOperation(name: PyNode, names: NameResolver): PyNode[] {
  const bindings = reachingBindings(name)?.bindings ?? [];
  const [binding] = bindings;
  if (bindings.length !== 1 || binding?.kind !== 'assignment') return [];
  return operationReceivers(binding.value, names, 1);
}

/** `asyncio.create_task(...)`, `asyncio.ensure_future(...)`, `loop.create_task(...)`, `tg.create_task(...)`. */
export function startsTask(call: PyNode, names: NameResolver): boolean {
  if (TASK_STARTERS.has(names.qualifiedName(call.fields.function) ?? '')) return true;
  const callee = call.fields.function;
  return callee?.type === 'attribute' && callee.fields.attribute?.text === 'create_task';
}

function connectionHeld(node: PyNode, values: PythonValues): Held | undefined {
  const kind = values.kindOf(node);
  return kind?.type === 'library' && kind.info.role === 'single-connection' ? { library: kind.info.library, session: kind.name === 'sqlalchemy.AsyncSession' } : undefined;
}

/** A task started on a connection's operation: `asyncio.create_task(conn.fetch(q))`. */
export interface TaskStart {
  call: PyNode;
  connection: PyNode;
  held: Held;
}

/**
 * Task starts in `fn` (not in nested functions) whose operations run on one connection while an
 * earlier one may still be running: two starts with no `await` (and no `return`/`raise`) between
 * them on the same path, or one start in a comprehension or in a loop whose body never awaits.
 */
export function overlappingTaskStarts(fn: PyNode, values: PythonValues): { start: TaskStart; many: boolean }[] {
  const { names } = values;
  const starts: TaskStart[] = [];
  const stops: PyNode[] = [];
  for (const node of descendants(fn.fields.body ?? fn)) {
    if (node.type === 'await' || node.type === 'return_statement' || node.type === 'raise_statement' || node.type === 'yield') stops.push(node);
    if (node.type !== 'call' || !startsTask(node, names) || insideCombiner(node, fn, names)) continue;
    for (const connection of operationReceivers(node, names)) {
      const held = connectionHeld(connection, values);
      if (held) starts.push({ call: node, connection, held });
    }
  }
  const found: { start: TaskStart; many: boolean }[] = [];
  for (const [index, start] of starts.entries()) {
    if (repeatsWithoutWaiting(start.call, fn)) {
      found.push({ start, many: true });
      continue;
    }
    const earlier = starts.slice(0, index).find((other) => other.connection.text === start.connection.text && !stops.some((stop) => stop.range[0] > other.call.range[1] && stop.range[1] < start.call.range[0]) && !exclusive(other.call, start.call));
    if (earlier) found.push({ start, many: false });
  }
  return found;
}

/** In a comprehension, or in a `for`/`while` body with no await: every round starts another task. */
function repeatsWithoutWaiting(call: PyNode, fn: PyNode): boolean {
  for (let current = call.parent; current && current !== fn; current = current.parent) {
    if (['list_comprehension', 'set_comprehension', 'generator_expression', 'dictionary_comprehension'].includes(current.type)) return true;
    if (current.type === 'for_statement' || current.type === 'while_statement') {
      const body = current.fields.body;
      if (!body || !call.range.every((offset) => offset >= body.range[0] && offset <= body.range[1])) continue;
      return ![...descendants(body)].some((node) => node.type === 'await' || node.type === 'break_statement' || node.type === 'return_statement') && !current.tokens.includes('async');
    }
  }
  return false;
}

/** Two calls on different branches of one `if`, `try` or `match`, or of a conditional expression. */
function exclusive(a: PyNode, b: PyNode): boolean {
  const ancestors = new Set<PyNode>();
  for (let current = a.parent; current; current = current.parent) ancestors.add(current);
  let common = b.parent;
  while (common && !ancestors.has(common)) common = common.parent;
  return common !== null && common !== undefined && ['if_statement', 'try_statement', 'match_statement', 'conditional_expression', 'boolean_operator'].includes(common.type);
}


/** `asyncio.gather(asyncio.create_task(...), ...)`: judged as a combination, not as separate starts. */
function insideCombiner(node: PyNode, fn: PyNode, names: NameResolver): boolean {
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (current.type === 'call' && isCombiner(current, names)) return true;
  }
  return false;
}
