/**
 * The async client libraries whose objects the Python rules know, described as data: how each kind
 * of object is made (a call, `await` of a call, `async with` of a call), which of its methods are
 * coroutine functions, and which methods or attributes hand back another known kind.
 *
 * A kind is named after the class a user would write in an annotation (`asyncpg.Connection`).
 * Left out on purpose, per kind: methods that are sync (SQLAlchemy's `session.add`), that return
 * objects which are both awaitable and async context managers (`pool.acquire()`,
 * `session.get(url)` of aiohttp: listed under `requests`, a dropped one is still a lost request),
 * and those used only with `async with`/`async for` (`conn.transaction()`, `client.stream()`).
 */

/** What a value of a kind is for the rules that care about connections. */
export type KindRole =
  /** One connection or session: operations on it run one at a time (asyncpg raises, others queue). */
  | 'single-connection'
  /** Hands each operation its own connection. */
  | 'pool'
  /** An HTTP client with its own connection pool. */
  | 'http-session'
  | 'other';

export interface LibraryKind {
  /** The library as the messages name it: asyncpg, aiosqlite, psycopg, sqlalchemy, … */
  library: string;
  role: KindRole;
  /** Methods that are coroutine functions. */
  coroutines: ReadonlySet<string>;
  /** Methods whose result does nothing until awaited or entered (aiohttp's request context managers). */
  requests?: ReadonlySet<string>;
  /** `x.method(...)` → kind, by how the result is taken. */
  returns?: Partial<Record<Taking, Record<string, string>>>;
  /** `x.name` / `x["name"]` → kind, for any name that is not a method (motor: client → database → collection). */
  members?: string;
}

/** How the value of a call is taken: as it is, awaited, or entered with `async with`. */
export type Taking = 'call' | 'await' | 'async-with';

const set = (names: string): ReadonlySet<string> => new Set(names.split(/\s+/).filter(Boolean));

const REDIS_COMMANDS = set(`
  get set delete exists expire expireat pexpire ttl pttl persist incr incrby incrbyfloat decr decrby getset getdel getex
  mget mset msetnx setex setnx psetex append strlen getrange setrange keys scan type rename renamenx unlink
  hget hset hsetnx hmget hmset hgetall hdel hexists hincrby hincrbyfloat hkeys hvals hlen hscan
  lpush rpush lpushx rpushx lpop rpop llen lrange lindex lset lrem ltrim linsert blpop brpop brpoplpush lmove blmove
  sadd srem smembers sismember smismember scard spop srandmember smove sinter sunion sdiff sscan
  zadd zrem zrange zrevrange zrangebyscore zrevrangebyscore zscore zincrby zcard zcount zrank zrevrank zremrangebyscore zremrangebyrank zscan zpopmin zpopmax
  xadd xread xreadgroup xack xlen xrange xrevrange xdel xtrim xgroup_create
  publish eval evalsha script_load ping echo flushdb flushall dbsize info time close aclose config_get config_set
`);

export const LIBRARY_KINDS: Record<string, LibraryKind> = {
  'asyncpg.Connection': {
    library: 'asyncpg',
    role: 'single-connection',
    coroutines: set('fetch fetchrow fetchval execute executemany close prepare copy_from_table copy_from_query copy_to_table copy_records_to_table set_type_codec reset_type_codec set_builtin_type_codec add_listener remove_listener reload_schema_state reset'),
  },
  'asyncpg.Pool': {
    library: 'asyncpg',
    role: 'pool',
    coroutines: set('fetch fetchrow fetchval execute executemany close release expire_connections copy_from_table copy_from_query copy_to_table copy_records_to_table'),
    returns: { await: { acquire: 'asyncpg.Connection' }, 'async-with': { acquire: 'asyncpg.Connection' } },
  },
  'aiosqlite.Connection': {
    library: 'aiosqlite',
    role: 'single-connection',
    coroutines: set('commit rollback close executescript execute_fetchall execute_insert create_function set_progress_handler set_trace_callback iterdump backup enable_load_extension load_extension interrupt'),
    // `execute` gives an awaitable context manager: awaited or entered it is a cursor.
    requests: set('execute executemany'),
    returns: { await: { execute: 'aiosqlite.Cursor', executemany: 'aiosqlite.Cursor', cursor: 'aiosqlite.Cursor' }, 'async-with': { execute: 'aiosqlite.Cursor', cursor: 'aiosqlite.Cursor' } },
  },
  'aiosqlite.Cursor': {
    library: 'aiosqlite',
    role: 'other',
    coroutines: set('execute executemany executescript fetchone fetchmany fetchall close'),
  },
  'psycopg.AsyncConnection': {
    library: 'psycopg',
    role: 'single-connection',
    coroutines: set('execute commit rollback close set_autocommit set_isolation_level set_read_only set_deferrable tpc_begin tpc_prepare tpc_commit tpc_rollback tpc_recover wait cancel_safe'),
    returns: { call: { cursor: 'psycopg.AsyncCursor' }, 'async-with': { cursor: 'psycopg.AsyncCursor' }, await: { execute: 'psycopg.AsyncCursor' } },
  },
  'psycopg.AsyncCursor': {
    library: 'psycopg',
    role: 'other',
    coroutines: set('execute executemany fetchone fetchmany fetchall close scroll copy'),
  },
  'psycopg_pool.AsyncConnectionPool': {
    library: 'psycopg',
    role: 'pool',
    coroutines: set('getconn putconn open close wait resize check drain'),
    returns: { await: { getconn: 'psycopg.AsyncConnection' }, 'async-with': { connection: 'psycopg.AsyncConnection' } },
  },
  'sqlalchemy.AsyncEngine': {
    library: 'sqlalchemy',
    role: 'pool',
    coroutines: set('dispose'),
    returns: { 'async-with': { connect: 'sqlalchemy.AsyncConnection', begin: 'sqlalchemy.AsyncConnection' }, await: { connect: 'sqlalchemy.AsyncConnection' } },
  },
  'sqlalchemy.AsyncConnection': {
    library: 'sqlalchemy',
    role: 'single-connection',
    coroutines: set('execute exec_driver_sql scalar scalars stream stream_scalars commit rollback close invalidate run_sync start get_raw_connection'),
  },
  'sqlalchemy.AsyncSession': {
    library: 'sqlalchemy',
    role: 'single-connection',
    coroutines: set('execute scalar scalars get get_one merge refresh flush commit rollback close delete stream stream_scalars run_sync invalidate connection reset'),
  },
  'sqlalchemy.async_sessionmaker': {
    library: 'sqlalchemy',
    role: 'other',
    coroutines: set(''),
    returns: { 'async-with': { begin: 'sqlalchemy.AsyncSession' } },
  },
  'redis.asyncio.Redis': {
    library: 'redis',
    role: 'pool',
    coroutines: REDIS_COMMANDS,
  },
  'aiohttp.ClientSession': {
    library: 'aiohttp',
    role: 'http-session',
    coroutines: set('close'),
    requests: set('get post put patch delete head options request ws_connect'),
    returns: {
      'async-with': { get: 'aiohttp.ClientResponse', post: 'aiohttp.ClientResponse', put: 'aiohttp.ClientResponse', patch: 'aiohttp.ClientResponse', delete: 'aiohttp.ClientResponse', head: 'aiohttp.ClientResponse', options: 'aiohttp.ClientResponse', request: 'aiohttp.ClientResponse' },
      await: { get: 'aiohttp.ClientResponse', post: 'aiohttp.ClientResponse', put: 'aiohttp.ClientResponse', patch: 'aiohttp.ClientResponse', delete: 'aiohttp.ClientResponse', head: 'aiohttp.ClientResponse', options: 'aiohttp.ClientResponse', request: 'aiohttp.ClientResponse' },
    },
  },
  'aiohttp.ClientResponse': { library: 'aiohttp', role: 'other', coroutines: set('json text read') },
  'httpx.AsyncClient': {
    library: 'httpx',
    role: 'http-session',
    coroutines: set('get post put patch delete head options request send aclose'),
    returns: { await: { get: 'httpx.Response', post: 'httpx.Response', put: 'httpx.Response', patch: 'httpx.Response', delete: 'httpx.Response', head: 'httpx.Response', options: 'httpx.Response', request: 'httpx.Response', send: 'httpx.Response' } },
  },
  'httpx.Response': { library: 'httpx', role: 'other', coroutines: set('aread aclose') },
  'motor.AsyncIOMotorClient': {
    library: 'motor',
    role: 'pool',
    coroutines: set('server_info list_database_names list_databases drop_database start_session'),
    members: 'motor.AsyncIOMotorDatabase',
  },
  'motor.AsyncIOMotorDatabase': {
    library: 'motor',
    role: 'other',
    coroutines: set('command list_collection_names list_collections drop_collection create_collection validate_collection dereference'),
    members: 'motor.AsyncIOMotorCollection',
  },
  'motor.AsyncIOMotorCollection': {
    library: 'motor',
    role: 'other',
    coroutines: set('insert_one insert_many find_one find_one_and_update find_one_and_delete find_one_and_replace update_one update_many replace_one delete_one delete_many count_documents estimated_document_count distinct bulk_write create_index create_indexes drop_index drop_indexes drop index_information options rename'),
  },
  // A connection from `pool.acquire()` on a pool the file does not show (`self._pool`): one
  // connection of some database library, whose methods are not known.
  'pool.Connection': { library: '', role: 'single-connection', coroutines: set('') },
  'aiofiles.File': { library: 'aiofiles', role: 'other', coroutines: set('read write readline readlines flush close seek tell truncate writelines') },
};

/** Library calls that make a known kind, by qualified name and how the result is taken. */
export const MADE_BY: Record<Taking, Record<string, string>> = {
  call: {
    'aiohttp.ClientSession': 'aiohttp.ClientSession',
    'aiohttp.client.ClientSession': 'aiohttp.ClientSession',
    'httpx.AsyncClient': 'httpx.AsyncClient',
    'psycopg_pool.AsyncConnectionPool': 'psycopg_pool.AsyncConnectionPool',
    'sqlalchemy.ext.asyncio.create_async_engine': 'sqlalchemy.AsyncEngine',
    'sqlalchemy.ext.asyncio.AsyncSession': 'sqlalchemy.AsyncSession',
    'sqlalchemy.ext.asyncio.async_sessionmaker': 'sqlalchemy.async_sessionmaker',
    'redis.asyncio.Redis': 'redis.asyncio.Redis',
    'redis.asyncio.StrictRedis': 'redis.asyncio.Redis',
    'redis.asyncio.from_url': 'redis.asyncio.Redis',
    'redis.asyncio.client.Redis': 'redis.asyncio.Redis',
    'redis.asyncio.Redis.from_url': 'redis.asyncio.Redis',
    'motor.motor_asyncio.AsyncIOMotorClient': 'motor.AsyncIOMotorClient',
  },
  await: {
    'asyncpg.connect': 'asyncpg.Connection',
    'asyncpg.connection.connect': 'asyncpg.Connection',
    'asyncpg.create_pool': 'asyncpg.Pool',
    'asyncpg.pool.create_pool': 'asyncpg.Pool',
    'aiosqlite.connect': 'aiosqlite.Connection',
    'aiosqlite.core.connect': 'aiosqlite.Connection',
    'psycopg.AsyncConnection.connect': 'psycopg.AsyncConnection',
    'psycopg.connection_async.AsyncConnection.connect': 'psycopg.AsyncConnection',
    'aiofiles.open': 'aiofiles.File',
  },
  'async-with': {
    'aiohttp.ClientSession': 'aiohttp.ClientSession',
    'aiohttp.client.ClientSession': 'aiohttp.ClientSession',
    'aiohttp.request': 'aiohttp.ClientResponse',
    'httpx.AsyncClient': 'httpx.AsyncClient',
    'asyncpg.create_pool': 'asyncpg.Pool',
    'aiosqlite.connect': 'aiosqlite.Connection',
    'aiosqlite.core.connect': 'aiosqlite.Connection',
    'psycopg_pool.AsyncConnectionPool': 'psycopg_pool.AsyncConnectionPool',
    'sqlalchemy.ext.asyncio.AsyncSession': 'sqlalchemy.AsyncSession',
    'redis.asyncio.Redis': 'redis.asyncio.Redis',
    'redis.asyncio.from_url': 'redis.asyncio.Redis',
    'aiofiles.open': 'aiofiles.File',
  },
};

/** Classes as annotations name them (through the file's imports), and the kind they declare. */
export const ANNOTATED: Record<string, string> = {
  'asyncpg.Connection': 'asyncpg.Connection',
  'asyncpg.connection.Connection': 'asyncpg.Connection',
  'asyncpg.pool.PoolConnectionProxy': 'asyncpg.Connection',
  'asyncpg.Pool': 'asyncpg.Pool',
  'asyncpg.pool.Pool': 'asyncpg.Pool',
  'aiosqlite.Connection': 'aiosqlite.Connection',
  'aiosqlite.core.Connection': 'aiosqlite.Connection',
  'aiosqlite.Cursor': 'aiosqlite.Cursor',
  'psycopg.AsyncConnection': 'psycopg.AsyncConnection',
  'psycopg.AsyncCursor': 'psycopg.AsyncCursor',
  'psycopg_pool.AsyncConnectionPool': 'psycopg_pool.AsyncConnectionPool',
  'sqlalchemy.ext.asyncio.AsyncSession': 'sqlalchemy.AsyncSession',
  'sqlalchemy.ext.asyncio.AsyncEngine': 'sqlalchemy.AsyncEngine',
  'sqlalchemy.ext.asyncio.AsyncConnection': 'sqlalchemy.AsyncConnection',
  'sqlalchemy.ext.asyncio.async_sessionmaker': 'sqlalchemy.async_sessionmaker',
  'redis.asyncio.Redis': 'redis.asyncio.Redis',
  'redis.asyncio.client.Redis': 'redis.asyncio.Redis',
  'aiohttp.ClientSession': 'aiohttp.ClientSession',
  'aiohttp.client.ClientSession': 'aiohttp.ClientSession',
  'aiohttp.ClientResponse': 'aiohttp.ClientResponse',
  'aiohttp.client_reqrep.ClientResponse': 'aiohttp.ClientResponse',
  'httpx.AsyncClient': 'httpx.AsyncClient',
  'httpx.Response': 'httpx.Response',
  'motor.motor_asyncio.AsyncIOMotorClient': 'motor.AsyncIOMotorClient',
  'motor.motor_asyncio.AsyncIOMotorDatabase': 'motor.AsyncIOMotorDatabase',
  'motor.motor_asyncio.AsyncIOMotorCollection': 'motor.AsyncIOMotorCollection',
};

/** Calling a value of this kind makes another: `Session()` of an `async_sessionmaker`. */
export const CALLABLE_KINDS: Partial<Record<Taking, Record<string, string>>> = {
  call: { 'sqlalchemy.async_sessionmaker': 'sqlalchemy.AsyncSession' },
  'async-with': { 'sqlalchemy.async_sessionmaker': 'sqlalchemy.AsyncSession' },
};

/** The kind a library call makes when its result is taken as `taking`, by the call's qualified name. */
export function libraryKindMadeBy(taking: Taking, qualified: string | undefined): LibraryKind | undefined {
  const made = qualified ? MADE_BY[taking][qualified] : undefined;
  return made ? LIBRARY_KINDS[made] : undefined;
}
