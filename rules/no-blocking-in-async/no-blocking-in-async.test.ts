// Where the rule reports (scope), how it resolves callees (aliases), and which families it knows.
// Suggestion details per family: fixes.test.ts; type information: typed.test.ts.
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUntypedRuleTester } from '../testing/rule-tester';
import type { MessageIds } from './fix-context';
import rule, { type Options } from './no-blocking-in-async';
import { brokenOutputs } from './suggestion-outputs';

const blocking = (callee: string, instead: string) => ({ messageId: 'blockingCall' as const, data: { callee, instead } });

const valid = [
  // Not in async code: module top level, synchronous functions, synchronous CLIs.
  `import fs from 'node:fs'; const config = fs.readFileSync('config.json', 'utf8');`,
  `import fs from 'node:fs'; function load() { return fs.readFileSync('a.txt', 'utf8'); }`,
  `const { execSync } = require('child_process'); function main() { execSync('git status'); } main();`,
  `#!/usr/bin/env node\nconst fs = require('fs');\nconst [, , file] = process.argv;\nfs.writeFileSync(file, fs.readFileSync(0));`,
  `import fs from 'node:fs'; class A { get data() { return fs.readFileSync('a'); } async load() { return this.data; } }`,
  `import fs from 'node:fs'; async function f() { function helper() { return fs.readFileSync('a'); } return helper; }`,
  // 'exit' listeners cannot wait for promises: synchronous calls are what runs there.
  `import fs from 'node:fs'; process.on('exit', () => { fs.writeFileSync('log.txt', 'bye'); });`,
  `import fs from 'node:fs'; process.on('exit', async (code) => { fs.appendFileSync('log.txt', String(code)); });`,
  `import fs from 'node:fs'; process.once('exit', async function () { fs.rmSync('.lock'); });`,
  `import fs from 'node:fs'; async function main() { process.on('exit', () => fs.rmSync('.lock')); }`,
  // A user function or method named *Sync is never reported.
  `function parseSync(s) { return s; } async function f() { return parseSync('x'); }`,
  `async function f(db) { return db.querySync('select 1'); }`,
  `class Store { readFileSync() { return ''; } async load() { return this.readFileSync(); } }`,
  `const cp = { execSync() {} }; async function f() { cp.execSync('x'); }`,
  `import { transformSync } from 'esbuild'; async function f(code) { return transformSync(code); }`,
  `import { vol } from 'memfs'; async function f() { return vol.readFileSync('/a'); }`,
  `const memfs = require('memfs'); async function f() { return memfs.fs.readFileSync('/a'); }`,
  `async function f(fs) { return fs.readFileSync('a'); }`,
  // A local binding that shadows the module, or a local `require`.
  `import fs from 'node:fs'; async function f() { const fs = makeFake(); return fs.readFileSync('a'); }`,
  `function require(x) { return { readFileSync() {} }; } async function f() { require('fs').readFileSync('a'); }`,
  `const Atomics = { wait() {} }; async function f() { Atomics.wait(); }`,
  `var store = __toESM(createStore()); async function f() { return store.default.readFileSync('a'); }`,
  // Already asynchronous.
  `import { readFile } from 'node:fs/promises'; async function f() { return readFile('a', 'utf8'); }`,
  `import fs from 'node:fs'; async function f() { return fs.promises.readFile('a'); }`,
  `async function f() { return require('fs').promises.readFile('a'); }`,
  `import { exec } from 'node:child_process'; async function f() { exec('ls', () => {}); }`,
  // A callback that runs later, on its own turn, is not inside the async body.
  `import fs from 'node:fs'; async function f() { setTimeout(() => fs.writeFileSync('a', 'b'), 10); }`,
  `import fs from 'node:fs'; async function f(emitter) { emitter.on('done', () => fs.unlinkSync('tmp')); }`,
  `import fs from 'node:fs'; async function f(p) { return p.then(() => fs.readFileSync('a')); }`,
  // Class field initializers and static blocks run at construction, not in async code.
  `import fs from 'node:fs'; class A { template = fs.readFileSync('t.html', 'utf8'); async render() {} }`,
  `import fs from 'node:fs'; class A { static { fs.mkdirSync('out'); } async render() {} }`,
  // Small randomBytes without a callback returns in microseconds; with a callback it is async.
  `import crypto from 'node:crypto'; async function token() { return crypto.randomBytes(32).toString('hex'); }`,
  `import { randomBytes } from 'crypto'; async function id() { return randomBytes(1023); }`,
  `import { randomBytes } from 'node:crypto'; async function f(n) { randomBytes(n, (err, buf) => {}); }`,
  // Fast enough not to list: HKDF and symmetric key generation.
  `import { hkdfSync, generateKeySync } from 'node:crypto'; async function f(k) { return [hkdfSync('sha256', k, '', '', 32), generateKeySync('hmac', { length: 256 })]; }`,
  // A reassigned alias could hold anything.
  `let read = require('fs').readFileSync; read = (p) => p; async function f() { read('a'); }`,
  // Top level of a module with top-level await is only checked when asked.
  `import fs from 'node:fs'; await Promise.resolve(); fs.readFileSync('a');`,
  // Clock loops that are not busy waits: they await, do work each round, or parse dates.
  `async function f(done) { const end = Date.now() + 1000; while (Date.now() < end) { if (await done()) return; } }`,
  `async function f(queue, budget) { const start = Date.now(); while (Date.now() - start < budget && queue.length) { run(queue.shift()); } }`,
  `async function f(step, ms) { const end = Date.now() + ms; while (Date.now() < end && step()) {} }`,
  `async function f(rows, cutoff) { let i = 0; while (i < rows.length && new Date(rows[i].at) < cutoff) i++; return i; }`,
  `async function f(items) { for (let i = 0; i < items.length; i++) {} }`,
  // Type-only imports never produce values.
  `import type fs from 'node:fs'; async function f(x: typeof fs) { x.readFileSync('a'); }`,
];

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  // Every alias form.
  {
    code: `import fs from 'node:fs';\nexport async function load(p) { const text = fs.readFileSync(p, 'utf8'); return text; }`,
    errors: [
      {
        ...blocking('fs.readFileSync', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fs.promises.readFile' },
            output: `import fs from 'node:fs';\nexport async function load(p) { const text = await fs.promises.readFile(p, 'utf8'); return text; }`,
          },
        ],
      },
    ],
  },
  {
    // Named import with an alias: the fs/promises import is added beside the others, written like them.
    code: `import { readFileSync as read } from 'fs';\nasync function f() { return read('a').toString(); }`,
    errors: [
      {
        ...blocking('read (fs.readFileSync)', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'readFile' },
            output: `import { readFileSync as read } from 'fs';\nimport { readFile } from 'fs/promises';\nasync function f() { return (await readFile('a')).toString(); }`,
          },
        ],
      },
    ],
  },
  {
    // Namespace import, and an alias of the module.
    code: `import * as nodeFs from 'fs';\nconst disk = nodeFs;\nclass Store { async load() { return disk.readdirSync('.'); } }`,
    errors: [
      {
        ...blocking('fs.readdirSync', 'readdir from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'disk.promises.readdir' },
            output: `import * as nodeFs from 'fs';\nconst disk = nodeFs;\nclass Store { async load() { return await disk.promises.readdir('.'); } }`,
          },
        ],
      },
    ],
  },
  {
    // CommonJS destructuring: the require style is kept.
    code: `'use strict';\nconst { writeFileSync } = require('fs');\nmodule.exports = async function save(p, d) { writeFileSync(p, d); };`,
    errors: [
      {
        ...blocking('fs.writeFileSync', 'writeFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'writeFile' },
            output: `'use strict';\nconst { writeFile } = require('fs/promises');\nconst { writeFileSync } = require('fs');\nmodule.exports = async function save(p, d) { await writeFile(p, d); };`,
          },
        ],
      },
    ],
  },
  {
    // `require('fs').x(...)` inline.
    code: `async function f() { return require('fs').existsSync('a') ? 1 : 2; }`,
    errors: [
      {
        ...blocking('fs.existsSync', 'access from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useAccess',
            data: { replacement: "require('fs').promises.access" },
            output: `async function f() { return await require('fs').promises.access('a').then(() => true, () => false) ? 1 : 2; }`,
          },
        ],
      },
    ],
  },
  {
    // An alias of an export, and a `let` assigned exactly once.
    code: `import fs from 'fs';\nconst write = fs.writeFileSync;\nlet remove;\nremove = fs.rmSync;\nasync function f() { write('a', 'b'); remove('c'); }`,
    errors: [
      {
        ...blocking('write (fs.writeFileSync)', 'writeFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'writeFile' },
            output: `import fs from 'fs';\nimport { writeFile } from 'fs/promises';\nconst write = fs.writeFileSync;\nlet remove;\nremove = fs.rmSync;\nasync function f() { await writeFile('a', 'b'); remove('c'); }`,
          },
        ],
      },
      {
        ...blocking('remove (fs.rmSync)', 'rm from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'rm' },
            output: `import fs from 'fs';\nimport { rm } from 'fs/promises';\nconst write = fs.writeFileSync;\nlet remove;\nremove = fs.rmSync;\nasync function f() { write('a', 'b'); await rm('c'); }`,
          },
        ],
      },
    ],
  },
  {
    // Dynamic import and TypeScript's import-equals.
    code: `import fs = require('fs');\nasync function f() { const { copyFileSync } = await import('node:fs'); copyFileSync('a', 'b'); fs.unlinkSync('a'); }`,
    errors: [
      {
        ...blocking('fs.copyFileSync', 'copyFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'copyFile' },
            output: `import { copyFile } from 'fs/promises';\nimport fs = require('fs');\nasync function f() { const { copyFileSync } = await import('node:fs'); await copyFile('a', 'b'); fs.unlinkSync('a'); }`,
          },
        ],
      },
      {
        ...blocking('fs.unlinkSync', 'unlink from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fs.promises.unlink' },
            output: `import fs = require('fs');\nasync function f() { const { copyFileSync } = await import('node:fs'); copyFileSync('a', 'b'); await fs.promises.unlink('a'); }`,
          },
        ],
      },
    ],
  },
  // Compiled and bundled code (published packages): interop helpers and indirect calls.
  {
    // esbuild's __toESM around require: the namespace's default is the module.
    code: `var __toESM = (mod) => ({ ...mod, default: mod });\nvar import_fs = __toESM(require("fs"));\nasync function f(p) { return import_fs.default.existsSync(p); }`,
    errors: [
      {
        ...blocking('fs.existsSync', 'access from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useAccess',
            data: { replacement: 'import_fs.default.promises.access' },
            output: `var __toESM = (mod) => ({ ...mod, default: mod });\nvar import_fs = __toESM(require("fs"));\nasync function f(p) { return await import_fs.default.promises.access(p).then(() => true, () => false); }`,
          },
        ],
      },
    ],
  },
  {
    // TypeScript's indirect call of an import.
    code: `"use strict";\nconst fs_1 = require("fs");\nasync function f(p) { return (0, fs_1.readFileSync)(p, "utf8"); }`,
    errors: [
      {
        ...blocking('fs.readFileSync', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fs_1.promises.readFile' },
            output: `"use strict";\nconst fs_1 = require("fs");\nasync function f(p) { return await fs_1.promises.readFile(p, "utf8"); }`,
          },
        ],
      },
    ],
  },
  {
    // Rollup/Babel interop default, with a computed default.
    code: `var fs = require('fs-extra');\nfunction _interopDefault(e) { return e && e.__esModule ? e : { default: e }; }\nvar fs__default = /*#__PURE__*/_interopDefault(fs);\nasync function f(p) { return fs__default["default"].existsSync(p); }`,
    errors: [
      {
        ...blocking('fs-extra.existsSync', 'fs-extra\'s pathExists'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'fs__default["default"].pathExists' },
            output: `var fs = require('fs-extra');\nfunction _interopDefault(e) { return e && e.__esModule ? e : { default: e }; }\nvar fs__default = /*#__PURE__*/_interopDefault(fs);\nasync function f(p) { return await fs__default["default"].pathExists(p); }`,
          },
        ],
      },
    ],
  },
  {
    code: `function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }\nconst _child_process = _interopRequireDefault(require("child_process")).default;\nasync function f() { return _child_process.execSync("ls", { encoding: "utf8" }); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `const { promisify } = require('node:util');\nfunction _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }\nconst _child_process = _interopRequireDefault(require("child_process")).default;\nconst execAsync = promisify(_child_process.exec);\nasync function f() { return (await execAsync("ls", { encoding: "utf8" })).stdout; }`,
          },
        ],
      },
    ],
  },
  // Every kind of async code.
  {
    // A synchronous callback that runs inside the async body: reported, but `await` cannot go there.
    code: `import fs from 'fs';\nasync function f(files) { return files.map((file) => fs.readFileSync(file, 'utf8')); }`,
    errors: [{ ...blocking('fs.readFileSync', 'readFile from node:fs/promises'), suggestions: [] }],
  },
  {
    code: `import fs from 'fs';\nasync function f() { return new Promise((resolve) => resolve(fs.statSync('a'))); }`,
    errors: [{ ...blocking('fs.statSync', 'stat from node:fs/promises'), suggestions: [] }],
  },
  {
    // An async class-property arrow.
    code: `import fs from 'fs';\nclass Api { handle = async () => { fs.mkdirSync('out'); }; }`,
    errors: [
      {
        ...blocking('fs.mkdirSync', 'mkdir from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fs.promises.mkdir' },
            output: `import fs from 'fs';\nclass Api { handle = async () => { await fs.promises.mkdir('out'); }; }`,
          },
        ],
      },
    ],
  },
  {
    code: `async function* lines(p) { yield* require('node:fs').readFileSync(p, 'utf8').split('\\n'); }`,
    errors: [
      {
        ...blocking('fs.readFileSync', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: "require('node:fs').promises.readFile" },
            output: `async function* lines(p) { yield* (await require('node:fs').promises.readFile(p, 'utf8')).split('\\n'); }`,
          },
        ],
      },
    ],
  },
  {
    // `await` cannot be written in an async function's own parameter defaults.
    code: `import fs from 'fs';\nasync function f(text = fs.readFileSync('a', 'utf8')) { return text; }`,
    errors: [{ ...blocking('fs.readFileSync', 'readFile from node:fs/promises'), suggestions: [] }],
  },
  {
    code: `import fs from 'node:fs';\nawait Promise.resolve();\nfs.readFileSync('a');`,
    options: [{ checkTopLevelAwaitModules: true }],
    errors: [
      {
        ...blocking('fs.readFileSync', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fs.promises.readFile' },
            output: `import fs from 'node:fs';\nawait Promise.resolve();\nawait fs.promises.readFile('a');`,
          },
        ],
      },
    ],
  },
  // Every catalogue family without a fix (the fixes are in fixes.test.ts).
  {
    code: `const cp = require('child_process');\nasync function build() { return cp.spawnSync('make').status; }`,
    errors: [{ ...blocking('child_process.spawnSync', 'spawn with events, or util.promisify(execFile)'), suggestions: [] }],
  },
  {
    code: `import { randomFillSync, generatePrimeSync, checkPrimeSync } from 'crypto';\nasync function f(b) { return [randomFillSync(b), generatePrimeSync(2048), checkPrimeSync(b)]; }`,
    errors: [
      { ...blocking('crypto.randomFillSync', 'crypto.randomFill with a callback'), suggestions: [] },
      { ...blocking('crypto.generatePrimeSync', 'crypto.generatePrime with a callback'), suggestions: [] },
      { ...blocking('crypto.checkPrimeSync', 'crypto.checkPrime with a callback'), suggestions: [] },
    ],
  },
  {
    code: `import fs from 'fs';\nasync function f(p) { const fd = fs.openSync(p, 'r'); fs.closeSync(fd); }`,
    errors: [
      { ...blocking('fs.openSync', 'a FileHandle from node:fs/promises'), suggestions: [] },
      { ...blocking('fs.closeSync', 'a FileHandle from node:fs/promises'), suggestions: [] },
    ],
  },
  {
    code: `import readlineSync from 'readline-sync';\nasync function ask() { return readlineSync.question('name? '); }`,
    errors: [{ ...blocking('readline-sync', 'readline/promises'), suggestions: [] }],
  },
  {
    code: `const request = require('sync-request');\nasync function get(u) { return request('GET', u); }`,
    errors: [{ ...blocking('request (sync-request)', 'fetch'), suggestions: [] }],
  },
  {
    code: `const deasync = require('deasync');\nasync function f(done) { deasync.loopWhile(() => !done()); }`,
    errors: [{ ...blocking('deasync', 'await the async call'), suggestions: [] }],
  },
  {
    code: `import glob from 'glob';\nimport spawn from 'cross-spawn';\nasync function f() { spawn.sync('npm', ['ci']); return glob.sync('*.js'); }`,
    errors: [
      { ...blocking('cross-spawn.sync', 'cross-spawn with events'), suggestions: [] },
      { ...blocking('glob.sync', 'glob (returns a promise)'), suggestions: [] },
    ],
  },
  {
    // fs-extra's own functions follow its naming: every xSync has an async x.
    code: `import fse from 'fs-extra';\nasync function f() { return fse.readJSONFileSync('a.json'); }`,
    errors: [{ ...blocking('fs-extra.readJSONFileSync', 'fs-extra.readJSONFile'), suggestions: [] }],
  },
  {
    code: `async function wait(ms) { const end = Date.now() + ms; while (Date.now() < end) {} }`,
    errors: [
      {
        messageId: 'busyWait',
        suggestions: [
          {
            messageId: 'useTimer',
            data: { replacement: 'setTimeout' },
            output: `const { setTimeout } = require('node:timers/promises');\nasync function wait(ms) { await setTimeout(ms); }`,
          },
        ],
      },
    ],
  },
  {
    // Project-specific entries.
    code: `import db from 'my-db';\nasync function f() { return db.querySync('select 1'); }`,
    options: [{ additionalCalls: [{ module: 'node:my-db', name: 'querySync', instead: 'db.query' }] }],
    errors: [{ ...blocking('my-db.querySync', 'db.query'), suggestions: [] }],
  },
  {
    code: `const legacy = require('legacy-sdk');\nasync function f() { return legacy('x'); }`,
    options: [{ additionalCalls: [{ module: 'legacy-sdk', name: '*', instead: 'legacy-sdk/async' }] }],
    errors: [{ ...blocking('legacy (legacy-sdk)', 'legacy-sdk/async'), suggestions: [] }],
  },
];

createUntypedRuleTester().run('no-blocking-in-async', rule, { valid, invalid });

describe('no-blocking-in-async: suggestion outputs compile', () => {
  it('declares every name it uses, before use', () => {
    assert.deepEqual(brokenOutputs(invalid, false), []);
  });
});
