import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { LintRunner } from './lint-runner';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-runner-'));
const job = { filePath: '/p/a.ts', text: 'x', rootDir: '/p', typeAware: false, ruleSeverities: {} };

/** A worker script that dies on its first job, then (in a new worker) answers normally. */
const flakyWorker = path.join(scratch, 'flaky-worker.js');
fs.writeFileSync(flakyWorker, `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const marker = ${JSON.stringify(path.join(scratch, 'died-once'))};
parentPort.on('message', (job) => {
  if (!fs.existsSync(marker)) { fs.writeFileSync(marker, ''); process.exit(3); }
  parentPort.postMessage({ id: job.id, messages: [], typed: false, crashes: [], durationMs: 1 });
});
`);

describe('lint worker restarts', () => {
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('fails the job in flight when the worker dies, and the next job gets a new worker', async () => {
    const logs: string[] = [];
    const runner = new LintRunner(flakyWorker, (message) => logs.push(message));
    await assert.rejects(runner.run(job), /exited with code 3/);
    assert.equal(runner.crashes, 1);
    const result = await runner.run(job);
    assert.deepEqual(result.messages, []);
    assert.ok(logs.some((line) => line.includes('restarts with the next lint')));
    await runner.dispose();
  });
});
