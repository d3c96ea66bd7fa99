import { createTypedRuleTester, createUntypedRuleTester } from '../testing/rule-tester';
import rule from './no-blocking-in-async';

const untyped = createUntypedRuleTester();

untyped.run('no-blocking-in-async', rule, {
  valid: [
    // Synchronous code blocks nobody waiting on it: CLIs, startup, plain functions.
    `import fs from 'node:fs'; const config = fs.readFileSync('config.json', 'utf8');`,
    `import fs from 'node:fs'; function load() { return fs.readFileSync('a.txt', 'utf8'); }`,
    `const { execSync } = require('child_process'); function main() { execSync('git status'); } main();`,
    `import fs from 'node:fs'; process.on('exit', () => { fs.writeFileSync('log.txt', 'bye'); });`,
    // A user function or method named *Sync is never reported.
    `function parseSync(s) { return s; } async function f() { return parseSync('x'); }`,
    `async function f(db) { return db.querySync('select 1'); }`,
    `import { transformSync } from 'esbuild'; async function f(code) { return transformSync(code); }`,
    `async function f(fs) { return fs.readFileSync('a'); }`,
    // A local binding that shadows the module.
    `import fs from 'node:fs'; async function f() { const fs = makeFake(); return fs.readFileSync('a'); }`,
    // A local function called require is not Node's require.
    `function require(x) { return { readFileSync() {} }; } async function f() { require('fs').readFileSync('a'); }`,
    // Already asynchronous.
    `import { readFile } from 'node:fs/promises'; async function f() { return readFile('a', 'utf8'); }`,
    `import fs from 'node:fs'; async function f() { return fs.promises.readFile('a'); }`,
    // A callback that runs later, on its own turn, is not inside the async body.
    `import fs from 'node:fs'; async function f() { setTimeout(() => fs.writeFileSync('a', 'b'), 10); }`,
    `import fs from 'node:fs'; async function f(emitter) { emitter.on('done', () => fs.unlinkSync('tmp')); }`,
    // Class field initializers and static blocks run at construction, not in async code.
    `import fs from 'node:fs'; class A { template = fs.readFileSync('t.html', 'utf8'); async render() {} }`,
    // Small randomBytes without a callback returns in microseconds.
    `import crypto from 'node:crypto'; async function token() { return crypto.randomBytes(32).toString('hex'); }`,
    // randomBytes with a callback is asynchronous.
    `import { randomBytes } from 'node:crypto'; async function f(n) { randomBytes(n, (err, buf) => {}); }`,
    // A reassigned alias could hold anything.
    `let read = require('fs').readFileSync; read = (p) => p; async function f() { read('a'); }`,
    // Top level of a module with top-level await is only checked when asked.
    `import fs from 'node:fs'; await Promise.resolve(); fs.readFileSync('a');`,
    // Polling loops that await are not busy waits.
    `async function f(done) { const end = Date.now() + 1000; while (Date.now() < end) { if (await done()) return; } }`,
    // Type-only imports never produce values.
    `import type fs from 'node:fs'; async function f(x: typeof fs) { x.readFileSync('a'); }`,
  ],
  invalid: [
    {
      code: `import fs from 'node:fs';\nexport async function load(p) { const text = fs.readFileSync(p, 'utf8'); return text; }`,
      errors: [
        {
          messageId: 'blockingCall',
          data: { callee: 'fs.readFileSync', instead: 'readFile from node:fs/promises' },
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
      // Named import with an alias: the fs/promises import is added beside the others.
      code: `import { readFileSync as read } from 'fs';\nasync function f() { return read('a').toString(); }`,
      errors: [
        {
          messageId: 'blockingCall',
          data: { callee: 'read (fs.readFileSync)', instead: 'readFile from node:fs/promises' },
          suggestions: [
            {
              messageId: 'useFsPromises',
              data: { replacement: 'readFile' },
              output: `import { readFileSync as read } from 'fs';\nimport { readFile } from 'node:fs/promises';\nasync function f() { return (await readFile('a')).toString(); }`,
            },
          ],
        },
      ],
    },
    {
      // An existing fs/promises import is reused.
      code: `import { statSync } from 'node:fs';\nimport { stat } from 'node:fs/promises';\nconst f = async (p) => statSync(p).size;`,
      errors: [
        {
          messageId: 'blockingCall',
          suggestions: [
            {
              messageId: 'useFsPromises',
              data: { replacement: 'stat' },
              output: `import { statSync } from 'node:fs';\nimport { stat } from 'node:fs/promises';\nconst f = async (p) => (await stat(p)).size;`,
            },
          ],
        },
      ],
    },
    {
      // The name is taken: no import is added, the member form is not available, so no fix.
      code: `import { mkdirSync } from 'fs';\nconst mkdir = 1;\nasync function f() { mkdirSync('d'); }`,
      errors: [{ messageId: 'blockingCall', suggestions: [] }],
    },
    {
      // CommonJS destructuring: the require style is kept.
      code: `'use strict';\nconst { writeFileSync } = require('fs');\nmodule.exports = async function save(p, d) { writeFileSync(p, d); };`,
      errors: [
        {
          messageId: 'blockingCall',
          suggestions: [
            {
              messageId: 'useFsPromises',
              data: { replacement: 'writeFile' },
              output: `'use strict';\nconst { writeFile } = require('node:fs/promises');\nconst { writeFileSync } = require('fs');\nmodule.exports = async function save(p, d) { await writeFile(p, d); };`,
            },
          ],
        },
      ],
    },
    {
      code: `async function f() { return require('fs').existsSync('a') ? 1 : 2; }`,
      errors: [
        {
          messageId: 'blockingCall',
          data: { callee: 'fs.existsSync', instead: 'access from node:fs/promises' },
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
      // Namespace import, and a re-assigned-once alias of the module.
      code: `import * as nodeFs from 'fs';\nconst disk = nodeFs;\nclass Store { async load() { return disk.readdirSync('.'); } }`,
      errors: [
        {
          messageId: 'blockingCall',
          data: { callee: 'fs.readdirSync', instead: 'readdir from node:fs/promises' },
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
      // Inside a synchronous callback that runs in the async body: reported, but `await` cannot go there.
      code: `import fs from 'fs';\nasync function f(files) { return files.map((file) => fs.readFileSync(file, 'utf8')); }`,
      errors: [{ messageId: 'blockingCall', suggestions: [] }],
    },
    {
      code: `import { execSync } from 'node:child_process';\nexport const handler = async () => execSync('ls').toString();`,
      errors: [{ messageId: 'blockingCall', data: { callee: 'child_process.execSync', instead: 'util.promisify(exec)' } }],
    },
    {
      code: `const cp = require('child_process');\nasync function build() { cp.spawnSync('make'); cp.execFileSync('git', ['pull']); }`,
      errors: [{ messageId: 'blockingCall' }, { messageId: 'blockingCall' }],
    },
    {
      code: `import { pbkdf2Sync, randomBytes } from 'crypto';\nasync function hash(pw, n) { return [pbkdf2Sync(pw, 's', 1e5, 64, 'sha512'), randomBytes(n)]; }`,
      errors: [
        { messageId: 'blockingCall', data: { callee: 'crypto.pbkdf2Sync', instead: 'util.promisify(crypto.pbkdf2)' } },
        { messageId: 'blockingCall', data: { callee: 'crypto.randomBytes', instead: 'randomBytes with a callback, or util.promisify(randomBytes)' } },
      ],
    },
    {
      code: `import zlib from 'node:zlib';\nasync function pack(buf) { return zlib.gzipSync(buf); }`,
      errors: [{ messageId: 'blockingCall', data: { callee: 'zlib.gzipSync', instead: 'util.promisify(zlib.gzip)' } }],
    },
    {
      code: `import readlineSync from 'readline-sync';\nasync function ask() { return readlineSync.question('name? '); }`,
      errors: [{ messageId: 'blockingCall', data: { callee: 'readline-sync', instead: 'readline/promises' } }],
    },
    {
      code: `const request = require('sync-request');\nasync function get(u) { return request('GET', u); }`,
      errors: [{ messageId: 'blockingCall', data: { callee: 'request (sync-request)', instead: 'fetch' } }],
    },
    {
      code: `import fse from 'fs-extra';\nasync function f() { return fse.readJsonSync('package.json'); }`,
      errors: [{ messageId: 'blockingCall', data: { callee: 'fs-extra.readJsonSync', instead: 'fs-extra.readJson' } }],
    },
    {
      code: `async function wait(buf) { Atomics.wait(buf, 0, 0, 100); }`,
      errors: [{ messageId: 'blockingCall', data: { callee: 'Atomics.wait', instead: 'Atomics.waitAsync' } }],
    },
    {
      code: `async function sleep(ms) { const end = Date.now() + ms; while (Date.now() < end) {} }`,
      errors: [{ messageId: 'busyWait' }],
    },
    {
      code: `async function* lines(p) { yield* require('node:fs').readFileSync(p, 'utf8').split('\\n'); }`,
      errors: [
        {
          messageId: 'blockingCall',
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
      code: `import fs from 'node:fs';\nawait Promise.resolve();\nfs.readFileSync('a');`,
      options: [{ checkTopLevelAwaitModules: true }],
      errors: [
        {
          messageId: 'blockingCall',
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
    {
      code: `import db from 'my-db';\nasync function f() { return db.querySync('select 1'); }`,
      options: [{ additionalCalls: [{ module: 'my-db', name: 'querySync', instead: 'db.query' }] }],
      errors: [{ messageId: 'blockingCall', data: { callee: 'my-db.querySync', instead: 'db.query' } }],
    },
  ],
});

const typed = createTypedRuleTester();

typed.run('no-blocking-in-async (typed)', rule, {
  valid: [
    {
      code: `import { readFile } from 'node:fs/promises';\nexport async function f(p: string) { return readFile(p, 'utf8'); }`,
      filename: 'file.ts',
    },
  ],
  invalid: [
    {
      code: `import * as fs from 'node:fs';\nexport async function f(p: string): Promise<number> { return fs.statSync(p).size; }`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'blockingCall',
          suggestions: [
            {
              messageId: 'useFsPromises',
              data: { replacement: 'fs.promises.stat' },
              output: `import * as fs from 'node:fs';\nexport async function f(p: string): Promise<number> { return (await fs.promises.stat(p)).size; }`,
            },
          ],
        },
      ],
    },
  ],
});
