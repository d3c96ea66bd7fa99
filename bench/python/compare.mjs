#!/usr/bin/env node
// Python asyncio on real code: Asyncwise's Python rules next to ruff (ASYNC*, RUF006, UP041,
// PLE1142) and pyright (reportUnusedCoroutine), on the sources of async-heavy Debian packages.
// Findings per tool and rule, file:line lists, time per file, and (through judgements.md)
// precision of every tool and recall against the hand-made reference list.
//
//   node bench/python/compare.mjs [--only=aiohttp,httpx] [--skip=pyright,ruff,asyncwise]
//                                 [--ruff-reps=5] [--pyright-reps=1] [--no-install] [--cli=dist/cli.js]
//
// Writes .test-artifacts/python-compare/report.{json,md}. See README.md beside this file.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const OUT = path.join(ROOT, '.test-artifacts', 'python-compare');
const DIST_PACKAGES = '/usr/lib/python3/dist-packages';

/** The code bases: Debian packages whose pure-Python sources are linted. */
const CODE_BASES = [
  { name: 'aiohttp', apt: 'python3-aiohttp' },
  { name: 'httpx', apt: 'python3-httpx' },
  { name: 'asyncpg', apt: 'python3-asyncpg' },
  { name: 'starlette', apt: 'python3-starlette' },
  { name: 'aiosqlite', apt: 'python3-aiosqlite' },
  { name: 'websockets', apt: 'python3-websockets' },
  { name: 'anyio', apt: 'python3-anyio' },
  { name: 'uvicorn', apt: 'python3-uvicorn' },
];

/** Ruff rules selected: flake8-async, the dangling-task rule, the TimeoutError alias and await outside async. */
const RUFF_SELECT = ['ASYNC', 'RUF006', 'UP041', 'PLE1142'];

/** Which competitor codes answer the same question as each of our rules (none: only we look). */
const RULE_MAP = {
  'py-unawaited-coroutine': ['pyright:reportUnusedCoroutine'],
  'py-dangling-task': ['ruff:RUF006'],
  'py-blocking-in-async': ['ruff:ASYNC210', 'ruff:ASYNC212', 'ruff:ASYNC220', 'ruff:ASYNC221', 'ruff:ASYNC222',
    'ruff:ASYNC230', 'ruff:ASYNC240', 'ruff:ASYNC250', 'ruff:ASYNC251'],
  'py-prefer-gather': [],
  'py-shared-connection': [],
  'py-session-per-call': [],
  'py-get-running-loop': [],
  'py-timeout-error': ['ruff:UP041'],
  'py-await-outside-async': ['ruff:PLE1142', 'pyright:await-outside-async'],
};

// ---------------------------------------------------------------------------------------------
// Options

const args = Object.fromEntries(process.argv.slice(2).map((arg) => {
  const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
  if (!match) fail(`unknown argument ${arg}`);
  return [match[1], match[2] ?? true];
}));
const known = new Set(['only', 'skip', 'ruff-reps', 'pyright-reps', 'no-install', 'cli', 'help']);
for (const key of Object.keys(args)) if (!known.has(key)) fail(`unknown option --${key}`);
if (args.help) {
  process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 10).join('\n') + '\n');
  process.exit(0);
}
const only = typeof args.only === 'string' ? new Set(args.only.split(',')) : undefined;
const skip = new Set(typeof args.skip === 'string' ? args.skip.split(',') : []);
const ruffReps = Math.max(1, Number(args['ruff-reps'] ?? 5));
const pyrightReps = Math.max(1, Number(args['pyright-reps'] ?? 1));
const codeBases = CODE_BASES.filter((base) => !only || only.has(base.name));
if (codeBases.length === 0) fail(`--only matches no code base (have ${CODE_BASES.map((b) => b.name).join(', ')})`);

function fail(message) {
  process.stderr.write(`compare.mjs: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// What the run needs: the Debian packages and the competitors in bench/python/node_modules

ensureCodeBases();
ensureTools();

function ensureCodeBases() {
  const missing = codeBases.filter((base) => !fs.existsSync(path.join(DIST_PACKAGES, base.name)));
  if (missing.length === 0) return;
  const command = ['apt-get', 'install', '-y', ...missing.map((base) => base.apt)];
  if (process.getuid?.() !== 0) {
    fail(`missing code bases: ${missing.map((b) => b.name).join(', ')}. Install them with:\n  sudo ${command.join(' ')}`);
  }
  process.stderr.write(`Installing the missing code bases: ${command.join(' ')}\n`);
  const run = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = missing.filter((base) => !fs.existsSync(path.join(DIST_PACKAGES, base.name)));
  if (run.status !== 0 || still.length > 0) {
    fail(`could not install ${still.map((b) => b.apt).join(' ') || 'the packages'} (apt-get exit ${run.status}). Run:\n  apt-get update && ${command.join(' ')}`);
  }
}

function ensureTools() {
  const manifest = JSON.parse(fs.readFileSync(path.join(HERE, 'package.json'), 'utf8'));
  const installed = Object.entries(manifest.dependencies).every(([name, version]) => {
    const file = path.join(HERE, 'node_modules', name, 'package.json');
    return fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).version === version;
  });
  if (installed) return;
  if (args['no-install']) fail('the competitors are not installed: run  npm ci --prefix bench/python');
  process.stderr.write('Installing the competitors: npm ci --prefix bench/python\n');
  const run = spawnSync('npm', ['ci', '--prefix', HERE, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (run.status !== 0) fail('npm ci --prefix bench/python failed');
}

// ---------------------------------------------------------------------------------------------
// Helpers

function listPythonFiles(folder) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === '__pycache__' || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.py')) files.push(full);
    }
  };
  walk(folder);
  return files;
}

const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const sum = (values) => values.reduce((a, b) => a + b, 0);
const ms = (value) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)) : '–');
const rel = (file) => path.relative(DIST_PACKAGES, file);

function debVersion(apt) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', apt], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** A finding: { tool, rule, file (relative to dist-packages), line (1-based), message }. */
const key = (finding) => `${finding.file}:${finding.line}`;
/** A finding covers a judged line when it is on its file and its first..last line span that line. */
const covers = (finding, file, line) => finding.file === file && finding.line <= line && line <= (finding.endLine ?? finding.line);

// ---------------------------------------------------------------------------------------------
// ruff (WASM, in process)

async function loadRuff() {
  const entry = path.join(HERE, 'node_modules', '@astral-sh', 'ruff-wasm-nodejs', 'ruff_wasm.js');
  const started = performance.now();
  const ruff = await import(pathToFileURL(entry).href);
  // Preview must stay off: with preview on, this build reports rule names instead of codes.
  const workspace = new ruff.Workspace(
    { 'target-version': 'py311', lint: { select: RUFF_SELECT, preview: false } },
    ruff.PositionEncoding.Utf16,
  );
  workspace.check('async def warm_up():\n    import time\n    time.sleep(1)\n');
  return { workspace, version: ruff.Workspace.version(), setupMs: performance.now() - started };
}

function runRuff(ruff, files) {
  // Passes over the whole code base, each file's figure the best of its passes: V8 tiers WASM up
  // while it runs, so the first pass over a code base is slower (reported as firstPassMs).
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  const perFile = files.map(() => Infinity);
  const passes = [];
  let diagnostics = [];
  for (let pass = 0; pass < ruffReps; pass++) {
    const passStart = performance.now();
    diagnostics = texts.map((text, index) => {
      const t0 = performance.now();
      const result = ruff.workspace.check(text);
      perFile[index] = Math.min(perFile[index], performance.now() - t0);
      return result;
    });
    passes.push(performance.now() - passStart);
  }
  const findings = files.flatMap((file, index) => diagnostics[index].map((d) => ({
    tool: 'ruff', rule: d.code ?? 'unknown', file: rel(file), line: d.start_location.row, endLine: d.end_location.row, message: d.message,
  })));
  return {
    findings,
    timing: {
      wallMs: Math.min(...passes), firstPassMs: passes[0], medianMs: median(perFile), meanMs: sum(perFile) / files.length,
      note: `in process; ${ruffReps} passes over the code base, each file its best pass`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// pyright (CLI, whole folder)

const PYRIGHT = path.join(HERE, 'node_modules', 'pyright', 'index.js');

function pyrightRuleNames() {
  const bundle = fs.readFileSync(path.join(HERE, 'node_modules', 'pyright', 'dist', 'pyright-internal.js'), 'utf8');
  return [...new Set(bundle.match(/"report[A-Z][A-Za-z]+"/g).map((name) => name.slice(1, -1)))].sort();
}

function pyrightConfig(folder, configDir) {
  // Every rule off but reportUnusedCoroutine, on top of the basic mode. Paths in "include" must be
  // relative to the config file: pyright ignores absolute ones.
  const config = { include: [path.relative(configDir, folder)], pythonVersion: '3.11', pythonPlatform: 'Linux', typeCheckingMode: 'basic' };
  for (const rule of pyrightRuleNames()) config[rule] = 'none';
  config.reportUnusedCoroutine = 'error';
  fs.mkdirSync(configDir, { recursive: true });
  fs.writeFileSync(path.join(configDir, 'pyrightconfig.json'), JSON.stringify(config, null, 2));
  return path.join(configDir, 'pyrightconfig.json');
}

function runPyright(folder, configDir) {
  const config = pyrightConfig(folder, configDir);
  let best = Infinity;
  let output;
  for (let rep = 0; rep < pyrightReps; rep++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [PYRIGHT, '--outputjson', '-p', config], { encoding: 'utf8', maxBuffer: 1 << 28 });
    best = Math.min(best, performance.now() - t0);
    if (run.status !== 0 && run.status !== 1) throw new Error(`pyright exited ${run.status}: ${run.stderr || run.stdout.slice(0, 2000)}`);
    output = JSON.parse(run.stdout);
  }
  const findings = [];
  const others = {};
  for (const d of output.generalDiagnostics) {
    const line = d.range.start.line + 1;
    const finding = { tool: 'pyright', file: rel(d.file), line, message: d.message };
    if (d.rule === 'reportUnusedCoroutine') findings.push({ ...finding, rule: 'reportUnusedCoroutine' });
    else if (/"await" allowed only within async function/.test(d.message)) findings.push({ ...finding, rule: 'await-outside-async' });
    else others[d.rule ?? d.severity] = (others[d.rule ?? d.severity] ?? 0) + 1;
  }
  return { findings, others, filesAnalyzed: output.summary.filesAnalyzed, wallMs: best };
}

// ---------------------------------------------------------------------------------------------
// Asyncwise (the built CLI over the folder)

const OUR_CLI = typeof args.cli === 'string' ? path.resolve(args.cli) : path.join(ROOT, 'dist', 'cli.js');

function runAsyncwise(folder, outFile) {
  if (!fs.existsSync(OUR_CLI)) return { skipped: `${path.relative(ROOT, OUR_CLI)} is missing: run \`npm run build\` in the repository root first` };
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [OUR_CLI, folder, '--format', 'json', '--output-file', outFile], {
    encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, INIT_CWD: ROOT },
  });
  const wallMs = performance.now() - t0;
  if (run.status !== 0 && run.status !== 1) return { skipped: `dist/cli.js exited ${run.status}: ${(run.stderr || '').trim().split('\n').slice(0, 5).join(' | ')}` };
  const results = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  const python = results.filter((result) => result.filePath.endsWith('.py'));
  if (python.length === 0) return { skipped: 'dist/cli.js does not lint .py files yet (no .py file in its results)' };
  const findings = [];
  const fatal = [];
  for (const result of python) {
    for (const m of result.messages) {
      if (m.fatal || !m.ruleId) fatal.push({ file: rel(result.filePath), line: m.line, message: m.message });
      else findings.push({ tool: 'asyncwise', rule: m.ruleId.replace(/^asyncwise\//, ''), file: rel(result.filePath), line: m.line, endLine: m.endLine ?? m.line, message: m.message });
    }
  }
  return { findings, fatal, filesLinted: python.length, wallMs };
}

/** Fixed cost of a CLI (process start, loading, builtins) measured on a one-file folder. */
function startupCosts(skipPyright, skipOurs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-py-startup-'));
  const folder = path.join(dir, 'tiny');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'tiny.py'), 'import asyncio\n\n\nasync def main() -> None:\n    await asyncio.sleep(0)\n');
  const costs = {};
  if (!skipPyright) costs.pyright = Math.min(...[0, 1].map(() => runPyright(folder, path.join(dir, 'pyright')).wallMs));
  if (!skipOurs) {
    const ours = [0, 1].map(() => runAsyncwise(folder, path.join(dir, 'out.json')));
    if (!ours[0].skipped) costs.asyncwise = Math.min(...ours.map((r) => r.wallMs));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return costs;
}

// ---------------------------------------------------------------------------------------------
// judgements.md: verdicts on the competitors' findings and the reference list of real bugs

function loadJudgements() {
  const file = path.join(HERE, 'judgements.md');
  const verdicts = new Map(); // `${tool}|${rule}|${file}:${line}` -> { verdict, reason }
  const reference = []; // { file, line, rule, kind, reason }: real bugs for our rules
  const notBugs = new Map(); // `${ourRule}|${file}:${line}` -> { verdict, reason }
  const versions = {};
  if (!fs.existsSync(file)) return { verdicts, reference, notBugs, versions };
  let section = '';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).toLowerCase();
    const version = /^- `(python3-[\w-]+)` (\S+)/.exec(line);
    if (version) versions[version[1]] = version[2];
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim().replace(/^`|`$/g, ''));
    if (section.startsWith('competitor findings') && cells.length >= 5 && /:\d+$/.test(cells[1])) {
      const [tool, location, rule, verdict, reason] = cells;
      verdicts.set(`${tool}|${rule}|${location}`, { verdict: verdict.toLowerCase(), reason });
    } else if (section.startsWith('reference') && cells.length >= 4 && /:\d+$/.test(cells[0])) {
      const [location, rule, kind, reason] = cells;
      const at = location.lastIndexOf(':');
      reference.push({ file: location.slice(0, at), line: Number(location.slice(at + 1)), rule, kind, reason });
    } else if (section.startsWith('checked, not bugs') && cells.length >= 4 && /:\d+$/.test(cells[0])) {
      const [location, rule, verdict, reason] = cells;
      notBugs.set(`${rule}|${location}`, { verdict: verdict.toLowerCase(), reason });
    }
  }
  return { verdicts, reference, notBugs, versions };
}

/** The verdict on a finding: competitors from their table; ours from the reference and "not bugs" lists. */
const verdictOf = (judgements, finding) => {
  if (finding.tool !== 'asyncwise') return judgements.verdicts.get(`${finding.tool}|${finding.rule}|${key(finding)}`);
  const bug = judgements.reference.find((entry) => entry.rule === finding.rule && covers(finding, entry.file, entry.line));
  if (bug) return { verdict: 'real', reason: `${bug.kind}: ${bug.reason}` };
  for (let line = finding.line; line <= (finding.endLine ?? finding.line); line++) {
    const judged = judgements.notBugs.get(`${finding.rule}|${finding.file}:${line}`);
    if (judged) return judged;
  }
  return undefined;
};

/** The real bugs for one of our rules: reference entries plus competitor findings judged real. */
function realBugs(judgements, baseName, ourRule, competitorFindings) {
  const bugs = new Map();
  for (const entry of judgements.reference) {
    if (entry.rule === ourRule && entry.file.split('/')[0] === baseName) bugs.set(key(entry), { ...entry, source: 'reference' });
  }
  for (const finding of competitorFindings) {
    if (!RULE_MAP[ourRule].includes(`${finding.tool}:${finding.rule}`)) continue;
    if (verdictOf(judgements, finding)?.verdict === 'real' && !bugs.has(key(finding))) bugs.set(key(finding), { ...finding, source: `${finding.tool} ${finding.rule}` });
  }
  return [...bugs.values()];
}

// ---------------------------------------------------------------------------------------------
// Run

const judgements = loadJudgements();
fs.mkdirSync(OUT, { recursive: true });

const ruff = skip.has('ruff') ? undefined : await loadRuff();
const pyrightVersion = skip.has('pyright') ? undefined : JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', 'pyright', 'package.json'), 'utf8')).version;
process.stderr.write('Measuring CLI start-up on a one-file folder...\n');
const startup = startupCosts(skip.has('pyright'), skip.has('asyncwise'));

const report = {
  date: new Date().toISOString(),
  commit: spawnSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  loadAverage: os.loadavg().map((v) => v.toFixed(2)).join(' '),
  tools: { ruff: ruff ? `${ruff.version} (@astral-sh/ruff-wasm-nodejs), select ${RUFF_SELECT.join(',')}, target py311` : 'skipped', pyright: pyrightVersion ?? 'skipped' },
  asyncwiseCli: fs.existsSync(OUR_CLI) ? `${path.relative(ROOT, OUR_CLI)}, built ${fs.statSync(OUR_CLI).mtime.toISOString()}` : 'missing',
  ruffSetupMs: ruff?.setupMs,
  startupMs: startup,
  codeBases: [],
};

for (const base of codeBases) {
  const folder = path.join(DIST_PACKAGES, base.name);
  const files = listPythonFiles(folder);
  const lines = sum(files.map((file) => fs.readFileSync(file, 'utf8').split('\n').length - 1));
  const version = debVersion(base.apt);
  const judgedVersion = judgements.versions[base.apt];
  if (judgedVersion && judgedVersion !== version) {
    process.stderr.write(`warning: ${base.apt} is ${version} but judgements.md was written for ${judgedVersion}; line numbers may not match\n`);
  }
  process.stderr.write(`${base.name} ${version}: ${files.length} files, ${lines} lines\n`);
  const entry = { name: base.name, apt: base.apt, version, judgedVersion, files: files.length, lines, tools: {} };

  if (ruff) {
    const result = runRuff(ruff, files);
    entry.tools.ruff = { ...result.timing, findings: result.findings };
  }
  if (!skip.has('pyright')) {
    const result = runPyright(folder, path.join(OUT, 'pyright', base.name));
    const perFile = result.wallMs / files.length;
    const perFileNet = startup.pyright === undefined ? NaN : Math.max(0, result.wallMs - startup.pyright) / files.length;
    entry.tools.pyright = { wallMs: result.wallMs, perFileMs: perFile, perFileNetMs: perFileNet, filesAnalyzed: result.filesAnalyzed, otherDiagnostics: result.others,
      note: 'whole-folder CLI run; per file = total / files (net: minus the one-file start-up)', findings: result.findings };
  }
  if (!skip.has('asyncwise')) {
    const result = runAsyncwise(folder, path.join(OUT, `asyncwise-${base.name}.json`));
    if (result.skipped) {
      entry.tools.asyncwise = { skipped: result.skipped };
      process.stderr.write(`  asyncwise skipped: ${result.skipped}\n`);
    } else {
      const perFileNet = startup.asyncwise === undefined ? NaN : Math.max(0, result.wallMs - startup.asyncwise) / files.length;
      entry.tools.asyncwise = { wallMs: result.wallMs, perFileMs: result.wallMs / files.length, perFileNetMs: perFileNet, filesLinted: result.filesLinted,
        fatal: result.fatal, note: 'whole-folder CLI run (dist/cli.js --format json); per file = total / files (net: minus the one-file start-up)', findings: result.findings };
    }
  }

  // Precision per tool (from the verdicts) and recall of every tool per our rule.
  const all = Object.values(entry.tools).flatMap((tool) => tool.findings ?? []);
  for (const tool of Object.values(entry.tools)) {
    if (!tool.findings) continue;
    for (const finding of tool.findings) finding.verdict = verdictOf(judgements, finding)?.verdict ?? 'unjudged';
    tool.verdicts = { real: 0, style: 0, false: 0, unjudged: 0 };
    for (const finding of tool.findings) tool.verdicts[finding.verdict] = (tool.verdicts[finding.verdict] ?? 0) + 1;
    tool.byRule = {};
    for (const finding of tool.findings) tool.byRule[finding.rule] = (tool.byRule[finding.rule] ?? 0) + 1;
  }
  const competitorFindings = all.filter((finding) => finding.tool !== 'asyncwise');
  entry.recall = {};
  for (const ourRule of Object.keys(RULE_MAP)) {
    const bugs = realBugs(judgements, base.name, ourRule, competitorFindings);
    if (bugs.length === 0) continue;
    const found = (tool) => {
      // A competitor without a rule for this question gets no figure rather than a zero.
      if (tool !== 'asyncwise' && !RULE_MAP[ourRule].some((code) => code.startsWith(`${tool}:`))) return undefined;
      const mine = all.filter((f) => f.tool === tool && (tool === 'asyncwise' ? f.rule === ourRule : RULE_MAP[ourRule].includes(`${tool}:${f.rule}`)));
      return bugs.filter((bug) => mine.some((f) => covers(f, bug.file, bug.line))).length;
    };
    entry.recall[ourRule] = {
      bugs: bugs.map((bug) => `${key(bug)} (${bug.source})`),
      located: bugs.map((bug) => ({ file: bug.file, line: bug.line })),
      ruff: entry.tools.ruff ? found('ruff') ?? 'no rule' : undefined,
      pyright: entry.tools.pyright ? found('pyright') ?? 'no rule' : undefined,
      asyncwise: entry.tools.asyncwise?.findings ? found('asyncwise') : undefined,
    };
  }
  // Our findings at a competitor finding judged real count as real too.
  const ours = entry.tools.asyncwise?.findings;
  if (ours) {
    for (const finding of ours) {
      if (finding.verdict !== 'unjudged') continue;
      if (entry.recall[finding.rule]?.located.some((bug) => covers(finding, bug.file, bug.line))) finding.verdict = 'real';
    }
    entry.tools.asyncwise.verdicts = { real: 0, style: 0, false: 0, unjudged: 0 };
    for (const finding of ours) entry.tools.asyncwise.verdicts[finding.verdict] += 1;
  }
  report.codeBases.push(entry);
}

fs.writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2));
fs.writeFileSync(path.join(OUT, 'report.md'), toMarkdown(report));
process.stdout.write(summaryTable(report));
process.stdout.write(`\nReport: ${path.relative(process.cwd(), path.join(OUT, 'report.md'))} (and report.json)\n`);

// ---------------------------------------------------------------------------------------------
// Output

function summaryTable(report) {
  const rows = [];
  const header = '| code base | files | lines | ruff median ms/file | ruff mean ms/file | ruff first pass ms/file | pyright ms/file (net) | asyncwise ms/file (net) | asyncwise net ÷ ruff mean | asyncwise net ÷ pyright net | pyright net ÷ ruff mean |';
  rows.push(header, `|${header.split('|').slice(1, -1).map(() => ' --- ').join('|')}|`);
  const ratio = (a, b, digits) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(digits) : '–');
  const t = { files: 0, lines: 0, ruff: 0, ruffFirst: 0, pyright: 0, pyrightNet: 0, ours: 0, oursNet: 0, ruffRan: false, pyrightRan: false, oursRan: false };
  for (const base of report.codeBases) {
    const { ruff, pyright, asyncwise } = base.tools;
    const ours = asyncwise?.findings ? asyncwise : undefined;
    rows.push(`| ${base.name} ${base.version} | ${base.files} | ${base.lines} | ${ms(ruff?.medianMs)} | ${ms(ruff?.meanMs)} | ${ms(ruff ? ruff.firstPassMs / base.files : NaN)} | ${pyright ? `${ms(pyright.perFileMs)} (${ms(pyright.perFileNetMs)})` : '–'} | ${ours ? `${ms(ours.perFileMs)} (${ms(ours.perFileNetMs)})` : 'skipped'} | ${ratio(ours?.perFileNetMs, ruff?.meanMs, 1)} | ${ratio(ours?.perFileNetMs, pyright?.perFileNetMs, 2)} | ${ratio(pyright?.perFileNetMs, ruff?.meanMs, 0)} |`);
    t.files += base.files;
    t.lines += base.lines;
    if (ruff) { t.ruffRan = true; t.ruff += ruff.meanMs * base.files; t.ruffFirst += ruff.firstPassMs; }
    if (pyright) { t.pyrightRan = true; t.pyright += pyright.wallMs; t.pyrightNet += pyright.perFileNetMs * base.files; }
    if (ours) { t.oursRan = true; t.ours += ours.wallMs; t.oursNet += ours.perFileNetMs * base.files; }
  }
  const per = (ran, total) => (ran ? total / t.files : NaN);
  const [ruffAll, pyAll, pyNetAll, oursAll, oursNetAll] = [per(t.ruffRan, t.ruff), per(t.pyrightRan, t.pyright), per(t.pyrightRan, t.pyrightNet), per(t.oursRan, t.ours), per(t.oursRan, t.oursNet)];
  rows.push(`| **all** | ${t.files} | ${t.lines} | | ${ms(ruffAll)} | ${ms(per(t.ruffRan, t.ruffFirst))} | ${t.pyrightRan ? `${ms(pyAll)} (${ms(pyNetAll)})` : '–'} | ${t.oursRan ? `${ms(oursAll)} (${ms(oursNetAll)})` : 'skipped'} | ${ratio(oursNetAll, ruffAll, 1)} | ${ratio(oursNetAll, pyNetAll, 2)} | ${ratio(pyNetAll, ruffAll, 0)} |`);

  const findings = ['', '| code base | tool | findings by rule | real / style / false / unjudged |', '| --- | --- | --- | --- |'];
  for (const base of report.codeBases) {
    for (const [name, tool] of Object.entries(base.tools)) {
      if (!tool.findings) { findings.push(`| ${base.name} | ${name} | skipped: ${tool.skipped} | |`); continue; }
      const byRule = Object.entries(tool.byRule).sort().map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none';
      const v = tool.verdicts;
      findings.push(`| ${base.name} | ${name} | ${byRule} | ${v.real} / ${v.style} / ${v.false} / ${v.unjudged} |`);
    }
  }
  const recall = ['', '| code base | our rule | real bugs known | ruff | pyright | asyncwise |', '| --- | --- | --- | --- | --- | --- |'];
  const byRule = {};
  for (const base of report.codeBases) {
    for (const [rule, r] of Object.entries(base.recall)) {
      recall.push(`| ${base.name} | ${rule} | ${r.bugs.length} | ${r.ruff ?? '–'} | ${r.pyright ?? '–'} | ${r.asyncwise ?? '–'} |`);
      const total = (byRule[rule] ??= { bugs: 0 });
      total.bugs += r.bugs.length;
      for (const tool of ['ruff', 'pyright', 'asyncwise']) {
        if (typeof r[tool] === 'number') total[tool] = (total[tool] ?? 0) + r[tool];
        else if (r[tool] !== undefined) total[tool] ??= r[tool];
      }
    }
  }
  for (const [rule, total] of Object.entries(byRule).sort()) {
    recall.push(`| **all** | ${rule} | ${total.bugs} | ${total.ruff ?? '–'} | ${total.pyright ?? '–'} | ${total.asyncwise ?? '–'} |`);
  }
  return [...rows, ...findings, ...recall].join('\n') + '\n';
}

function toMarkdown(report) {
  const out = [];
  out.push('# Python asyncio: Asyncwise, ruff and pyright on real code', '');
  out.push(`${report.date}, commit ${report.commit}, ${report.machine}, load average at the end ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}.`, '');
  out.push(`- ruff: ${report.tools.ruff}; WASM load and first check ${ms(report.ruffSetupMs)} ms (not in the per-file figures)`);
  out.push(`- pyright: ${report.tools.pyright}; reportUnusedCoroutine only (basic mode, every other report* rule off); plus "await" outside async (a syntax error, no rule)`);
  out.push(`- asyncwise: ${report.asyncwiseCli} (dist/ is not versioned: the commit above need not be what it was built from)`);
  out.push(`- start-up on a one-file folder: ${Object.entries(report.startupMs).map(([t, v]) => `${t} ${ms(v)} ms`).join(', ') || 'not measured'}`);
  out.push('', 'Times: ruff is timed per file in process (passes over each code base, each file its best pass; the first pass, where V8 is still tiering the WASM up, is shown apart); pyright and Asyncwise are whole-folder CLI runs, so their per-file figure is the total divided by the files, and "net" first subtracts the one-file start-up. The ratios compare the mean per file of ruff with the net figures of the CLIs.', '');
  out.push(summaryTable(report));
  out.push('', `Rules compared (our rule: competitor codes): ${Object.entries(RULE_MAP).map(([r, c]) => `${r}: ${c.join(', ') || 'none'}`).join('; ')}.`, '');
  for (const base of report.codeBases) {
    out.push(`## ${base.name} ${base.version} (${base.files} files, ${base.lines} lines)`, '');
    if (base.judgedVersion && base.judgedVersion !== base.version) out.push(`**judgements.md was written for ${base.judgedVersion}: line numbers may not match.**`, '');
    for (const [name, tool] of Object.entries(base.tools)) {
      if (!tool.findings) { out.push(`### ${name}: skipped`, '', tool.skipped, ''); continue; }
      out.push(`### ${name}: ${tool.findings.length} findings`, '');
      if (tool.otherDiagnostics && Object.keys(tool.otherDiagnostics).length) out.push(`Other diagnostics ignored: ${JSON.stringify(tool.otherDiagnostics)}`, '');
      if (tool.fatal?.length) out.push(`Parse errors: ${tool.fatal.map((f) => `${f.file}:${f.line} ${f.message}`).join('; ')}`, '');
      for (const finding of [...tool.findings].sort((a, b) => a.rule.localeCompare(b.rule) || a.file.localeCompare(b.file) || a.line - b.line)) {
        const reason = verdictOf(judgements, finding)?.reason;
        out.push(`- \`${finding.rule}\` ${key(finding)}: ${finding.message.split('\n')[0]} — **${finding.verdict}**${reason ? ` (${reason})` : ''}`);
      }
      out.push('');
    }
    if (Object.keys(base.recall).length) {
      out.push('### Known real bugs per rule', '');
      for (const [rule, r] of Object.entries(base.recall)) out.push(`- ${rule}: ${r.bugs.join(', ')}`);
      out.push('');
    }
  }
  return out.join('\n');
}
