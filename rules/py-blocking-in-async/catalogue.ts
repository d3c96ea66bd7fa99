/**
 * The blocking calls py-blocking-in-async knows, one row per call. A row's `call` is written the
 * way the code reads once imports are resolved:
 *
 *   time.sleep                          a function of a module
 *   requests.Session().get              a method of an object made by `requests.Session()`
 *   psycopg2.connect().cursor().execute a method of an object made from such an object
 *
 * The explainer's catalogue table lists the same rows; a test keeps the two in step.
 */
export interface BlockingRow {
  call: string;
  /** What the call waits for, as the message says it. */
  why: string;
  /** The asynchronous way to do it. */
  instead: string;
  /**
   * Whether `await asyncio.to_thread(...)` is a correct rewrite. Not for sqlite3: a connection
   * refuses to be used from a thread other than the one that made it (check_same_thread).
   */
  thread?: false;
  /** Only when called with arguments: `smtplib.SMTP()` without a host does not connect. */
  needsArguments?: true;
}

/** Path methods that make a system call (stat, readdir, mkdir, ...), not pure path arithmetic. */
const PATH_FILE_SYSTEM = [
  'exists', 'is_file', 'is_dir', 'is_symlink', 'stat', 'lstat', 'resolve', 'iterdir', 'glob', 'rglob', 'mkdir', 'rmdir',
  'unlink', 'rename', 'replace', 'touch', 'readlink', 'samefile', 'chmod', 'symlink_to',
];
const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];
const HTTP = 'waits for an HTTP response';
const HTTPX = '`httpx.AsyncClient` or `aiohttp.ClientSession`';
const SUBPROCESS = 'waits for a child process';
const DB_QUERY = 'waits for the database';
const SOCKET_IO = 'waits on the network';

const rows = (calls: string[], why: string, instead: string, extra: Partial<BlockingRow> = {}): BlockingRow[] =>
  calls.map((call) => ({ call, why, instead, ...extra }));

export const BLOCKING_CATALOGUE: readonly BlockingRow[] = [
  { call: 'time.sleep', why: 'sleeps the whole thread', instead: '`await asyncio.sleep(...)`' },
  { call: 'builtins.input', why: 'waits for the keyboard', instead: '`await asyncio.to_thread(input, ...)`' },
  { call: 'builtins.open', why: 'opens the file on disk', instead: '`aiofiles.open` or `asyncio.to_thread`' },
  ...rows(['read_text', 'read_bytes', 'write_text', 'write_bytes'].map((method) => `pathlib.Path().${method}`),
    'reads or writes the whole file', '`aiofiles` or `asyncio.to_thread`'),
  { call: 'pathlib.Path().open', why: 'opens the file on disk', instead: '`aiofiles.open` or `asyncio.to_thread`' },
  ...rows(PATH_FILE_SYSTEM.map((method) => `pathlib.Path().${method}`), 'asks the file system', '`asyncio.to_thread` (or `aiofiles.os`)'),
  ...rows(['TemporaryFile', 'NamedTemporaryFile', 'mkstemp', 'mkdtemp'].map((name) => `tempfile.${name}`),
    'creates a file on disk', '`aiofiles.tempfile` or `asyncio.to_thread`'),
  { call: 'ssl.create_default_context', why: "loads the system's CA certificates from disk", instead: 'one context made at start-up and reused' },
  ...rows(HTTP_VERBS.map((verb) => `requests.${verb}`), HTTP, HTTPX),
  ...rows([...HTTP_VERBS, 'send'].map((verb) => `requests.Session().${verb}`), HTTP, HTTPX),
  { call: 'urllib.request.urlopen', why: HTTP, instead: HTTPX },
  { call: 'urllib3.request', why: HTTP, instead: HTTPX },
  ...rows(['request', 'urlopen', 'request_encode_url', 'request_encode_body'].map((method) => `urllib3.PoolManager().${method}`), HTTP, HTTPX),
  ...rows(['run', 'call', 'check_call', 'check_output', 'getoutput', 'getstatusoutput'].map((name) => `subprocess.${name}`),
    SUBPROCESS, '`await asyncio.create_subprocess_exec(...)`'),
  ...rows(['wait', 'communicate'].map((method) => `subprocess.Popen().${method}`), SUBPROCESS, '`asyncio.create_subprocess_exec` and `await proc.wait()`'),
  ...rows(['os.system', 'os.popen'], SUBPROCESS, '`await asyncio.create_subprocess_shell(...)`'),
  ...rows(['shutil.copy', 'shutil.copy2', 'shutil.copyfile', 'shutil.copytree', 'shutil.rmtree', 'shutil.move'],
    'copies or deletes files on disk', '`await asyncio.to_thread(...)`'),
  { call: 'psycopg2.connect', why: 'connects to the database', instead: '`asyncpg` or psycopg 3 `AsyncConnection`' },
  ...rows(['commit', 'rollback'].map((method) => `psycopg2.connect().${method}`), DB_QUERY, '`asyncpg` or psycopg 3 `AsyncConnection`'),
  ...rows(['execute', 'executemany', 'callproc', 'fetchone', 'fetchmany', 'fetchall'].map((method) => `psycopg2.connect().cursor().${method}`),
    DB_QUERY, '`asyncpg` or psycopg 3 `AsyncConnection`'),
  { call: 'sqlite3.connect', why: 'opens the database file', instead: '`aiosqlite`', thread: false },
  ...rows(['execute', 'executemany', 'executescript', 'commit', 'rollback'].map((method) => `sqlite3.connect().${method}`),
    DB_QUERY, '`aiosqlite`', { thread: false }),
  ...rows(['execute', 'executemany', 'executescript', 'fetchone', 'fetchmany', 'fetchall'].map((method) => `sqlite3.connect().cursor().${method}`),
    DB_QUERY, '`aiosqlite`', { thread: false }),
  { call: 'pymysql.connect', why: 'connects to the database', instead: '`aiomysql` or `asyncmy`' },
  ...rows(['commit', 'rollback', 'ping'].map((method) => `pymysql.connect().${method}`), DB_QUERY, '`aiomysql` or `asyncmy`'),
  ...rows(['execute', 'executemany', 'callproc', 'fetchone', 'fetchmany', 'fetchall'].map((method) => `pymysql.connect().cursor().${method}`),
    DB_QUERY, '`aiomysql` or `asyncmy`'),
  { call: 'socket.create_connection', why: 'connects on this thread', instead: '`await asyncio.open_connection(...)`' },
  ...rows(['recv', 'recv_into', 'recvfrom', 'recvfrom_into', 'send', 'sendall', 'sendto', 'sendfile', 'accept', 'connect'].map((method) => `socket.socket().${method}`),
    SOCKET_IO, '`asyncio.open_connection` streams or `loop.sock_*` on a non-blocking socket'),
  { call: 'smtplib.SMTP', why: 'connects to the mail server', instead: '`aiosmtplib`', needsArguments: true },
  ...rows(['connect', 'login', 'starttls', 'sendmail', 'send_message', 'quit'].map((method) => `smtplib.SMTP().${method}`),
    'waits for the mail server', '`aiosmtplib`'),
];

/**
 * Other spellings of the objects the catalogue names: the same class reached another way, or a
 * method that hands back an object of the same kind (`path / "x"`, `path.with_suffix(...)`).
 */
export const SAME_KIND: Readonly<Record<string, string>> = {
  'pathlib.PosixPath()': 'pathlib.Path()',
  'pathlib.WindowsPath()': 'pathlib.Path()',
  'pathlib.Path().joinpath()': 'pathlib.Path()',
  'pathlib.Path().with_name()': 'pathlib.Path()',
  'pathlib.Path().with_suffix()': 'pathlib.Path()',
  'pathlib.Path().with_stem()': 'pathlib.Path()',
  'pathlib.Path().resolve()': 'pathlib.Path()',
  'pathlib.Path().absolute()': 'pathlib.Path()',
  'pathlib.Path().expanduser()': 'pathlib.Path()',
  'sqlite3.connect().execute()': 'sqlite3.connect().cursor()',
  'requests.session()': 'requests.Session()',
  'requests.sessions.Session()': 'requests.Session()',
  'urllib3.poolmanager.PoolManager()': 'urllib3.PoolManager()',
  'socket.create_connection()': 'socket.socket()',
  'smtplib.SMTP_SSL()': 'smtplib.SMTP()',
  'pymysql.Connect()': 'pymysql.connect()',
  'pymysql.connections.Connection()': 'pymysql.connect()',
};

/** The Path attribute (not method) that is again a Path. */
export const PATH_KIND = 'pathlib.Path()';

export interface Catalogue {
  lookup(call: string): BlockingRow | undefined;
  /** Whether objects of this kind (`requests.Session()`) have catalogued methods, so are worth following. */
  isTrackedKind(kind: string): boolean;
}

/** The built-in rows plus the user's `blockingCalls` option (`{ "mylib.fetch_sync": "mylib.fetch" }`). */
export function buildCatalogue(extra: Readonly<Record<string, string>>): Catalogue {
  const byCall = new Map<string, BlockingRow>(BLOCKING_CATALOGUE.map((row) => [row.call, row]));
  for (const [call, instead] of Object.entries(extra)) byCall.set(call, { call, why: 'is listed as blocking in the settings', instead });
  const kinds = new Set<string>();
  for (const call of byCall.keys()) {
    // Every `...()` prefix of a row is a kind worth following: `a.b().c().d` → `a.b()`, `a.b().c()`.
    for (let end = call.indexOf('()'); end !== -1; end = call.indexOf('()', end + 2)) kinds.add(call.slice(0, end + 2));
  }
  return {
    lookup: (call) => byCall.get(call),
    isTrackedKind: (kind) => kinds.has(kind),
  };
}

/** How the explainer's table writes a row's call: builtins without their module. */
export function displayCall(call: string): string {
  return call.startsWith('builtins.') ? call.slice('builtins.'.length) : call;
}

/**
 * Calls the catalogue lists that do not block in this form: an in-memory SQLite database never
 * waits for a disk, so neither `sqlite3.connect(":memory:")` nor its connection is reported.
 */
export function isExemptCall(key: string, firstArgument: string | undefined): boolean {
  return key === 'sqlite3.connect' && /^[rbuRBU]?["']:memory:["']$/.test(firstArgument ?? '');
}
