/**
 * The blocking calls the rule knows, one table. Each entry names the module (as written in an
 * import, without `node:`), the export, and what to use instead. `fix` says which rewrite the
 * rule can offer; entries without one are reported with advice only. The explainer's catalogue
 * table lists the same data.
 */
export type FixKind =
  /** Same arguments, same result: `readFileSync(a)` → `await readFile(a)` from `fs/promises`. */
  | 'fs-promises'
  /** `existsSync(p)` → `await access(p).then(() => true, () => false)`. */
  | 'fs-exists'
  /** The same module's promise-returning twin: `fse.readJsonSync(p)` → `await fse.readJson(p)`. */
  | 'module-twin'
  /** `execSync(cmd)` → `(await execAsync(cmd)).stdout` with `const execAsync = promisify(exec)`. */
  | 'exec'
  /** The callback twin, promisified: `gzipSync(b)` → `await promisify(gzip)(b)`. */
  | 'promisify'
  /** `Atomics.wait(...)` → `await Atomics.waitAsync(...).value`: the same result string. */
  | 'wait-async';

export interface BlockingEntry {
  module: string;
  name: string;
  /** The async alternative, as shown in the message. */
  instead: string;
  fix?: FixKind;
  /** The async twin's export name, for fixes that call it. */
  asyncName?: string;
}

/** fs functions whose `fs/promises` twin takes the same arguments and resolves to the same value. */
export const FS_WITH_PROMISE_TWIN = [
  'access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'lchmod', 'lchown', 'link', 'lstat', 'lutimes',
  'mkdir', 'mkdtemp', 'opendir', 'readFile', 'readdir', 'readlink', 'realpath', 'rename', 'rm', 'rmdir',
  'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'writeFile',
];

/** fs functions on file descriptors: the promise API works on FileHandle objects instead. */
const FS_DESCRIPTOR_BASED = [
  'close', 'fchmod', 'fchown', 'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes', 'open',
  'read', 'readv', 'write', 'writev',
];

const fsEntries = (module: string): BlockingEntry[] => [
  ...FS_WITH_PROMISE_TWIN.map((name) => ({
    module, name: `${name}Sync`, instead: `${name} from node:fs/promises`, fix: 'fs-promises' as const, asyncName: name,
  })),
  ...FS_DESCRIPTOR_BASED.map((name) => ({ module, name: `${name}Sync`, instead: 'a FileHandle from node:fs/promises' })),
  { module, name: 'existsSync', instead: 'access from node:fs/promises', fix: 'fs-exists' },
  { module, name: 'globSync', instead: 'glob from node:fs/promises (an async iterator)' },
  { module, name: 'mkdtempDisposableSync', instead: 'mkdtempDisposable from node:fs/promises' },
];

/** fs-extra: every fs function, plus its own, resolve a promise when called without a callback. */
const FS_EXTRA_OWN = [
  'copy', 'createFile', 'createLink', 'createSymlink', 'emptyDir', 'emptydir', 'ensureDir', 'ensureFile',
  'ensureLink', 'ensureSymlink', 'mkdirp', 'mkdirs', 'move', 'outputFile', 'outputJSON', 'outputJson',
  'pathExists', 'readJSON', 'readJson', 'remove', 'writeJSON', 'writeJson',
];

const fsExtraEntries: BlockingEntry[] = [
  ...[...FS_WITH_PROMISE_TWIN, ...FS_EXTRA_OWN].map((name) => ({
    module: 'fs-extra', name: `${name}Sync`, instead: `fs-extra's ${name} (returns a promise)`, fix: 'module-twin' as const, asyncName: name,
  })),
  ...FS_DESCRIPTOR_BASED.map((name) => ({ module: 'fs-extra', name: `${name}Sync`, instead: 'a FileHandle from node:fs/promises' })),
  { module: 'fs-extra', name: 'existsSync', instead: "fs-extra's pathExists", fix: 'module-twin', asyncName: 'pathExists' },
];

/** A module's `xSync` whose callback twin `x` promisifies to the same result. */
const promisified = (module: string, names: string[]): BlockingEntry[] =>
  names.map((name) => ({ module, name: `${name}Sync`, instead: `util.promisify(${module}.${name})`, fix: 'promisify', asyncName: name }));

/** A module's `xSync` with a callback twin whose promisified typing or result differs: advice only. */
const adviceOnly = (module: string, names: string[]): BlockingEntry[] =>
  names.map((name) => ({ module, name: `${name}Sync`, instead: `${module}.${name} with a callback` }));

/** A package export with a promise-returning twin in the same package. */
const twin = (module: string, name: string, asyncName: string): BlockingEntry => ({
  module, name, instead: `${asyncName} from ${module}`, fix: 'module-twin', asyncName,
});

const ZLIB = [
  'gzip', 'gunzip', 'deflate', 'inflate', 'deflateRaw', 'inflateRaw', 'unzip', 'brotliCompress', 'brotliDecompress',
  'zstdCompress', 'zstdDecompress',
];

export const BLOCKING_CALLS: readonly BlockingEntry[] = [
  ...fsEntries('fs'),
  ...fsEntries('graceful-fs'),
  ...fsExtraEntries,
  { module: 'child_process', name: 'execSync', instead: 'util.promisify(exec)', fix: 'exec', asyncName: 'exec' },
  { module: 'child_process', name: 'execFileSync', instead: 'util.promisify(execFile)', fix: 'exec', asyncName: 'execFile' },
  { module: 'child_process', name: 'spawnSync', instead: 'spawn with events, or util.promisify(execFile)' },
  ...promisified('crypto', ['pbkdf2', 'scrypt', 'generateKeyPair']),
  ...adviceOnly('crypto', ['randomFill', 'generatePrime', 'checkPrime']),
  ...promisified('zlib', ZLIB),
  { module: 'readline-sync', name: '*', instead: 'readline/promises' },
  { module: 'sync-request', name: '*', instead: 'fetch' },
  { module: 'sync-fetch', name: '*', instead: 'fetch' },
  { module: 'sync-rpc', name: '*', instead: 'an async call' },
  { module: 'deasync', name: '*', instead: 'await the async call' },
  twin('execa', 'execaSync', 'execa'),
  twin('execa', 'execaCommandSync', 'execaCommand'),
  { module: 'execa', name: 'sync', instead: 'execa (returns a promise)' },
  { module: 'execa', name: 'commandSync', instead: 'execa.command (returns a promise)' },
  { module: 'cross-spawn', name: 'sync', instead: 'cross-spawn with events' },
  twin('glob', 'globSync', 'glob'),
  { module: 'glob', name: 'sync', instead: 'glob (returns a promise)' },
  { module: 'fast-glob', name: 'sync', instead: 'fast-glob (returns a promise)' },
  twin('fast-glob', 'globSync', 'glob'),
  twin('globby', 'globbySync', 'globby'),
  twin('tinyglobby', 'globSync', 'glob'),
  twin('rimraf', 'rimrafSync', 'rimraf'),
  { module: 'rimraf', name: 'sync', instead: 'rimraf (returns a promise)' },
  twin('mkdirp', 'mkdirpSync', 'mkdirp'),
  { module: 'mkdirp', name: 'sync', instead: 'mkdirp (returns a promise)' },
  twin('del', 'deleteSync', 'deleteAsync'),
  { module: 'del', name: 'sync', instead: 'del (returns a promise)' },
  twin('find-up', 'findUpSync', 'findUp'),
  { module: 'find-up', name: 'sync', instead: 'find-up (returns a promise)' },
  { module: 'write-file-atomic', name: 'sync', instead: 'write-file-atomic (returns a promise)' },
  twin('jsonfile', 'readFileSync', 'readFile'),
  twin('jsonfile', 'writeFileSync', 'writeFile'),
  ...['bcrypt', 'bcryptjs'].flatMap((module) => [
    twin(module, 'hashSync', 'hash'),
    twin(module, 'compareSync', 'compare'),
    twin(module, 'genSaltSync', 'genSalt'),
  ]),
];

/** The global `Atomics.wait`, which parks the thread until notified or timed out. */
export const ATOMICS_WAIT: BlockingEntry = {
  module: '', name: 'Atomics.wait', instead: 'Atomics.waitAsync', fix: 'wait-async', asyncName: 'waitAsync',
};

/** `randomBytes(size)` without a callback: generated on this thread. */
export const RANDOM_BYTES: BlockingEntry = {
  module: 'crypto', name: 'randomBytes', instead: 'util.promisify(crypto.randomBytes)', fix: 'promisify', asyncName: 'randomBytes',
};

/**
 * Deliberately not listed, with the reason; a test checks that every `*Sync` export of these
 * built-in modules is either listed above or here.
 */
export const NOT_BLOCKING_ENOUGH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  crypto: {
    hkdfSync: 'HKDF is a few hash rounds: microseconds.',
    generateKeySync: 'Symmetric keys are random bytes of a key length: microseconds.',
  },
};

/** fs-extra's own additions follow the same naming: every `xSync` has an async `x`. */
const SYNC_SUFFIX_MODULES = new Set(['fs-extra']);

const byModule = new Map<string, Map<string, BlockingEntry>>();
for (const entry of BLOCKING_CALLS) {
  const names = byModule.get(entry.module) ?? new Map<string, BlockingEntry>();
  names.set(entry.name, entry);
  byModule.set(entry.module, names);
}

/** Every export name the catalogue lists by name: a cheap filter before asking the type checker. */
export const CATALOGUED_NAMES: ReadonlySet<string> = new Set([
  ...BLOCKING_CALLS.filter((entry) => entry.name !== '*').map((entry) => entry.name),
  RANDOM_BYTES.name,
]);

/** The catalogue entry for `module.name`, or for calling the module itself when `name` is undefined. */
export function lookupBlockingCall(
  module: string,
  name: string | undefined,
  extra: readonly BlockingEntry[] = [],
): BlockingEntry | undefined {
  const custom = extra.find((entry) => entry.module === module && (entry.name === name || entry.name === '*'));
  if (custom) return custom;
  const names = byModule.get(module);
  if (!names) return undefined;
  const exact = name === undefined ? undefined : names.get(name);
  if (exact) return exact;
  const wholeModule = names.get('*');
  if (wholeModule) return wholeModule;
  if (name !== undefined && SYNC_SUFFIX_MODULES.has(module) && /^[a-z]\w*Sync$/.test(name)) {
    return { module, name, instead: `${module}.${name.slice(0, -'Sync'.length)}` };
  }
  return undefined;
}
