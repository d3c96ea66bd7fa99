import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LintOutcome } from '../engine/lint-text';
import { lintWithCrashIsolation } from './lint-worker';
import type { LintJob } from './worker-protocol';

const job: LintJob = { id: 7, filePath: '/p/a.ts', text: 'x', rootDir: '/p', typeAware: true, ruleSeverities: {} };
const finding = { ruleId: 'asyncwise/no-blocking-in-async', severity: 2, message: 'blocked', line: 1, column: 1 } as const;

describe('rule crash isolation', () => {
  it('turns a crashing rule off for the file, keeps the other findings and reports the crash', () => {
    const seen: Record<string, string>[] = [];
    const result = lintWithCrashIsolation(job, (_root, severities) => ({
      lint: (): LintOutcome => {
        seen.push({ ...severities });
        if (severities['no-floating-promises'] !== 'off') {
          throw new Error('Cannot read properties of undefined (reading "type")\nOccurred while linting /p/a.ts:3\nRule: "asyncwise/no-floating-promises"');
        }
        return { messages: [finding], typed: true };
      },
    }));
    assert.deepEqual(result.messages, [finding]);
    assert.deepEqual(result.crashes.map((crash) => crash.ruleId), ['asyncwise/no-floating-promises']);
    assert.equal(result.failure, undefined);
    assert.equal(seen.length, 2);
  });

  it('reports a failure that is not a rule crash without retrying', () => {
    let calls = 0;
    const result = lintWithCrashIsolation(job, () => ({
      lint: (): LintOutcome => {
        calls += 1;
        throw new Error('out of memory');
      },
    }));
    assert.equal(calls, 1);
    assert.equal(result.failure, 'out of memory');
    assert.deepEqual(result.messages, []);
  });
});
