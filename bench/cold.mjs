// Cold first diagnostics: a fresh server process, initialized, opens the project's ~500-line file.
// Asyncwise publishes the syntax-only findings first (when there are any), then the typed result;
// the reference publishes once. Next to both: what TypeScript alone needs to build that program
// and answer a type query (bench/lib/ts-floor.mjs, in a fresh process), the floor.
// Usage: node bench/cold.mjs [--project=generated|real|both] [--reps=N] [--no-build]
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { asyncwiseServer, referenceServer } from './lib/lsp-driver.mjs';
import { lineCount } from './lib/projects.mjs';
import { fmt, log, median, printTable, ratio, sleep } from './lib/stats.mjs';
import { runBenchmark } from './lib/run-benchmark.mjs';

const run = promisify(execFile);
const REPS = Number(process.argv.find((arg) => arg.startsWith('--reps='))?.split('=')[1] ?? 5);
const FLOOR = path.join(path.dirname(new URL(import.meta.url).pathname), 'lib', 'ts-floor.mjs');

async function coldOpen(server, project, text) {
  const spawned = performance.now();
  try {
    await server.initialize(project.rootDir);
    const initialized = performance.now();
    const uri = await server.open(project.file500, text, 1);
    const first = await server.waitForPublish(uri, 1, { final: false, timeoutMs: 240_000 });
    const firstCount = first.count;
    const final = await server.waitForPublish(uri, 1, { timeoutMs: 240_000 });
    const status = server.statuses.find((entry) => entry.uri === uri && entry.lastLintMs !== undefined);
    return {
      initMs: initialized - spawned,
      firstMs: first.at - initialized,
      firstCount,
      finalMs: final.at - initialized,
      finalCount: final.count,
      typed: status ? status.typed : true,
    };
  } finally {
    await server.dispose();
  }
}

async function floor(project) {
  const { stdout } = await run(process.execPath, [FLOOR, project.tsconfig, project.file500], { cwd: project.rootDir });
  return JSON.parse(stdout);
}

async function benchProject(project, bundle) {
  const text = await fs.readFile(project.file500, 'utf8');
  const samples = { ours: [], reference: [], floor: [] };
  for (let rep = 0; rep < REPS; rep++) {
    log(`${project.key}: cold round ${rep + 1}/${REPS}`);
    // Rotating the order spreads the OS file cache's warm-up over all three.
    const steps = [
      async () => samples.ours.push(await coldOpen(asyncwiseServer(bundle, { cwd: project.rootDir }), project, text)),
      async () => samples.reference.push(await coldOpen(referenceServer({ cwd: project.rootDir }), project, text)),
      async () => samples.floor.push(await floor(project)),
    ];
    for (let step = 0; step < steps.length; step++) {
      await steps[(step + rep) % steps.length]();
      await sleep(500);
    }
  }
  return { project, lines: await lineCount(project.file500), samples };
}

function report(results, runInfo, load) {
  console.log(`\nAsyncwise cold benchmark · ${runInfo.date} UTC · ${runInfo.commit} · Node ${runInfo.node} · ${runInfo.cpus} CPUs`);
  console.log(`load average (1 min) during the run: min ${fmt(load.min, 1)}, median ${fmt(load.median, 1)}, max ${fmt(load.max, 1)}`);
  for (const { project, lines, samples } of results) {
    const pick = (list, key) => list.map((sample) => sample[key]);
    const floorBuild = median(pick(samples.floor, 'buildMs'));
    const floorTotal = median(pick(samples.floor, 'totalMs'));
    const row = (label, values) => [label, fmt(median(values)), fmt(Math.max(...values)), ratio(median(values), floorBuild), ratio(median(values), floorTotal)];
    const rows = [
      row('TypeScript: program + checker + type query (floor)', pick(samples.floor, 'buildMs')),
      row('TypeScript: the same + loading typescript', pick(samples.floor, 'totalMs')),
      row('asyncwise: open → first publish', pick(samples.ours, 'firstMs')),
      row('asyncwise: open → typed result', pick(samples.ours, 'finalMs')),
      row('reference: open → diagnostics (typed)', pick(samples.reference, 'finalMs')),
    ];
    rows.push(['ratio typed result asyncwise/reference', ratio(median(pick(samples.ours, 'finalMs')), median(pick(samples.reference, 'finalMs'))), '', '', '']);
    rows.push(['ratio first publish asyncwise/reference', ratio(median(pick(samples.ours, 'firstMs')), median(pick(samples.reference, 'finalMs'))), '', '', '']);
    printTable(`[${project.name}] cold first diagnostics for the ${lines}-line file, ${samples.ours.length} fresh processes each (ms; after initialize)`,
      ['', 'median', 'max', '÷ floor', '÷ floor incl. load'], rows);
    const detail = [
      ['asyncwise', fmt(median(pick(samples.ours, 'initMs'))), `${samples.ours[0]?.firstCount} then ${samples.ours[0]?.finalCount}`, String(samples.ours.every((sample) => sample.typed))],
      ['reference', fmt(median(pick(samples.reference, 'initMs'))), String(samples.reference[0]?.finalCount), 'true'],
      ['TypeScript alone', `load ${fmt(median(pick(samples.floor, 'loadMs')))}`, `${samples.floor[0]?.files} files in the program`,
        `program ${fmt(median(pick(samples.floor, 'programMs')))} + checker ${fmt(median(pick(samples.floor, 'checkerMs')))} + query ${fmt(median(pick(samples.floor, 'queryMs')))}`],
    ];
    printTable(`[${project.name}] details`, ['', 'spawn → initialized (ms)', 'findings published', 'typed'], detail);
  }
}

await runBenchmark(benchProject, report);
