// Every shipped demo runs and shows its effect on this machine: the better way finishes before
// the slow way. No timing thresholds beyond that ordering; a demo that loses the race once (a
// busy machine) is run again, alone, before it counts as failed. Parallel CPU work is faster only
// on free cores, which a busy machine does not have: for those demos the test checks what the demo
// itself decides (where each piece of work runs, and that the parallel pieces are handed over
// together), not the seconds.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { ConceptSlug } from '../rules/concepts';
import { runDemo, type DemoRun } from './demo-process';
import { claimProblem, DEMOS, parseDemoOutput, type Demo, type DemoPiece, type DemoReport } from './demos';

const demosDir = path.resolve('demos');
/** Demos that compute: run alone, so they do not compete with each other for the two cores. */
const COMPUTES = new Set<ConceptSlug>(['event-loop', 'concurrency-vs-parallelism']);
const ATTEMPTS = 3;
/**
 * Demos whose better way hands work to other threads or processes: faster only where cores are
 * free, and starting a worker is slow on a busy machine. Their test checks the pieces of work.
 */
const IN_WORKERS = new Set<ConceptSlug>(['concurrency-vs-parallelism', 'offloading']);

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

  for (const demo of DEMOS.filter((candidate) => IN_WORKERS.has(candidate.concept))) {
    it(`${demo.file} runs the parallel pieces in workers, handed over together, and the others one after another`, async () => {
      const outcome = await run(demo, 'en', true);
      assert.equal(outcome.exitCode, 0, outcome.output);
      const report = JSON.parse(outcome.output) as DemoReport;
      assert.equal(piecesProblem(report, demo.language === 'js'), undefined, outcome.output);
    });
  }

  for (const demo of DEMOS.filter((candidate) => !IN_WORKERS.has(candidate.concept))) {
    it(`${demo.file} runs and shows its effect`, async () => {
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

  it('prints its figures for work in workers as a table too', () => {
    for (const demo of DEMOS.filter((candidate) => IN_WORKERS.has(candidate.concept))) {
      const outcome = firstRuns.get(demo)!;
      assert.equal(outcome.exitCode, 0, outcome.output);
      assert.ok(parseDemoOutput(outcome.output).some((row) => row.mark === 'fast'), outcome.output);
    }
  });

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

/**
 * What a demo that hands work to workers decides, whatever the machine's load: the slow (and the
 * comparison) rows do every piece in the main thread, one after the other; the fast row hands all
 * its pieces over at once to workers (other threads, or other processes), a worker of its own for
 * each piece where the demo starts one per piece.
 */
function piecesProblem(report: DemoReport, workerPerPiece: boolean): string | undefined {
  const piecesOf = (mark: string): DemoPiece[] => report.rows.filter((row) => row.mark === mark).flatMap((row) => row.pieces ?? []);
  const place = (piece: DemoPiece): number | undefined => piece.thread ?? piece.process;
  const slow = piecesOf('slow');
  const main = slow[0] && place(slow[0]);
  for (const row of report.rows.filter((candidate) => candidate.mark !== 'fast')) {
    const pieces = row.pieces ?? [];
    if (pieces.length < 2) return `${row.label.en}: pieces of work expected`;
    if (pieces.some((piece) => place(piece) !== main)) return `${row.label.en}: not done in the main thread`;
    if (pieces.some((piece, index) => index > 0 && piece.startMs < pieces[index - 1]!.endMs)) return `${row.label.en}: pieces overlap on one thread`;
  }
  const fast = piecesOf('fast');
  if (fast.length !== slow.length) return `fast: ${slow.length} pieces expected, ${fast.length} found`;
  if (fast.some((piece) => place(piece) === main || place(piece) === undefined)) return 'fast: a piece ran in the main thread';
  if (workerPerPiece && new Set(fast.map(place)).size !== fast.length) return 'fast: pieces shared a worker';
  const firstDone = Math.min(...fast.map((piece) => piece.endMs));
  if (fast.some((piece) => piece.handedMs === undefined || piece.handedMs > firstDone)) return 'fast: a piece was handed over after another one finished';
  return undefined;
}
