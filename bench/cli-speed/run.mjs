// Asyncwise's CLI next to the native linters people compare it with, whole processes side by side,
// interleaved in one run: untyped JavaScript/TypeScript against Oxlint with its closest async rules,
// Python against ruff with flake8-async (ASYNC) and RUF006. Prints medians, ratios and the load.
// Usage: node bench/cli-speed/run.mjs [--runs=7] [--only=js,python] [--no-build] [--workdir=<dir>]
//        [--baseline=<cli.js>]  also time another build of the CLI (an older commit's dist/cli.js, kept
//                               inside the repository so it finds node_modules), as a third tool.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCorpus, prepareCorpora } from './corpora.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(option('runs', '7'));
const wanted = new Set(option('only', 'js,python').split(','));
const workdir = path.resolve(option('workdir', path.join(os.tmpdir(), 'asyncwise-bench-cli-speed')));
const baseline = option('baseline', undefined);

/**
 * Oxlint's rules closest to what Asyncwise checks without types (no-floating-promises and
 * no-misused-promises need types in Oxlint too): awaits in loops, async promise executors,
 * async functions without await, values returned from executors, promise chains without a catch,
 * promises in callbacks, settling twice, *Sync calls, awaits inside Promise.all, single-promise Promise.all.
 */
export const OXLINT_RULES = [
  'eslint/no-await-in-loop', 'eslint/no-async-promise-executor', 'eslint/require-await', 'eslint/no-promise-executor-return',
  'promise/catch-or-return', 'promise/no-promise-in-callback', 'promise/no-multiple-resolved', 'node/no-sync',
  'unicorn/no-await-in-promise-methods', 'unicorn/no-single-promise-in-promise-methods',
];

const hasTime = fs.existsSync('/usr/bin/time');
const outputs = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-cli-speed-'));

function setup() {
  if (!args.includes('--no-build')) execFileSync('node', ['scripts/build.mjs', '--only=cli', '--quiet'], { cwd: root, stdio: 'inherit' });
  // A copy, so a rebuild in the same checkout cannot swap the bundle mid-run; it resolves its
  // packages from the repository's node_modules.
  const cliDir = path.join(root, '.test-artifacts', 'bench-cli-speed');
  fs.mkdirSync(cliDir, { recursive: true });
  fs.copyFileSync(path.join(root, 'dist', 'cli.js'), path.join(cliDir, 'cli.js'));
  if (!fs.existsSync(path.join(here, 'node_modules', 'oxlint'))) {
    execFileSync('npm', ['ci', '--prefix', here, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
  return path.join(cliDir, 'cli.js');
}

function asyncwiseTool(corpus, cli, label) {
  const report = path.join(outputs, `${corpus.key}-${label.replace(/\W+/g, '-')}.json`);
  return {
    name: `${label}${corpus.language === 'python' ? ' (all Python rules)' : ', --no-type-aware'}`,
    command: ['node', cli, corpus.dir, ...(corpus.language === 'python' ? [] : ['--no-type-aware']), '--format', 'json', '--output-file', report],
    findings: () => JSON.parse(fs.readFileSync(report, 'utf8')).reduce((sum, result) => sum + result.messages.length, 0),
  };
}

/** Asyncwise first, the native tool second, the baseline build (if any) last. */
function toolsFor(corpus, cli) {
  const tools = toolsAgainst(corpus, asyncwiseTool(corpus, cli, 'Asyncwise CLI'));
  if (baseline) tools.push(asyncwiseTool(corpus, path.resolve(baseline), `Asyncwise CLI (${path.basename(path.dirname(path.resolve(baseline)))})`));
  return tools;
}

function toolsAgainst(corpus, asyncwise) {
  if (corpus.language === 'python') {
    const ruff = {
      name: 'ruff 0.17.4 (WASM build in Node), ASYNC + RUF006',
      command: ['node', path.join(here, 'ruff-cli.mjs'), corpus.dir],
      findings: (stdout) => JSON.parse(stdout).findings,
      detail: (stdout) => JSON.parse(stdout),
    };
    return [asyncwise, ruff];
  }
  const oxlint = {
    name: `Oxlint 1.95.0, ${OXLINT_RULES.length} rules`,
    command: [path.join(here, 'node_modules', '.bin', 'oxlint'), '-A', 'all', ...OXLINT_RULES.flatMap((rule) => ['-D', rule]), '--promise-plugin', '--node-plugin', corpus.dir],
    findings: (stdout) => Number(/Found (\d+) warnings? and (\d+) errors?/.exec(stdout)?.slice(1, 3).reduce((a, b) => Number(a) + Number(b), 0) ?? NaN),
  };
  return [asyncwise, oxlint];
}

/** One whole-process run: wall time from here, CPU (user + system) and peak memory from /usr/bin/time. */
function runOnce(tool) {
  const [command, ...rest] = hasTime ? ['/usr/bin/time', '-f', 'TIME %U %S %M', ...tool.command] : tool.command;
  const started = process.hrtime.bigint();
  const result = spawnSync(command, rest, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const timing = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  if (result.status !== 0 && result.status !== 1) throw new Error(`${tool.command.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return {
    wallMs,
    cpuMs: timing ? (Number(timing[1]) + Number(timing[2])) * 1000 : NaN,
    rssMb: timing ? Number(timing[3]) / 1024 : NaN,
    findings: tool.findings(result.stdout),
    detail: tool.detail?.(result.stdout),
  };
}

const median = (values) => {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fmt = (value, digits = 0) => (Number.isNaN(value) ? 'n/a' : value.toFixed(digits));

const cli = setup();
const corpora = await prepareCorpora(workdir, wanted);
const loads = [os.loadavg()[0]];
const started = new Date();
console.log(`${started.toISOString()}  ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
const sections = [];
for (const corpus of corpora) {
  const size = measureCorpus(corpus);
  const tools = toolsFor(corpus, cli);
  const samples = tools.map(() => []);
  for (const tool of tools) runOnce(tool); // one warm-up each: the file cache, not the measurement
  for (let run = 0; run < runs; run++) {
    // Rotate who goes first, so load that rises or falls during a round hits every tool alike.
    const order = tools.map((_, index) => (index + run) % tools.length);
    for (const index of order) samples[index].push(runOnce(tools[index]));
    loads.push(os.loadavg()[0]);
  }
  sections.push({ corpus, size, tools, samples });
}

for (const { corpus, size, tools, samples } of sections) {
  const summary = samples.map((runsOfTool) => ({
    wall: median(runsOfTool.map((sample) => sample.wallMs)),
    best: Math.min(...runsOfTool.map((sample) => sample.wallMs)),
    cpu: median(runsOfTool.map((sample) => sample.cpuMs)),
    rss: Math.max(...runsOfTool.map((sample) => sample.rssMb)),
    findings: runsOfTool[0].findings,
    detail: runsOfTool.at(-1).detail,
  }));
  const [ours, theirs] = summary;
  console.log(`\n### ${corpus.name}: ${size.files} files, ${size.lines.toLocaleString('en')} lines (${runs} runs each)\n`);
  console.log('| tool | wall ms, median (best) | CPU ms, median | peak RSS MB | findings |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  tools.forEach((tool, index) => {
    const cell = summary[index];
    console.log(`| ${tool.name} | ${fmt(cell.wall)} (${fmt(cell.best)}) | ${fmt(cell.cpu)} | ${fmt(cell.rss)} | ${cell.findings} |`);
  });
  console.log(`\nAsyncwise ÷ ${tools[1].name.split(',')[0]}: wall ${fmt(ours.wall / theirs.wall, 2)}×, CPU ${fmt(ours.cpu / theirs.cpu, 2)}×`);
  if (summary[2]) console.log(`Asyncwise ÷ ${tools[2].name.split(',')[0]}: wall ${fmt(ours.wall / summary[2].wall, 2)}×, CPU ${fmt(ours.cpu / summary[2].cpu, 2)}×`);
  if (theirs.detail) console.log(`ruff inside its process: WASM load ${fmt(theirs.detail.loadMs)} ms, checking ${fmt(theirs.detail.checkMs)} ms (last run)`);
}
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
console.log(`\nCommit ${commit}. 1-minute load average during the run: ${fmt(Math.min(...loads), 2)}–${fmt(Math.max(...loads), 2)}.`);
fs.rmSync(outputs, { recursive: true, force: true });
