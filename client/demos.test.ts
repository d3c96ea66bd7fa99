// Every shipped demo runs and shows its effect on this machine: the better way finishes before
// the slow way. No timing thresholds beyond that ordering; a demo that loses the race once (a
// busy machine) is run again, alone, before it counts as failed.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { availableParallelism } from 'node:os';
import type { ConceptSlug } from '../rules/concepts';
import { runDemo, type DemoRun } from './demo-process';
import { claimProblem, DEMOS, parseDemoOutput, type Demo, type DemoReport } from './demos';

const demosDir = path.resolve('demos');
/** Demos that compute: run alone, so they do not compete with each other for the two cores. */
const COMPUTES = new Set<ConceptSlug>(['event-loop', 'concurrency-vs-parallelism']);
const ATTEMPTS = 3;

const run = (demo: Demo, locale: 'en' | 'ko' = 'en', json = false): Promise<DemoRun> =>
  runDemo(demo, demosDir, { nodePath: process.execPath, locale, json });

/** Timer-only demos three at a time, then the computing ones one by one. */
async function runAll(): Promise<Map<Demo, DemoRun>> {
  const results = new Map<Demo, DemoRun>();
  const waiting = DEMOS.filter((demo) => !COMPUTES.has(demo.concept));
  await Promise.all([0, 1, 2].map(async () => {
    for (let demo = waiting.shift(); demo; demo = waiting.shift()) results.set(demo, await run(demo));
  }));
  for (const demo of DEMOS.filter((candidate) => COMPUTES.has(candidate.concept))) results.set(demo, await run(demo));
  return results;
}

describe('demos', () => {
  let firstRuns: Map<Demo, DemoRun>;
  before(async () => {
    firstRuns = await runAll();
  });

  for (const demo of DEMOS) {
    it(`${demo.file} runs and shows its effect`, async (context) => {
      // Two worker threads cannot beat one thread on one core.
      if (demo.concept === 'concurrency-vs-parallelism' && availableParallelism() < 2) {
        context.skip('one core: parallel work cannot be faster here');
        return;
      }
      let outcome = firstRuns.get(demo)!;
      for (let attempt = 1; ; attempt++) {
        assert.equal(outcome.exitCode, 0, outcome.output);
        const rows = parseDemoOutput(outcome.output);
        assert.ok(rows.length >= 2, `prints its measured rows:\n${outcome.output}`);
        const problem = claimProblem(rows);
        if (!problem) break;
        if (attempt === ATTEMPTS) assert.fail(`${problem} after ${ATTEMPTS} runs:\n${outcome.output}`);
        outcome = await run(demo);
      }
    });
  }

  it('prints Korean labels with --lang=ko, and the same rows as JSON with --json', async () => {
    for (const demo of DEMOS.filter((candidate) => candidate.concept === 'js-and-python')) {
      const korean = await run(demo, 'ko');
      assert.match(korean.output, /독립적인/);
      const report = JSON.parse((await run(demo, 'en', true)).output) as DemoReport;
      assert.deepEqual(report.rows.map((row) => row.mark), parseDemoOutput(korean.output).map((row) => row.mark));
      assert.match(report.rows[0]!.label.ko, /[\uac00-\ud7a3]/);
    }
  });
});
