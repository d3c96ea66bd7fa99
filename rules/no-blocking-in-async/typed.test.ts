// With type information: calls through re-exports and typed parameters, fixes that keep the
// result's type (every output is type-checked against @types/node), and what types rule out.
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTypedRuleTester } from '../testing/rule-tester';
import type { MessageIds } from './fix-context';
import rule, { type Options } from './no-blocking-in-async';
import { brokenOutputs } from './suggestion-outputs';

const blocking = (callee: string, instead: string) => ({ messageId: 'blockingCall' as const, data: { callee, instead } });

const valid = [
  `import { readFile } from 'node:fs/promises';\nexport async function f(p: string) { return readFile(p, 'utf8'); }`,
  // A local module's own functions that share fs's names are not fs's.
  `import { readFileSync, existsSync } from './blocking-own-fs';\nexport async function f(p: string) { return existsSync(p) ? readFileSync(p) : ''; }`,
  `import * as own from './blocking-own-fs';\nexport async function f(p: string) { return own.readFileSync(p); }`,
  `import { renderSync } from './blocking-io';\nexport async function f(t: string) { return renderSync(t); }`,
  // An object typed by the project, not by node's fs.
  `interface VirtualFs { readFileSync(p: string): string }\nexport async function f(vfs: VirtualFs) { return vfs.readFileSync('/a'); }`,
].map((code) => ({ code, filename: 'file.ts' }));

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  {
    // Through a re-export, found by the checker: the fs/promises import is added.
    filename: 'file.ts',
    code: `import { readFileSync } from './blocking-io';\nexport async function f(p: string): Promise<string> { return readFileSync(p, 'utf8'); }`,
    errors: [
      {
        ...blocking('fs.readFileSync', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'readFile' },
            output: `import { readFileSync } from './blocking-io';\nimport { readFile } from 'node:fs/promises';\nexport async function f(p: string): Promise<string> { return await readFile(p, 'utf8'); }`,
          },
        ],
      },
    ],
  },
  {
    // Renamed in the re-export.
    filename: 'file.ts',
    code: `import { saveFile, existsSync } from './blocking-io';\nexport async function f(p: string): Promise<void> { if (!existsSync(p)) saveFile(p, 'x'); }`,
    errors: [
      {
        ...blocking('fs.existsSync', 'access from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useAccess',
            data: { replacement: 'access' },
            output: `import { saveFile, existsSync } from './blocking-io';\nimport { access } from 'node:fs/promises';\nexport async function f(p: string): Promise<void> { if (!await access(p).then(() => true, () => false)) saveFile(p, 'x'); }`,
          },
        ],
      },
      {
        ...blocking('saveFile (fs.writeFileSync)', 'writeFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'writeFile' },
            output: `import { saveFile, existsSync } from './blocking-io';\nimport { writeFile } from 'node:fs/promises';\nexport async function f(p: string): Promise<void> { if (!existsSync(p)) await writeFile(p, 'x'); }`,
          },
        ],
      },
    ],
  },
  {
    // A namespace of the facade: node's execSync through `export *`; the fix imports from node itself.
    filename: 'file.ts',
    code: `import * as io from './blocking-io';\nexport async function f(): Promise<void> { io.execSync('ls'); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import * as io from './blocking-io';\nimport { promisify } from 'node:util';\nimport { exec } from 'node:child_process';\nconst execAsync = promisify(exec);\nexport async function f(): Promise<void> { await execAsync('ls'); }`,
          },
        ],
      },
    ],
  },
  {
    // A parameter typed as the fs module.
    filename: 'file.ts',
    code: `export async function f(disk: typeof import('node:fs')): Promise<string> { return disk.readFileSync('a', 'utf8'); }`,
    errors: [
      {
        ...blocking('fs.readFileSync', 'readFile from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'readFile' },
            output: `import { readFile } from 'node:fs/promises';\nexport async function f(disk: typeof import('node:fs')): Promise<string> { return await readFile('a', 'utf8'); }`,
          },
        ],
      },
    ],
  },
  {
    filename: 'file.ts',
    code: `import * as fs from 'node:fs';\nexport async function f(p: string): Promise<number> { return fs.statSync(p).size; }`,
    errors: [
      {
        ...blocking('fs.statSync', 'stat from node:fs/promises'),
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
  {
    filename: 'file.ts',
    code: `import fs from 'node:fs';\nexport async function list(dir: string): Promise<string[]> { const names: string[] = fs.readdirSync(dir); return names; }`,
    errors: [
      {
        ...blocking('fs.readdirSync', 'readdir from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useFsPromises',
            data: { replacement: 'fs.promises.readdir' },
            output: `import fs from 'node:fs';\nexport async function list(dir: string): Promise<string[]> { const names: string[] = await fs.promises.readdir(dir); return names; }`,
          },
        ],
      },
    ],
  },
  {
    filename: 'file.ts',
    code: `import { existsSync } from 'node:fs';\nexport async function f(p: string): Promise<boolean> { const found: boolean = existsSync(p); return found; }`,
    errors: [
      {
        ...blocking('fs.existsSync', 'access from node:fs/promises'),
        suggestions: [
          {
            messageId: 'useAccess',
            data: { replacement: 'access' },
            output: `import { existsSync } from 'node:fs';\nimport { access } from 'node:fs/promises';\nexport async function f(p: string): Promise<boolean> { const found: boolean = await access(p).then(() => true, () => false); return found; }`,
          },
        ],
      },
    ],
  },
  {
    // The Buffer result stays a Buffer.
    filename: 'file.ts',
    code: `import { execSync } from 'node:child_process';\nexport async function f(): Promise<Buffer> { const out: Buffer = execSync('ls'); return out; }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec } from 'node:child_process';\nimport { promisify } from 'node:util';\nconst execAsync = promisify(exec);\nexport async function f(): Promise<Buffer> { const out: Buffer = (await execAsync('ls', { encoding: 'buffer' })).stdout; return out; }`,
          },
        ],
      },
    ],
  },
  {
    filename: 'file.ts',
    code: `import { execSync } from 'node:child_process';\nexport async function f(): Promise<string> { const out: string = execSync('ls', { encoding: 'utf8' }); return out; }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec } from 'node:child_process';\nimport { promisify } from 'node:util';\nconst execAsync = promisify(exec);\nexport async function f(): Promise<string> { const out: string = (await execAsync('ls', { encoding: 'utf8' })).stdout; return out; }`,
          },
        ],
      },
    ],
  },
  {
    filename: 'file.ts',
    code: `import { execSync } from 'node:child_process';\nexport async function f(): Promise<string> { return execSync('git rev-parse HEAD').toString().trim(); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec } from 'node:child_process';\nimport { promisify } from 'node:util';\nconst execAsync = promisify(exec);\nexport async function f(): Promise<string> { return (await execAsync('git rev-parse HEAD')).stdout.trim(); }`,
          },
        ],
      },
    ],
  },
  {
    // Typed as a list: the second argument is execFile's argument list.
    filename: 'file.ts',
    code: `import { execFileSync } from 'node:child_process';\nexport async function f(args: readonly string[]): Promise<string> { return execFileSync('git', args).toString(); }`,
    errors: [
      {
        ...blocking('child_process.execFileSync', 'util.promisify(execFile)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execFileAsync' },
            output: `import { execFile } from 'node:child_process';\nimport { promisify } from 'node:util';\nconst execFileAsync = promisify(execFile);\nexport async function f(args: readonly string[]): Promise<string> { return (await execFileAsync('git', args)).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    filename: 'file.ts',
    code: `import { pbkdf2Sync } from 'node:crypto';\nexport async function f(pw: string): Promise<Buffer> { const key: Buffer = pbkdf2Sync(pw, 'salt', 100000, 64, 'sha512'); return key; }`,
    errors: [
      {
        ...blocking('crypto.pbkdf2Sync', 'util.promisify(crypto.pbkdf2)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(pbkdf2)' },
            output: `import { pbkdf2Sync, pbkdf2 } from 'node:crypto';\nimport { promisify } from 'node:util';\nexport async function f(pw: string): Promise<Buffer> { const key: Buffer = await promisify(pbkdf2)(pw, 'salt', 100000, 64, 'sha512'); return key; }`,
          },
        ],
      },
    ],
  },
  {
    // With options, TypeScript's promisified scrypt does not type-check: no fix.
    filename: 'file.ts',
    code: `import { scryptSync } from 'node:crypto';\nexport async function f(pw: string): Promise<Buffer> { return scryptSync(pw, 'salt', 64, { N: 1024 }); }`,
    errors: [{ ...blocking('crypto.scryptSync', 'util.promisify(crypto.scrypt)'), suggestions: [] }],
  },
  {
    // TypeScript types promisified scrypt as Promise<unknown>: the result's type is asserted back.
    filename: 'file.ts',
    code: `import { scryptSync } from 'node:crypto';\nexport async function f(pw: string): Promise<Buffer> { return scryptSync(pw, 'salt', 64); }`,
    errors: [
      {
        ...blocking('crypto.scryptSync', 'util.promisify(crypto.scrypt)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(scrypt)' },
            output: `import { scryptSync, scrypt } from 'node:crypto';\nimport { promisify } from 'node:util';\nexport async function f(pw: string): Promise<Buffer> { return await promisify(scrypt)(pw, 'salt', 64) as Buffer; }`,
          },
        ],
      },
    ],
  },
  {
    filename: 'file.ts',
    code: `import { randomBytes } from 'node:crypto';\nexport async function f(size: number): Promise<string> { return randomBytes(size).toString('hex'); }`,
    errors: [
      {
        ...blocking('crypto.randomBytes', 'util.promisify(crypto.randomBytes)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(randomBytes)' },
            output: `import { randomBytes } from 'node:crypto';\nimport { promisify } from 'node:util';\nexport async function f(size: number): Promise<string> { return (await promisify(randomBytes)(size)).toString('hex'); }`,
          },
        ],
      },
    ],
  },
  {
    filename: 'file.ts',
    code: `import { generateKeyPairSync } from 'node:crypto';\nexport async function f(): Promise<string> { const { publicKey } = generateKeyPairSync('ed25519'); return publicKey.export({ type: 'spki', format: 'pem' }).toString(); }`,
    errors: [
      {
        ...blocking('crypto.generateKeyPairSync', 'util.promisify(crypto.generateKeyPair)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(generateKeyPair)' },
            output: `import { generateKeyPairSync, generateKeyPair } from 'node:crypto';\nimport { promisify } from 'node:util';\nexport async function f(): Promise<string> { const { publicKey } = await promisify(generateKeyPair)('ed25519'); return publicKey.export({ type: 'spki', format: 'pem' }).toString(); }`,
          },
        ],
      },
    ],
  },
  {
    filename: 'file.ts',
    code: `import { gzipSync } from 'node:zlib';\nexport async function f(text: string): Promise<Buffer> { return gzipSync(text); }`,
    errors: [
      {
        ...blocking('zlib.gzipSync', 'util.promisify(zlib.gzip)'),
        suggestions: [
          {
            messageId: 'usePromisify',
            data: { replacement: 'promisify(gzip)' },
            output: `import { gzipSync, gzip } from 'node:zlib';\nimport { promisify } from 'node:util';\nexport async function f(text: string): Promise<Buffer> { return await promisify(gzip)(text); }`,
          },
        ],
      },
    ],
  },
  {
    // The project's lib (ES2022) has no Atomics.waitAsync: advice only.
    filename: 'file.ts',
    code: `export async function f(a: Int32Array): Promise<boolean> { return Atomics.wait(a, 0, 0) === 'ok'; }`,
    errors: [
      { ...blocking('Atomics.wait', 'Atomics.waitAsync'), suggestions: [] },
    ],
  },
  {
    filename: 'file.ts',
    code: `export async function pause(ms: number): Promise<void> {\n  const end = Date.now() + ms;\n  while (Date.now() < end) {}\n}`,
    errors: [
      {
        messageId: 'busyWait',
        suggestions: [
          {
            messageId: 'useTimer',
            data: { replacement: 'setTimeout' },
            output: `import { setTimeout } from 'node:timers/promises';\nexport async function pause(ms: number): Promise<void> {\n  await setTimeout(ms);\n}`,
          },
        ],
      },
    ],
  },
];

createTypedRuleTester().run('no-blocking-in-async (typed)', rule, { valid, invalid });

describe('no-blocking-in-async (typed): suggestion outputs type-check', () => {
  it('the cases themselves type-check, so any error comes from a fix', () => {
    const inputs = invalid.map((testCase) => ({ ...testCase, errors: [{ messageId: 'blockingCall' as const, suggestions: [{ messageId: 'useFsPromises' as const, output: testCase.code }] }] }));
    assert.deepEqual(brokenOutputs(inputs, true), []);
  });
  it('every output type-checks, with the same result types', () => {
    assert.deepEqual(brokenOutputs(invalid, true), []);
  });
});
