/**
 * The blocking calls the rule knows, one table. Each entry names the module (as written in an
 * import, without `node:`), the export, and what to use instead. `fix` says which rewrite the
 * rule can offer; entries without one are reported with advice only.
 */
export type FixKind =
  /** Same arguments, same result: `readFileSync(a)` → `await readFile(a)` from `fs/promises`. */
  | 'fs-promises'
  /** `existsSync(p)` → `await access(p).then(() => true, () => false)`. */
  | 'exists';

export interface BlockingEntry {
  module: string;
  name: string;
  /** The async alternative, as shown in the message. */
  instead: string;
  fix?: FixKind;
  /** For `fs-promises` fixes: the name in `fs/promises`. */
  promiseName?: string;
}

/** fs functions whose `fs/promises` twin takes the same arguments and resolves to the same value. */
const FS_WITH_PROMISE_TWIN = [
  'access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'lchown', 'link', 'lstat', 'lutimes',
  'mkdir', 'mkdtemp', 'opendir', 'readFile', 'readdir', 'readlink', 'realpath', 'rename', 'rm', 'rmdir',
  'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'writeFile',
];

/** fs functions on file descriptors: the promise API works on FileHandle objects instead. */
const FS_DESCRIPTOR_BASED = [
  'close', 'fchmod', 'fchown', 'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes', 'lchmod', 'open',
  'read', 'readv', 'write', 'writev',
];

const fsEntries = (module: string): BlockingEntry[] => [
  ...FS_WITH_PROMISE_TWIN.map((name) => ({
    module, name: `${name}Sync`, instead: `${name} from node:fs/promises`, fix: 'fs-promises' as const, promiseName: name,
  })),
  ...FS_DESCRIPTOR_BASED.map((name) => ({ module, name: `${name}Sync`, instead: 'a FileHandle from node:fs/promises' })),
  { module, name: 'existsSync', instead: 'access from node:fs/promises', fix: 'exists' },
  { module, name: 'globSync', instead: 'glob from node:fs/promises' },
];

const callbackToPromise = (module: string, names: string[]): BlockingEntry[] =>
  names.map((name) => ({ module, name: `${name}Sync`, instead: `util.promisify(${module}.${name})` }));

export const BLOCKING_CALLS: readonly BlockingEntry[] = [
  ...fsEntries('fs'),
  ...fsEntries('graceful-fs'),
  ...fsEntries('fs-extra'),
  { module: 'child_process', name: 'execSync', instead: 'util.promisify(exec)' },
  { module: 'child_process', name: 'execFileSync', instead: 'util.promisify(execFile)' },
  { module: 'child_process', name: 'spawnSync', instead: 'spawn with events, or util.promisify(execFile)' },
  ...callbackToPromise('crypto', ['pbkdf2', 'scrypt', 'randomFill', 'generateKeyPair', 'generatePrime', 'checkPrime']),
  ...callbackToPromise('zlib', [
    'gzip', 'gunzip', 'deflate', 'inflate', 'deflateRaw', 'inflateRaw', 'unzip', 'brotliCompress', 'brotliDecompress',
  ]),
  { module: 'readline-sync', name: '*', instead: 'readline/promises' },
  { module: 'sync-request', name: '*', instead: 'fetch' },
  { module: 'sync-fetch', name: '*', instead: 'fetch' },
  { module: 'deasync', name: '*', instead: 'await the async call' },
  { module: 'execa', name: 'execaSync', instead: 'execa' },
  { module: 'execa', name: 'execaCommandSync', instead: 'execaCommand' },
  { module: 'glob', name: 'globSync', instead: 'glob' },
  { module: 'glob', name: 'sync', instead: 'glob' },
  { module: 'fast-glob', name: 'sync', instead: 'fast-glob (async)' },
  { module: 'fast-glob', name: 'globSync', instead: 'fast-glob (async)' },
];

/** fs-extra's own additions follow the same naming: every `xSync` has an async `x`. */
const SYNC_SUFFIX_MODULES = new Set(['fs-extra']);

const byModule = new Map<string, Map<string, BlockingEntry>>();
for (const entry of BLOCKING_CALLS) {
  const names = byModule.get(entry.module) ?? new Map<string, BlockingEntry>();
  names.set(entry.name, entry);
  byModule.set(entry.module, names);
}

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
