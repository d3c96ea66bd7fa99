// fs → fs/promises in the file's own style, existsSync → access, and packages' promise twins.
// Every output must compile (checked below, beside the RuleTester's parse check).
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUntypedRuleTester } from '../testing/rule-tester';
import type { MessageIds } from './fix-context';
import rule, { type Options } from './no-blocking-in-async';
import { brokenOutputs } from './suggestion-outputs';

const blocking = (callee: string, instead: string) => ({ messageId: 'blockingCall' as const, data: { callee, instead } });

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    // An fs/promises module object in the file is used.
    code: `import fs from 'fs';\nimport fsp from 'fs/promises';\nimport { readFileSync } from 'fs';\nasync function f() { return readFileSync('a', 'utf8'); }`,
    errors: [
      {
        ...blocking('fs.readFileSync', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fsp.readFile' },
            output: `import fs from 'fs';\nimport fsp from 'fs/promises';\nimport { readFileSync } from 'fs';\nasync function f() { return await fsp.readFile('a', 'utf8'); }`,
          },
        ],
      },
    ],
  },
  {
    // The file already writes fs.promises: that style is kept.
    code: `const fs = require('fs');\nconst { readFileSync } = fs;\nasync function f() { await fs.promises.stat('a'); return readFileSync('a', 'utf8'); }`,
    errors: [
      {
        ...blocking('fs.readFileSync', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fs.promises.readFile' },
            output: `const fs = require('fs');\nconst { readFileSync } = fs;\nasync function f() { await fs.promises.stat('a'); return await fs.promises.readFile('a', 'utf8'); }`,
          },
        ],
      },
    ],
  },
  {
    code: `const { promises: fsp, writeFileSync } = require('fs');\nasync function f() { writeFileSync('a', 'b'); }`,
    errors: [
      {
        ...blocking('fs.writeFileSync', 'writeFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fsp.writeFile' },
            output: `const { promises: fsp, writeFileSync } = require('fs');\nasync function f() { await fsp.writeFile('a', 'b'); }`,
          },
        ],
      },
    ],
  },
  {
    // Named imports from fs/promises: merged into them.
    code: `import fs from 'fs';\nimport { mkdir } from 'fs/promises';\nasync function f() { await mkdir('d'); fs.writeFileSync('d/a', 'b'); }`,
    errors: [
      {
        ...blocking('fs.writeFileSync', 'writeFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'writeFile' },
            output: `import fs from 'fs';\nimport { mkdir, writeFile } from 'fs/promises';\nasync function f() { await mkdir('d'); await writeFile('d/a', 'b'); }`,
          },
        ],
      },
    ],
  },
  {
    code: `const { readFile } = require('node:fs/promises');\nconst fs = require('node:fs');\nasync function f() { return fs.readdirSync('.'); }`,
    errors: [
      {
        ...blocking('fs.readdirSync', 'readdir from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'readdir' },
            output: `const { readFile, readdir } = require('node:fs/promises');\nconst fs = require('node:fs');\nasync function f() { return await readdir('.'); }`,
          },
        ],
      },
    ],
  },
  {
    // An existing import is reused.
    code: `import { statSync } from 'node:fs';\nimport { stat } from 'node:fs/promises';\nconst f = async (p) => statSync(p).size;`,
    errors: [
      {
        ...blocking('fs.statSync', 'stat from node:fs/promises'),
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
    // The name is taken: no import is added, no fix.
    code: `import { mkdirSync } from 'fs';\nconst mkdir = 1;\nasync function f() { mkdirSync('d'); }`,
    errors: [
      { ...blocking('fs.mkdirSync', 'mkdir from node:fs/promises'), suggestions: [] },
    ],
  },
  {
    // File descriptors and throwIfNoEntry behave differently in fs/promises: no fix.
    code: `import fs from 'fs';\nasync function f(fd, p) { return [fs.readFileSync(0, 'utf8'), fs.writeFileSync(fd, 'x'), fs.statSync(p, { throwIfNoEntry: false })]; }`,
    errors: [
      { ...blocking('fs.readFileSync', 'readFile from node:fs/promises'), suggestions: [] },
      { ...blocking('fs.writeFileSync', 'writeFile from node:fs/promises'), suggestions: [] },
      { ...blocking('fs.statSync', 'stat from node:fs/promises'), suggestions: [] },
    ],
  },
  {
    code: `import fs from 'fs';\nasync function f(p) { return fs.statSync(p, { bigint: true }); }`,
    errors: [
      {
        ...blocking('fs.statSync', 'stat from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fs.promises.stat' },
            output: `import fs from 'fs';\nasync function f(p) { return await fs.promises.stat(p, { bigint: true }); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import fs from 'fs';\nasync function f(p) { return fs.realpathSync.native(p); }`,
    errors: [
      {
        ...blocking('fs.realpathSync', 'realpath from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'realpath' },
            output: `import fs from 'fs';\nimport { realpath } from 'fs/promises';\nasync function f(p) { return await realpath(p); }`,
          },
        ],
      },
    ],
  },
  {
    // existsSync: an access check that resolves to the same boolean.
    code: `import { existsSync } from 'fs';\nasync function f(p) { if (!existsSync(p)) return null; }`,
    errors: [
      {
        ...blocking('fs.existsSync', 'access from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useAccess',
            data: { replacement: 'access' },
            output: `import { existsSync } from 'fs';\nimport { access } from 'fs/promises';\nasync function f(p) { if (!await access(p).then(() => true, () => false)) return null; }`,
          },
        ],
      },
    ],
  },
  {
    code: `import gfs from 'graceful-fs';\nasync function f(p) { return gfs.readFileSync(p); }`,
    errors: [
      {
        ...blocking('graceful-fs.readFileSync', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'gfs.promises.readFile' },
            output: `import gfs from 'graceful-fs';\nasync function f(p) { return await gfs.promises.readFile(p); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import fse from 'fs-extra';\nasync function f(p) { return [fse.readJsonSync(p), fse.existsSync(p)]; }`,
    errors: [
      {
        ...blocking('fs-extra.readJsonSync', 'fs-extra\'s readJson (returns a promise)'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'fse.readJson' },
            output: `import fse from 'fs-extra';\nasync function f(p) { return [await fse.readJson(p), fse.existsSync(p)]; }`,
          },
        ],
      },
      {
        ...blocking('fs-extra.existsSync', 'fs-extra\'s pathExists'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'fse.pathExists' },
            output: `import fse from 'fs-extra';\nasync function f(p) { return [fse.readJsonSync(p), await fse.pathExists(p)]; }`,
          },
        ],
      },
    ],
  },
  {
    code: `const { copySync, readFileSync } = require('fs-extra');\nasync function f(a) { copySync(a, 'b'); return readFileSync(a); }`,
    errors: [
      {
        ...blocking('fs-extra.copySync', 'fs-extra\'s copy (returns a promise)'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'copy' },
            output: `const { copySync, readFileSync, copy } = require('fs-extra');\nasync function f(a) { await copy(a, 'b'); return readFileSync(a); }`,
          },
        ],
      },
      {
        ...blocking('fs-extra.readFileSync', 'fs-extra\'s readFile (returns a promise)'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'readFile' },
            output: `const { copySync, readFileSync, readFile } = require('fs-extra');\nasync function f(a) { copySync(a, 'b'); return await readFile(a); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import bcrypt from 'bcrypt';\nasync function f(pw) { return bcrypt.hashSync(pw, 10); }`,
    errors: [
      {
        ...blocking('bcrypt.hashSync', 'hash from bcrypt'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'bcrypt.hash' },
            output: `import bcrypt from 'bcrypt';\nasync function f(pw) { return await bcrypt.hash(pw, 10); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import { globSync } from 'glob';\nasync function f() { return globSync('*.js'); }`,
    errors: [
      {
        ...blocking('glob.globSync', 'glob from glob'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'glob' },
            output: `import { globSync, glob } from 'glob';\nasync function f() { return await glob('*.js'); }`,
          },
        ],
      },
    ],
  },
  {
    // Well-known synchronous packages without a same-shaped promise twin: advice only.
    code: `import fetchSync from 'sync-fetch';\nimport rpc from 'sync-rpc';\nimport execa from 'execa';\nimport fg from 'fast-glob';\nimport rimraf from 'rimraf';\nimport mkdirp from 'mkdirp';\nimport del from 'del';\nimport writeFileAtomic from 'write-file-atomic';\nimport findUp from 'find-up';\nasync function f(u) {\n  fetchSync(u);\n  rpc(require.resolve('./worker'))(u);\n  execa.sync('ls');\n  fg.sync('*.js');\n  rimraf.sync('dist');\n  mkdirp.sync('out');\n  del.sync(['tmp']);\n  writeFileAtomic.sync('a', 'b');\n  findUp.sync('package.json');\n}`,
    errors: [
      { ...blocking('fetchSync (sync-fetch)', 'fetch'), suggestions: [] },
      { ...blocking('rpc (sync-rpc)', 'an async call'), suggestions: [] },
      { ...blocking('execa.sync', 'execa (returns a promise)'), suggestions: [] },
      { ...blocking('fast-glob.sync', 'fast-glob (returns a promise)'), suggestions: [] },
      { ...blocking('rimraf.sync', 'rimraf (returns a promise)'), suggestions: [] },
      { ...blocking('mkdirp.sync', 'mkdirp (returns a promise)'), suggestions: [] },
      { ...blocking('del.sync', 'del (returns a promise)'), suggestions: [] },
      { ...blocking('write-file-atomic.sync', 'write-file-atomic (returns a promise)'), suggestions: [] },
      { ...blocking('find-up.sync', 'find-up (returns a promise)'), suggestions: [] },
    ],
  },
  {
    // Packages with a promise twin of the same shape.
    code: `import { execaSync } from 'execa';\nimport { globbySync } from 'globby';\nimport { globSync } from 'tinyglobby';\nimport { rimrafSync } from 'rimraf';\nimport { mkdirpSync } from 'mkdirp';\nimport { deleteSync } from 'del';\nimport jsonfile from 'jsonfile';\nimport bcrypt from 'bcryptjs';\nasync function f(pw, hash) {\n  const { stdout } = execaSync('ls');\n  const files = [globbySync('*.js'), globSync('*.ts')];\n  rimrafSync('dist');\n  mkdirpSync('out');\n  deleteSync(['tmp']);\n  const root = 'package.json';\n  const pkg = jsonfile.readFileSync(root);\n  return [stdout, files, pkg, bcrypt.compareSync(pw, hash)];\n}`,
    errors: [
      {
        ...blocking('execa.execaSync', 'execa from execa'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'execa' },
            output: `import { execaSync, execa } from 'execa';\nimport { globbySync } from 'globby';\nimport { globSync } from 'tinyglobby';\nimport { rimrafSync } from 'rimraf';\nimport { mkdirpSync } from 'mkdirp';\nimport { deleteSync } from 'del';\nimport jsonfile from 'jsonfile';\nimport bcrypt from 'bcryptjs';\nasync function f(pw, hash) {\n  const { stdout } = await execa('ls');\n  const files = [globbySync('*.js'), globSync('*.ts')];\n  rimrafSync('dist');\n  mkdirpSync('out');\n  deleteSync(['tmp']);\n  const root = 'package.json';\n  const pkg = jsonfile.readFileSync(root);\n  return [stdout, files, pkg, bcrypt.compareSync(pw, hash)];\n}`,
          },
        ],
      },
      {
        ...blocking('globby.globbySync', 'globby from globby'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'globby' },
            output: `import { execaSync } from 'execa';\nimport { globbySync, globby } from 'globby';\nimport { globSync } from 'tinyglobby';\nimport { rimrafSync } from 'rimraf';\nimport { mkdirpSync } from 'mkdirp';\nimport { deleteSync } from 'del';\nimport jsonfile from 'jsonfile';\nimport bcrypt from 'bcryptjs';\nasync function f(pw, hash) {\n  const { stdout } = execaSync('ls');\n  const files = [await globby('*.js'), globSync('*.ts')];\n  rimrafSync('dist');\n  mkdirpSync('out');\n  deleteSync(['tmp']);\n  const root = 'package.json';\n  const pkg = jsonfile.readFileSync(root);\n  return [stdout, files, pkg, bcrypt.compareSync(pw, hash)];\n}`,
          },
        ],
      },
      {
        ...blocking('tinyglobby.globSync', 'glob from tinyglobby'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'glob' },
            output: `import { execaSync } from 'execa';\nimport { globbySync } from 'globby';\nimport { globSync, glob } from 'tinyglobby';\nimport { rimrafSync } from 'rimraf';\nimport { mkdirpSync } from 'mkdirp';\nimport { deleteSync } from 'del';\nimport jsonfile from 'jsonfile';\nimport bcrypt from 'bcryptjs';\nasync function f(pw, hash) {\n  const { stdout } = execaSync('ls');\n  const files = [globbySync('*.js'), await glob('*.ts')];\n  rimrafSync('dist');\n  mkdirpSync('out');\n  deleteSync(['tmp']);\n  const root = 'package.json';\n  const pkg = jsonfile.readFileSync(root);\n  return [stdout, files, pkg, bcrypt.compareSync(pw, hash)];\n}`,
          },
        ],
      },
      {
        ...blocking('rimraf.rimrafSync', 'rimraf from rimraf'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'rimraf' },
            output: `import { execaSync } from 'execa';\nimport { globbySync } from 'globby';\nimport { globSync } from 'tinyglobby';\nimport { rimrafSync, rimraf } from 'rimraf';\nimport { mkdirpSync } from 'mkdirp';\nimport { deleteSync } from 'del';\nimport jsonfile from 'jsonfile';\nimport bcrypt from 'bcryptjs';\nasync function f(pw, hash) {\n  const { stdout } = execaSync('ls');\n  const files = [globbySync('*.js'), globSync('*.ts')];\n  await rimraf('dist');\n  mkdirpSync('out');\n  deleteSync(['tmp']);\n  const root = 'package.json';\n  const pkg = jsonfile.readFileSync(root);\n  return [stdout, files, pkg, bcrypt.compareSync(pw, hash)];\n}`,
          },
        ],
      },
      {
        ...blocking('mkdirp.mkdirpSync', 'mkdirp from mkdirp'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'mkdirp' },
            output: `import { execaSync } from 'execa';\nimport { globbySync } from 'globby';\nimport { globSync } from 'tinyglobby';\nimport { rimrafSync } from 'rimraf';\nimport { mkdirpSync, mkdirp } from 'mkdirp';\nimport { deleteSync } from 'del';\nimport jsonfile from 'jsonfile';\nimport bcrypt from 'bcryptjs';\nasync function f(pw, hash) {\n  const { stdout } = execaSync('ls');\n  const files = [globbySync('*.js'), globSync('*.ts')];\n  rimrafSync('dist');\n  await mkdirp('out');\n  deleteSync(['tmp']);\n  const root = 'package.json';\n  const pkg = jsonfile.readFileSync(root);\n  return [stdout, files, pkg, bcrypt.compareSync(pw, hash)];\n}`,
          },
        ],
      },
      {
        ...blocking('del.deleteSync', 'deleteAsync from del'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'deleteAsync' },
            output: `import { execaSync } from 'execa';\nimport { globbySync } from 'globby';\nimport { globSync } from 'tinyglobby';\nimport { rimrafSync } from 'rimraf';\nimport { mkdirpSync } from 'mkdirp';\nimport { deleteSync, deleteAsync } from 'del';\nimport jsonfile from 'jsonfile';\nimport bcrypt from 'bcryptjs';\nasync function f(pw, hash) {\n  const { stdout } = execaSync('ls');\n  const files = [globbySync('*.js'), globSync('*.ts')];\n  rimrafSync('dist');\n  mkdirpSync('out');\n  await deleteAsync(['tmp']);\n  const root = 'package.json';\n  const pkg = jsonfile.readFileSync(root);\n  return [stdout, files, pkg, bcrypt.compareSync(pw, hash)];\n}`,
          },
        ],
      },
      {
        ...blocking('jsonfile.readFileSync', 'readFile from jsonfile'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'jsonfile.readFile' },
            output: `import { execaSync } from 'execa';\nimport { globbySync } from 'globby';\nimport { globSync } from 'tinyglobby';\nimport { rimrafSync } from 'rimraf';\nimport { mkdirpSync } from 'mkdirp';\nimport { deleteSync } from 'del';\nimport jsonfile from 'jsonfile';\nimport bcrypt from 'bcryptjs';\nasync function f(pw, hash) {\n  const { stdout } = execaSync('ls');\n  const files = [globbySync('*.js'), globSync('*.ts')];\n  rimrafSync('dist');\n  mkdirpSync('out');\n  deleteSync(['tmp']);\n  const root = 'package.json';\n  const pkg = await jsonfile.readFile(root);\n  return [stdout, files, pkg, bcrypt.compareSync(pw, hash)];\n}`,
          },
        ],
      },
      {
        ...blocking('bcryptjs.compareSync', 'compare from bcryptjs'),
        suggestions: [
          {
            messageId: 'useAsyncTwin',
            data: { replacement: 'bcrypt.compare' },
            output: `import { execaSync } from 'execa';\nimport { globbySync } from 'globby';\nimport { globSync } from 'tinyglobby';\nimport { rimrafSync } from 'rimraf';\nimport { mkdirpSync } from 'mkdirp';\nimport { deleteSync } from 'del';\nimport jsonfile from 'jsonfile';\nimport bcrypt from 'bcryptjs';\nasync function f(pw, hash) {\n  const { stdout } = execaSync('ls');\n  const files = [globbySync('*.js'), globSync('*.ts')];\n  rimrafSync('dist');\n  mkdirpSync('out');\n  deleteSync(['tmp']);\n  const root = 'package.json';\n  const pkg = jsonfile.readFileSync(root);\n  return [stdout, files, pkg, await bcrypt.compare(pw, hash)];\n}`,
          },
        ],
      },
    ],
  },
];

createUntypedRuleTester().run('no-blocking-in-async fixes (fs)', rule, { valid: [], invalid });

describe('no-blocking-in-async fixes (fs): suggestion outputs compile', () => {
  it('declares every name it uses, before use, and uses only what modules export', () => {
    assert.deepEqual(brokenOutputs(invalid, false), []);
  });
});
