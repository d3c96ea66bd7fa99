// Untyped plain-JS mode: every .js file of a folder with no tsconfig/jsconfig, linted by the built
// server, next to ESLint's parse-only time for the same text (Linter with no rules), with the
// parser Asyncwise uses (@typescript-eslint/parser) and with ESLint's default (espree).
// Server modes: `typeAware: off` (syntax only), and the default `auto`, which first asks
// typescript-eslint's project service for a program and falls back to syntax.
// Per file: the worker's own lint time (`lastLintMs` in the status notification) and the round trip
// change → diagnostics (debounce 0). Each file is opened once (warm-up), then changed and timed.
// Usage: node bench/plain-js.mjs [--project=generated|real|both] [--no-build]
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { asyncwiseServer } from './lib/lsp-driver.mjs';
import { fmt, log, median, p95, printTable, ratio, sleep } from './lib/stats.mjs';
import { runBenchmark } from './lib/run-benchmark.mjs';

const require = createRequire(import.meta.url);
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');

const AUTO_FILES = Number(process.argv.find((arg) => arg.startsWith('--auto-files='))?.split('=')[1] ?? 60);
const sum = (values) => values.reduce((total, value) => total + value, 0);

/** Parse-only: ESLint's Linter with no rule, timed per file after a warm-up pass. */
function parseOnly(root, files, texts, parser) {
  // Files outside the Linter's cwd would be ignored, not parsed.
  const linter = new Linter({ cwd: root, configType: 'flat' });
  const config = [
    {
      files: ['**/*.js'],
      languageOptions: {
        ...(parser ? { parser } : {}),
        sourceType: 'module',
        ecmaVersion: 'latest',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      rules: {},
    },
  ];
  const times = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const [index, file] of files.entries()) {
      const started = performance.now();
      const messages = linter.verify(texts[index], config, { filename: file });
      if (pass === 1) times.push(performance.now() - started);
      if (messages.length > 0) throw new Error(`${file}: ${messages[0].message}`);
    }
  }
  return times;
}

/** Resolves once `server` has published nothing for `quietMs` (delayed re-lints of importers included). */
async function settle(server, quietMs = 1_500) {
  for (;;) {
    const count = server.publishes.length;
    await sleep(quietMs);
    if (server.publishes.length === count) return;
  }
}

async function serverLint(bundle, project, files, texts, typeAware) {
  const server = asyncwiseServer(bundle, { name: `asyncwise typeAware ${typeAware}`, settings: { typeAware, debounceMs: 0 }, cwd: project.jsRoot });
  try {
    await server.initialize(project.jsRoot);
    // Warm-up: every file opened (and linted once), all at once as an editor restoring tabs would.
    const uris = [];
    for (const [index, file] of files.entries()) uris.push(await server.open(file, texts[index], 1));
    for (const uri of uris) await server.waitForPublish(uri, 1, { timeoutMs: 280_000 });
    await settle(server);
    const lintMs = [];
    const roundTripMs = [];
    let typed = 0;
    let findings = 0;
    for (const [index, uri] of uris.entries()) {
      const from = server.publishes.length;
      const statusFrom = server.statuses.length;
      const started = performance.now();
      await server.change(uri, 2, texts[index]);
      const published = await server.waitForPublish(uri, 2, { from });
      roundTripMs.push(published.at - started);
      findings += published.count;
      const status = server.statuses.slice(statusFrom).find((entry) => entry.uri === uri && entry.lastLintMs !== undefined);
      lintMs.push(status?.lastLintMs ?? NaN);
      if (status?.typed) typed += 1;
    }
    const memory = await server.memory();
    return { name: server.name, lintMs, roundTripMs, typed, findings, memory, files: files.length, failures: server.logs.filter((entry) => entry.type === 1).length };
  } finally {
    await server.dispose();
  }
}

async function benchProject(project, bundle) {
  const texts = await Promise.all(project.jsFiles.map((file) => fs.readFile(file, 'utf8')));
  log(`${project.key}: ${project.jsFiles.length} JS files, parse-only`);
  const parseTs = parseOnly(project.jsRoot, project.jsFiles, texts, tsParser);
  const parseEspree = parseOnly(project.jsRoot, project.jsFiles, texts, undefined);
  log(`${project.key}: server, typeAware off`);
  const off = await serverLint(bundle, project, project.jsFiles, texts, 'off');
  // `auto` costs a project-service round per file (see README): a subset keeps the run short.
  log(`${project.key}: server, typeAware auto, first ${AUTO_FILES} files`);
  const auto = await serverLint(bundle, project, project.jsFiles.slice(0, AUTO_FILES), texts.slice(0, AUTO_FILES), 'auto');
  const lines = sum(texts.map((text) => text.split('\n').length));
  return { project, files: project.jsFiles.length, lines, parseTs, parseEspree, off, auto };
}

function report(results, runInfo, load) {
  console.log(`\nAsyncwise plain-JS benchmark · ${runInfo.date} UTC · ${runInfo.commit} · Node ${runInfo.node} · ${runInfo.cpus} CPUs`);
  console.log(`load average (1 min) during the run: min ${fmt(load.min, 1)}, median ${fmt(load.median, 1)}, max ${fmt(load.max, 1)}`);
  for (const result of results) {
    const { parseTs, parseEspree, off, auto } = result;
    const parseTsAuto = parseTs.slice(0, auto.files);
    const parseEspreeAuto = parseEspree.slice(0, auto.files);
    // Ratios: medians, and totals (the server reports whole milliseconds; totals average that out).
    const row = (label, values, [ts, espree] = [parseTs, parseEspree], extra = '') => [
      label, fmt(median(values), 2), fmt(p95(values), 2), fmt(sum(values)),
      `${ratio(median(values), median(ts))} / ${ratio(sum(values), sum(ts))}`,
      `${ratio(median(values), median(espree))} / ${ratio(sum(values), sum(espree))}`, extra,
    ];
    const subset = [parseTsAuto, parseEspreeAuto];
    printTable(`[${result.project.name}] plain JS, ${result.files} files, ${fmt(result.lines)} lines: time per file (ms)`,
      ['', 'median', 'p95', 'total', '÷ parse, ts parser (median / total)', '÷ parse, espree (median / total)', ''],
      [
        row('ESLint parse only, @typescript-eslint/parser', parseTs),
        row('ESLint parse only, espree', parseEspree),
        row('asyncwise typeAware off: lint in the worker', off.lintMs, undefined, `${off.findings} findings, ${off.typed} typed`),
        row('asyncwise typeAware off: change → diagnostics', off.roundTripMs),
        row(`parse only, ts parser, the first ${auto.files} files`, parseTsAuto, subset),
        row(`asyncwise typeAware auto, same ${auto.files} files: lint in the worker`, auto.lintMs, subset, `${auto.findings} findings, ${auto.typed} typed`),
        row(`asyncwise typeAware auto, same ${auto.files} files: change → diagnostics`, auto.roundTripMs, subset),
      ]);
    console.log(`  server RSS with all ${result.files} files open: off ${fmt(off.memory.rssMb)} MB, auto ${fmt(auto.memory.rssMb)} MB; errors logged: off ${off.failures}, auto ${auto.failures}`);
  }
}

await runBenchmark(benchProject, report);
