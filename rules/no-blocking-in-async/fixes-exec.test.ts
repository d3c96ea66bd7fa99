// execSync / execFileSync → a promisified exec: encoding kept, options read, helper declared once.
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
    // execSync returns a Buffer without an encoding: the promise is asked for one too.
    code: `import { execSync } from 'child_process';\nasync function f() { const out = execSync('ls'); return out; }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(exec);\nasync function f() { const out = (await execAsync('ls', { encoding: 'buffer' })).stdout; return out; }`,
          },
        ],
      },
    ],
  },
  {
    // execSync(cmd).toString() is exec's default text result.
    code: `import { execSync } from 'node:child_process';\nexport const handler = async () => execSync('ls').toString();`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec } from 'node:child_process';\nimport { promisify } from 'node:util';\nconst execAsync = promisify(exec);\nexport const handler = async () => (await execAsync('ls')).stdout;`,
          },
        ],
      },
    ],
  },
  {
    // An encoding makes both return text; other options are kept.
    code: `import { execSync } from 'child_process';\nasync function f() { return execSync('ls', { encoding: 'utf8', cwd: '/tmp' }).trim(); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(exec);\nasync function f() { return (await execAsync('ls', { encoding: 'utf8', cwd: '/tmp' })).stdout.trim(); }`,
          },
        ],
      },
    ],
  },
  {
    code: `import { execSync } from 'child_process';\nasync function f() { return execSync('ls', { cwd: '/tmp' }); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(exec);\nasync function f() { return (await execAsync('ls', { cwd: '/tmp', encoding: 'buffer' })).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    // stdio: 'pipe' is exec's own behaviour: dropped.
    code: `import { execSync } from 'child_process';\nasync function f() { return execSync('ls', { stdio: 'pipe' }).toString('utf8'); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(exec);\nasync function f() { return (await execAsync('ls')).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    // The output is not used: no encoding, no .stdout.
    code: `const cp = require('child_process');\nasync function build() { cp.execFileSync('git', ['pull']); }`,
    errors: [
      {
        ...blocking('child_process.execFileSync', 'util.promisify(execFile)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execFileAsync' },
            output: `const { promisify } = require('util');\nconst cp = require('child_process');\nconst execFileAsync = promisify(cp.execFile);\nasync function build() { await execFileAsync('git', ['pull']); }`,
          },
        ],
      },
    ],
  },
  {
    // stdio that sends the output elsewhere, input, unknown options: no fix.
    code: `import { execSync } from 'child_process';\nasync function f(opts) { execSync('ls', { stdio: 'inherit' }); execSync('cat', { input: 'x' }); return execSync('ls', opts); }`,
    errors: [
      { ...blocking('child_process.execSync', 'util.promisify(exec)'), suggestions: [] },
      { ...blocking('child_process.execSync', 'util.promisify(exec)'), suggestions: [] },
      { ...blocking('child_process.execSync', 'util.promisify(exec)'), suggestions: [] },
    ],
  },
  {
    // The catch reads a field only execSync's error has: no fix.
    code: `import { execSync } from 'child_process';\nasync function f() { try { return execSync('make'); } catch (error) { return error.status; } }`,
    errors: [
      { ...blocking('child_process.execSync', 'util.promisify(exec)'), suggestions: [] },
    ],
  },
  {
    code: `import { execSync } from 'child_process';\nasync function f() { try { return execSync('make').toString(); } catch ({ stderr }) { return stderr; } }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(exec);\nasync function f() { try { return (await execAsync('make')).stdout; } catch ({ stderr }) { return stderr; } }`,
          },
        ],
      },
    ],
  },
  {
    // An existing promisified exec is reused.
    code: `import { execSync } from 'child_process';\nimport { promisify } from 'util';\nconst run = promisify(require('child_process').exec);\nasync function f() { return execSync('ls').toString(); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'run' },
            output: `import { promisify } from 'util';\nconst run = promisify(require('child_process').exec);\nasync function f() { return (await run('ls')).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    // Namespace and default imports are used as they are.
    code: `import * as cp from 'node:child_process';\nimport util from 'node:util';\nasync function f() { return cp.execSync('ls', { encoding: 'buffer' }); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import * as cp from 'node:child_process';\nimport util from 'node:util';\nconst execAsync = util.promisify(cp.exec);\nasync function f() { return (await execAsync('ls', { encoding: 'buffer' })).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    // CommonJS: requires are merged, the helper follows them.
    code: `'use strict';\nconst { execSync } = require('child_process');\nconst { inspect } = require('util');\nmodule.exports = async () => execSync('ls').toString().trim();`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `'use strict';\nconst { exec } = require('child_process');\nconst { inspect, promisify } = require('util');\nconst execAsync = promisify(exec);\nmodule.exports = async () => (await execAsync('ls')).stdout.trim();`,
          },
        ],
      },
    ],
  },
  {
    // The helper name is taken: another one is chosen.
    code: `const execAsync = 1;\nimport { execSync } from 'child_process';\nasync function f() { return execSync('ls').toString(); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync2' },
            output: `const execAsync = 1;\nimport { exec } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync2 = promisify(exec);\nasync function f() { return (await execAsync2('ls')).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    // execFileSync: the second argument is the list when it is one.
    code: `import { execFileSync } from 'child_process';\nconst args = ['status'];\nasync function f() { return execFileSync('git', args, { encoding: 'utf8' }); }`,
    errors: [
      {
        ...blocking('child_process.execFileSync', 'util.promisify(execFile)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execFileAsync' },
            output: `import { execFile } from 'child_process';\nimport { promisify } from 'util';\nconst execFileAsync = promisify(execFile);\nconst args = ['status'];\nasync function f() { return (await execFileAsync('git', args, { encoding: 'utf8' })).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    code: `import { execFileSync } from 'child_process';\nasync function f() { return execFileSync('git', { cwd: '/' }); }`,
    errors: [
      {
        ...blocking('child_process.execFileSync', 'util.promisify(execFile)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execFileAsync' },
            output: `import { execFile } from 'child_process';\nimport { promisify } from 'util';\nconst execFileAsync = promisify(execFile);\nasync function f() { return (await execFileAsync('git', { cwd: '/', encoding: 'buffer' })).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    // The rewritten call was execSync's only use: the binding goes with it, beside an exec already imported.
    code: `import { exec, execSync as run, spawn } from 'child_process';\nimport { promisify } from 'util';\nasync function f() { spawn('x'); return run('ls').toString(); }`,
    errors: [
      {
        ...blocking('run (child_process.execSync)', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'execAsync' },
            output: `import { exec, spawn } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(exec);\nasync function f() { spawn('x'); return (await execAsync('ls')).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    // Used twice: the binding stays for the other call (whose own fix removes it later).
    code: `const { execSync, spawn } = require('child_process');\nasync function f() { execSync('a'); execSync('b'); return spawn; }`,
    errors: ['a', 'b'].map((command) => ({
      ...blocking('child_process.execSync', 'util.promisify(exec)'),
      suggestions: [
        {
          messageId: 'useExecAsync' as const,
          data: { helper: 'execAsync' },
          output: `const { promisify } = require('util');\nconst { execSync, spawn, exec } = require('child_process');\nconst execAsync = promisify(exec);\nasync function f() { ${command === 'a' ? "await execAsync('a'); execSync('b');" : "execSync('a'); await execAsync('b');"} return spawn; }`,
        },
      ],
    })),
  },
  {
    // The only name in braces beside a default import: left in place (the braces would go too).
    code: `import cp, { execSync } from 'child_process';\nimport { promisify } from 'util';\nconst run = promisify(cp.exec);\nasync function f() { return execSync('ls').toString(); }`,
    errors: [
      {
        ...blocking('child_process.execSync', 'util.promisify(exec)'),
        suggestions: [
          {
            messageId: 'useExecAsync',
            data: { helper: 'run' },
            output: `import cp, { execSync } from 'child_process';\nimport { promisify } from 'util';\nconst run = promisify(cp.exec);\nasync function f() { return (await run('ls')).stdout; }`,
          },
        ],
      },
    ],
  },
  {
    // Without types, a list or options? No fix.
    code: `import { execFileSync } from 'child_process';\nasync function f(args) { return execFileSync('git', args).toString(); }`,
    errors: [
      { ...blocking('child_process.execFileSync', 'util.promisify(execFile)'), suggestions: [] },
    ],
  },
];

createUntypedRuleTester().run('no-blocking-in-async fixes (exec)', rule, { valid: [], invalid });

describe('no-blocking-in-async fixes (exec): suggestion outputs compile', () => {
  it('declares every name it uses, before use, and uses only what modules export', () => {
    assert.deepEqual(brokenOutputs(invalid, false), []);
  });
});
