import { classOfSelf } from './async-definitions';
import { descendants } from './functions';
import { resolveName } from './scope-bindings';
import type { PyNode } from '../../languages/python/syntax-tree';
import { absoluteImportName } from './workspace-modules';

/** Objects of async client libraries whose methods a rule may know, told apart by how they were made. */
export type ClientKind =
  | 'asyncpg.Connection'
  | 'asyncpg.Pool'
  | 'aiohttp.ClientSession'
  | 'aiohttp.ClientResponse'
  | 'httpx.AsyncClient'
  | 'aiofiles.File';

/**
 * The methods of each kind that are coroutine functions. Left out on purpose: `pool.acquire()` and
 * `session.get()` return objects that are both awaitable and async context managers, and
 * `conn.transaction()`/`conn.cursor()`/`client.stream()` are used with `async with`/`async for`.
 */
export const COROUTINE_METHODS: Record<ClientKind, ReadonlySet<string>> = {
  'asyncpg.Connection': new Set(['fetch', 'fetchrow', 'fetchval', 'execute', 'executemany', 'close', 'prepare']),
  'asyncpg.Pool': new Set(['fetch', 'fetchrow', 'fetchval', 'execute', 'executemany', 'close', 'release']),
  'aiohttp.ClientSession': new Set(['close']),
  'aiohttp.ClientResponse': new Set(['json', 'text', 'read']),
  'httpx.AsyncClient': new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'send', 'aclose']),
  'aiofiles.File': new Set(['read', 'write', 'readline', 'readlines', 'flush', 'close']),
};

const HTTP_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']);

/** How the value was obtained: `x = v`, `x = await v`, `with v as x`, `async with v as x`. */
type Source = 'call' | 'await' | 'async-with';

/**
 * Tells what client object an expression holds, from where the variable (or `self` attribute) is
 * bound: `conn = await asyncpg.connect(...)`, `async with pool.acquire() as conn`,
 * `async with session.get(url) as resp` (session from `aiohttp.ClientSession()`),
 * `self.client = httpx.AsyncClient()`. Every binding must agree; parameters and anything
 * unrecognised leave the kind unknown.
 */
export class ClientKinds {
  kindOf(expression: PyNode | undefined, depth = 0): ClientKind | undefined {
    if (!expression || depth > 4) return undefined;
    if (expression.type === 'identifier') return this.kindOfVariable(expression, depth);
    if (expression.type === 'attribute') return this.kindOfSelfAttribute(expression, depth);
    return undefined;
  }

  private kindOfVariable(identifier: PyNode, depth: number): ClientKind | undefined {
    const resolved = resolveName(identifier.text, identifier);
    if (!resolved) return undefined;
    return agree(
      resolved.bindings.map((binding) => {
        if (binding.kind === 'assignment') return this.kindOfValue(binding.value, depth);
        if (binding.kind === 'with' && binding.node.parent?.parent?.type === 'with_statement') {
          const asynchronous = binding.node.parent.parent.tokens.includes('async');
          return asynchronous ? this.kindOfSource(binding.value, 'async-with', depth) : undefined;
        }
        return undefined;
      }),
    );
  }

  /** `self.session` where the class assigns `self.session = aiohttp.ClientSession()`; `= None` resets are ignored. */
  private kindOfSelfAttribute(attribute: PyNode, depth: number): ClientKind | undefined {
    const object = attribute.fields.object;
    const name = attribute.fields.attribute?.text;
    const cls = object ? classOfSelf(object) : undefined;
    if (!cls || !name || !object) return undefined;
    const kinds = (this.attributeAssignments(cls).get(name) ?? []).map((assignment) =>
      assignment.type === 'assignment' ? this.kindOfValue(assignment.fields.right, depth) : undefined,
    );
    return agree(kinds);
  }

  private readonly assignmentsByClass = new WeakMap<PyNode, Map<string, PyNode[]>>();

  /** `x.name = value` assignments anywhere in a class, by attribute name; `= None` resets left out. */
  private attributeAssignments(cls: PyNode): Map<string, PyNode[]> {
    let table = this.assignmentsByClass.get(cls);
    if (table) return table;
    table = new Map<string, PyNode[]>();
    for (const node of descendants(cls, { enterFunctions: true })) {
      if (node.type !== 'assignment' && node.type !== 'augmented_assignment') continue;
      const left = node.fields.left;
      const name = left?.type === 'attribute' ? left.fields.attribute?.text : undefined;
      if (!name || (node.type === 'assignment' && node.fields.right?.type === 'none')) continue;
      table.set(name, [...(table.get(name) ?? []), node]);
    }
    this.assignmentsByClass.set(cls, table);
    return table;
  }

  private kindOfValue(value: PyNode | undefined, depth: number): ClientKind | undefined {
    if (value?.type === 'await') return this.kindOfSource(value.children[0], 'await', depth);
    return this.kindOfSource(value, 'call', depth);
  }

  private kindOfSource(value: PyNode | undefined, source: Source, depth: number): ClientKind | undefined {
    if (value?.type !== 'call') return undefined;
    const callee = value.fields.function;
    const qualified = absoluteImportName(callee);
    const direct = MADE_BY[source][qualified ?? ''];
    if (direct) return direct;
    if (callee?.type !== 'attribute' || source === 'call') return undefined;
    const method = callee.fields.attribute?.text ?? '';
    const owner = this.kindOf(callee.fields.object, depth + 1);
    if (owner === 'asyncpg.Pool' && method === 'acquire') return 'asyncpg.Connection';
    if (owner === 'aiohttp.ClientSession' && HTTP_VERBS.has(method)) return 'aiohttp.ClientResponse';
    return undefined;
  }
}

/** Which library calls make which object, by how the result is taken. */
const MADE_BY: Record<Source, Record<string, ClientKind>> = {
  call: {
    'aiohttp.ClientSession': 'aiohttp.ClientSession',
    'httpx.AsyncClient': 'httpx.AsyncClient',
  },
  await: {
    'asyncpg.connect': 'asyncpg.Connection',
    'asyncpg.create_pool': 'asyncpg.Pool',
    'aiofiles.open': 'aiofiles.File',
  },
  'async-with': {
    'aiohttp.ClientSession': 'aiohttp.ClientSession',
    'aiohttp.request': 'aiohttp.ClientResponse',
    'httpx.AsyncClient': 'httpx.AsyncClient',
    'asyncpg.create_pool': 'asyncpg.Pool',
    'aiofiles.open': 'aiofiles.File',
  },
};

function agree(kinds: (ClientKind | undefined)[]): ClientKind | undefined {
  const [first] = kinds;
  return first && kinds.every((kind) => kind === first) ? first : undefined;
}
