import { descendants, enclosingFunction } from './functions';
import { memberPath, unparenthesized } from './dependencies';
import type { NameResolver } from './names';
import { parameterName } from './names';
import type { PyNode } from '../../languages/python/syntax-tree';

// What a local name holds, when the code shows it plainly: one database connection, a pool of
// them, an HTTP client session. Only bindings the file spells out count (`conn = await
// asyncpg.connect(...)`, `async with pool.acquire() as conn`, `conn: asyncpg.Connection`); a
// name bound two different ways, or by anything else, is unknown.

export type HeldKind = 'connection' | 'pool' | 'http-session';

export interface Held {
  kind: HeldKind;
  /** The library the value comes from: asyncpg, aiosqlite, psycopg, aiohttp, httpx; '' for a pool's connection of a library the file does not name. */
  library: string;
}

/** Calls that give a single connection, by qualified name. */
const CONNECTING_CALLS: Record<string, string> = {
  'asyncpg.connect': 'asyncpg',
  'asyncpg.connection.connect': 'asyncpg',
  'aiosqlite.connect': 'aiosqlite',
  'aiosqlite.core.connect': 'aiosqlite',
  'psycopg.AsyncConnection.connect': 'psycopg',
  'psycopg.connection_async.AsyncConnection.connect': 'psycopg',
};

const POOL_CALLS: Record<string, string> = {
  'asyncpg.create_pool': 'asyncpg',
  'asyncpg.pool.create_pool': 'asyncpg',
  'asyncpg.Pool': 'asyncpg',
  'psycopg_pool.AsyncConnectionPool': 'psycopg',
};

const SESSION_CALLS: Record<string, string> = {
  'aiohttp.ClientSession': 'aiohttp',
  'aiohttp.client.ClientSession': 'aiohttp',
  'httpx.AsyncClient': 'httpx',
};

/** Annotations that name one connection or a pool. */
const CONNECTION_TYPES: Record<string, string> = {
  'asyncpg.Connection': 'asyncpg',
  'asyncpg.connection.Connection': 'asyncpg',
  'aiosqlite.Connection': 'aiosqlite',
  'aiosqlite.core.Connection': 'aiosqlite',
  'psycopg.AsyncConnection': 'psycopg',
};

const POOL_TYPES: Record<string, string> = {
  'asyncpg.Pool': 'asyncpg',
  'asyncpg.pool.Pool': 'asyncpg',
  'psycopg_pool.AsyncConnectionPool': 'psycopg',
};

/**
 * What a value expression creates: `await asyncpg.connect(...)` → an asyncpg connection,
 * `pool.acquire()` on a known pool (or a name ending in `pool`) → a connection of that pool,
 * `aiohttp.ClientSession()` → a session. `await` in front is looked through.
 */
export function createdBy(expression: PyNode | undefined, names: NameResolver): Held | undefined {
  let value = unparenthesized(expression);
  if (value?.type === 'await') value = unparenthesized(value.children[0]);
  if (value?.type !== 'call') return undefined;
  const callee = value.fields.function;
  const qualified = names.qualifiedName(callee);
  if (qualified) {
    if (CONNECTING_CALLS[qualified]) return { kind: 'connection', library: CONNECTING_CALLS[qualified] };
    if (POOL_CALLS[qualified]) return { kind: 'pool', library: POOL_CALLS[qualified] };
    if (SESSION_CALLS[qualified]) return { kind: 'http-session', library: SESSION_CALLS[qualified] };
    return undefined;
  }
  if (callee?.type === 'attribute' && callee.fields.attribute?.text === 'acquire' && callee.fields.object) {
    const pool = heldValue(callee.fields.object, names);
    if (pool?.kind === 'pool') return { kind: 'connection', library: pool.library };
    // A pool the file does not create here (`self._pool`, a parameter) still hands out one connection per acquire.
    if (/(?:^|_)pool$/i.test(memberPath(callee.fields.object)?.at(-1) ?? '')) return { kind: 'connection', library: '' };
  }
  return undefined;
}

/** What an annotation names: `asyncpg.Connection`, `Connection` imported from asyncpg, `asyncpg.Pool`. */
export function annotatedAs(annotation: PyNode | undefined, names: NameResolver): Held | undefined {
  const type = annotation?.type === 'type' ? annotation.children[0] : annotation;
  const qualified = names.qualifiedName(type);
  if (!qualified) return undefined;
  if (CONNECTION_TYPES[qualified]) return { kind: 'connection', library: CONNECTION_TYPES[qualified] };
  if (POOL_TYPES[qualified]) return { kind: 'pool', library: POOL_TYPES[qualified] };
  if (SESSION_CALLS[qualified]) return { kind: 'http-session', library: SESSION_CALLS[qualified] };
  return undefined;
}

/**
 * What the name `node` (an identifier being read) holds, from every place its scope binds it.
 * Python decides scope by function: the innermost function that binds the name owns it. All of
 * that function's bindings must agree; anything unknown among them makes the answer unknown.
 */
export function heldValue(node: PyNode, names: NameResolver): Held | undefined {
  if (node.type !== 'identifier') return undefined;
  const name = node.text;
  for (let scope = enclosingFunction(node); scope; scope = enclosingFunction(scope)) {
    const sites = bindingSites(scope, name);
    if (sites.length > 0) return agreed(sites.map((site) => site(names)));
  }
  return undefined;
}

type Site = (names: NameResolver) => Held | undefined;

/** Every way `fn` binds `name`, each as a function that tells what that binding holds. */
function bindingSites(fn: PyNode, name: string): Site[] {
  const sites: Site[] = [];
  for (const parameter of fn.fields.parameters?.children ?? []) {
    if (parameterName(parameter) !== name) continue;
    const annotation = parameter.fields.type;
    sites.push((names) => (parameter.type === 'typed_parameter' || parameter.type === 'typed_default_parameter' ? annotatedAs(annotation, names) : undefined));
  }
  const body = fn.fields.body;
  if (!body) return sites;
  for (const node of descendants(body)) {
    if (node === body) continue;
    if ((node.type === 'function_definition' || node.type === 'class_definition') && node.fields.name?.text === name) {
      sites.push(() => undefined);
    }
    switch (node.type) {
      case 'assignment':
        if (bindsName(node.fields.left, name)) {
          const simple = node.fields.left?.type === 'identifier';
          const right = node.fields.right;
          const annotation = node.fields.type;
          sites.push((names) => (simple ? (createdBy(right, names) ?? (right ? undefined : annotatedAs(annotation, names))) : undefined));
        }
        break;
      case 'augmented_assignment':
      case 'for_statement':
      case 'for_in_clause':
        if (bindsName(node.fields.left, name)) sites.push(() => undefined);
        break;
      case 'named_expression':
        if (node.fields.name?.text === name) sites.push((names) => createdBy(node.fields.value, names));
        break;
      case 'as_pattern':
        if (bindsName(node.fields.alias, name)) {
          const value = node.children[0];
          // `with` items hold what the context manager's `__aenter__` gives: for the calls known
          // here, the connection or session itself.
          const inWith = node.parent?.type === 'with_item';
          sites.push((names) => (inWith ? createdBy(value, names) : undefined));
        }
        break;
      case 'global_statement':
      case 'nonlocal_statement':
      case 'import_statement':
      case 'import_from_statement':
      case 'except_clause':
        if ([...descendants(node)].some((child) => child.type === 'identifier' && child.text === name)) sites.push(() => undefined);
        break;
      default:
        break;
    }
  }
  return sites;
}

function bindsName(target: PyNode | undefined, name: string): boolean {
  if (!target) return false;
  if (target.type === 'identifier') return target.text === name;
  if (target.type === 'attribute' || target.type === 'subscript') return false;
  return target.children.some((child) => bindsName(child, name));
}

function agreed(values: (Held | undefined)[]): Held | undefined {
  const [first] = values;
  if (!first) return undefined;
  return values.every((value) => value?.kind === first.kind && value.library === first.library) ? first : undefined;
}
