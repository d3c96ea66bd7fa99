// Runs every shipped demo once, stores what it measured in demos/timings.json, and draws each
// concept page's timing picture from those figures into docs/concepts/images/ (the panel draws
// the same picture inline from the same file). Run after changing a demo:
//   npx tsx scripts/record-demo-timings.ts
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CONCEPT_SLUGS, type ConceptLocale } from '../rules/concepts';
import { PYTHON_COMMAND, runDemo } from '../client/demo-process';
import { claimProblem, DEMOS, type DemoReport } from '../client/demos';
import { timingImagePath, timingSvg, type RecordedTimings } from '../client/timing-chart';

const root = path.resolve(__dirname, '..');
const demosDir = path.join(root, 'demos');

async function main(): Promise<void> {
  const timings: RecordedTimings = {
    recorded: {
      date: new Date().toISOString().slice(0, 10),
      node: process.version,
      python: (await promisify(execFile)(PYTHON_COMMAND, ['-c', 'import platform; print(platform.python_version())'])).stdout.trim(),
      cores: os.availableParallelism(),
    },
    demos: {},
  };

  // One at a time: demos that compute would otherwise slow each other down.
  for (const demo of DEMOS) {
    const run = await runDemo(demo, demosDir, { nodePath: process.execPath, locale: 'en', json: true });
    if (run.exitCode !== 0) throw new Error(`${demo.file} failed:\n${run.output}`);
    const report = JSON.parse(run.output) as DemoReport;
    const problem = claimProblem(report.rows);
    if (problem) throw new Error(`${demo.file} does not show its effect: ${problem}`);
    timings.demos[demo.file] = report;
    console.log(`${demo.file}: ${report.rows.map((row) => `${row.mark} ${row.seconds.toFixed(2)} s`).join(', ')}`);
  }

  await writeFile(path.join(demosDir, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  for (const slug of CONCEPT_SLUGS) {
    for (const locale of ['en', 'ko'] as ConceptLocale[]) {
      const file = path.join(root, 'docs', 'concepts', timingImagePath(slug, locale));
      await writeFile(file, `${timingSvg(slug, locale, timings, 'fixed')}\n`);
    }
  }
  console.log('wrote demos/timings.json and docs/concepts/images/*.svg');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
