// The `eslint` CLI on a real code base from npm (the MongoDB Node.js driver's TypeScript sources,
// which its package ships with its tsconfig.json): Asyncwise's presets against typescript-eslint's
// type-checked async rules + eslint-plugin-n's no-sync + ESLint's no-await-in-loop, on the same files
// in the same run, with and without worker threads. Prints files/s and peak memory (/usr/bin/time -v).
//
// Usage: node bench/eslint-cli/run.mjs [--runs=3] [--concurrency=off,auto,2] [--configs=a,b] [--workdir=<dir>]
// The work folder (default: <tmp>/asyncwise-eslint-cli-bench) is kept; a second run reuses its install.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(option('runs', '3'));
const concurrencies = option('concurrency', 'off,auto,2').split(',');
const workDir = path.resolve(option('workdir', path.join(os.tmpdir(), 'asyncwise-eslint-cli-bench')));
const TIME = '/usr/bin/time';

/** The code base, and the plugin the baseline borrows no-sync from. */
const CODE_BASE = { name: 'mongodb', version: '7.9.0', sources: 'src' };
const ESLINT_PLUGIN_N = 'eslint-plugin-n@18.5.0';

const typedParser = `languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } }`;
const imports = `import tseslint from 'typescript-eslint';\nimport asyncwise from 'eslint-plugin-asyncwise';\nimport n from 'eslint-plugin-n';\n`;
const CONFIGS = {
  'asyncwise-recommended': {
    label: 'asyncwise recommended (no types)',
    body: `{ files: ['**/*.ts'], ...asyncwise.configs.recommended, languageOptions: { parser: tseslint.parser } }`,
  },
  'asyncwise-typed': {
    label: 'asyncwise recommended-type-checked',
    body: `{ files: ['**/*.ts'], ...asyncwise.configs['recommended-type-checked'], ${typedParser} }`,
  },
  baseline: {
    label: 'tseslint async rules + n/no-sync + no-await-in-loop',
    body: `{ files: ['**/*.ts'], plugins: { '@typescript-eslint': tseslint.plugin, n }, ${typedParser}, rules: {
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/no-misused-promises': 'error',
    '@typescript-eslint/await-thenable': 'error',
    'require-await': 'off',
    '@typescript-eslint/require-await': 'error',
    'n/no-sync': 'error',
    'no-await-in-loop': 'error',
  } }`,
  },
  'types-only': {
    label: 'floor: parse with types, no rules',
    body: `{ files: ['**/*.ts'], ${typedParser} }`,
  },
};
const configIds = option('configs', Object.keys(CONFIGS).join(',')).split(',');

/** Runs a command; resolves with its exit code and output. */
function exec(command, args, cwd, { quiet = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; if (!quiet) process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function must(command, args, cwd) {
  const result = await exec(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result;
}

/** Packs the plugin as it is published and installs it, ESLint, typescript-eslint and the code base. */
async function setUp() {
  await fsp.mkdir(workDir, { recursive: true });
  const packageDir = path.join(workDir, 'package');
  await must(process.execPath, ['scripts/build.mjs', '--only=plugin', '--quiet', `--plugin-outdir=${packageDir}`], root);
  const [packed] = JSON.parse((await must('npm', ['pack', packageDir, '--json', '--pack-destination', workDir], workDir)).stdout);
  const devDependencies = JSON.parse(await fsp.readFile(path.join(root, 'package.json'), 'utf8')).devDependencies;
  const pinned = ['eslint', 'typescript-eslint', 'typescript', '@types/node'].map((name) => `${name}@${devDependencies[name]}`);
  await fsp.writeFile(path.join(workDir, 'package.json'), '{ "name": "eslint-cli-bench", "private": true }\n');
  await must('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(workDir, packed.filename),
    ...pinned, ESLINT_PLUGIN_N, `${CODE_BASE.name}@${CODE_BASE.version}`], workDir);
  // Outside node_modules, which ESLint ignores; the package's own tsconfig.json types it.
  const project = path.join(workDir, 'project');
  await fsp.rm(project, { recursive: true, force: true });
  const installed = path.join(workDir, 'node_modules', CODE_BASE.name);
  await fsp.cp(path.join(installed, CODE_BASE.sources), path.join(project, CODE_BASE.sources), { recursive: true });
  await Promise.all([
    fsp.copyFile(path.join(installed, 'tsconfig.json'), path.join(project, 'tsconfig.json')),
    ...configIds.map((id) => fsp.writeFile(path.join(project, `${id}.config.mjs`), `${imports}\nexport default [\n  ${CONFIGS[id].body},\n];\n`)),
  ]);
  return project;
}

/** One `eslint` run under /usr/bin/time -v. */
async function lint(project, configId, concurrency) {
  const output = path.join(workDir, `result-${configId}-${concurrency}.json`);
  const started = performance.now();
  const result = await exec(TIME, ['-v', process.execPath, path.join(workDir, 'node_modules', 'eslint', 'bin', 'eslint.js'),
    // --no-inline-config: the code base's own eslint-disable comments would hide some findings of one
    // side and be reported as unused by the other.
    '-c', `${configId}.config.mjs`, '--no-inline-config', `--concurrency=${concurrency}`, '--format', 'json', '--output-file', output,
    CODE_BASE.sources], project);
  const seconds = (performance.now() - started) / 1000;
  if (result.code !== 0 && result.code !== 1) throw new Error(`eslint (${configId}, ${concurrency}) exited with ${result.code}:\n${result.stderr}`);
  const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN);
  const peakKb = field('Maximum resident set size \\(kbytes\\)');
  const cpuSeconds = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
  const results = JSON.parse(await fsp.readFile(output, 'utf8'));
  const byRule = {};
  for (const message of results.flatMap((file) => file.messages)) byRule[message.ruleId ?? 'fatal'] = (byRule[message.ruleId ?? 'fatal'] ?? 0) + 1;
  const warnings = result.stderr.split('\n').filter((line) => /warn/i.test(line) && !/Unknown user config/.test(line));
  return { seconds, cpuSeconds, peakMb: peakKb / 1024, files: results.length, byRule, warnings };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(' / ');

if (!fs.existsSync(TIME)) throw new Error(`${TIME} is needed for peak memory (Debian: apt-get install time)`);
const project = await setUp();
const lines = (await exec('sh', ['-c', `find ${CODE_BASE.sources} -name '*.ts' | xargs cat | wc -l`], project)).stdout.trim();
const header = `${CODE_BASE.name}@${CODE_BASE.version} ${CODE_BASE.sources}/ (${lines} lines of TypeScript) · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · `
  + `${os.availableParallelism()} cores · node ${process.version} · load before ${loadAverage()}`;
console.log(header);

// Round-robin so that a burst of load from the machine's other users hits every cell alike.
const samples = new Map();
for (let run = 1; run <= runs; run++) {
  for (const configId of configIds) {
    for (const concurrency of concurrencies) {
      const sample = await lint(project, configId, concurrency);
      const key = `${configId}|${concurrency}`;
      samples.set(key, [...(samples.get(key) ?? []), sample]);
      console.log(`  run ${run}/${runs} ${configId} --concurrency=${concurrency}: ${sample.seconds.toFixed(1)} s, `
        + `CPU ${sample.cpuSeconds.toFixed(1)} s, ${sample.peakMb.toFixed(0)} MB, load ${loadAverage()}`);
    }
  }
}

// Wall time on a shared machine swings with the neighbours' load; the fastest run and the CPU time
// (user + system, all threads) move much less, so they are printed beside the median.
console.log(`\nload after ${loadAverage()}; ${runs} runs per cell: wall median and fastest, CPU median, peak memory the highest\n`);
console.log('| Config | --concurrency | Files | Wall s median (fastest) | Files/s (median, fastest) | CPU s | Files per CPU s | Peak RSS MB |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const configId of configIds) {
  for (const concurrency of concurrencies) {
    const cell = samples.get(`${configId}|${concurrency}`);
    const wall = median(cell.map((sample) => sample.seconds));
    const fastest = Math.min(...cell.map((sample) => sample.seconds));
    const cpu = median(cell.map((sample) => sample.cpuSeconds));
    const { files } = cell[0];
    console.log(`| ${CONFIGS[configId].label} | ${concurrency} | ${files} | ${wall.toFixed(1)} (${fastest.toFixed(1)}) | `
      + `${(files / wall).toFixed(1)}, ${(files / fastest).toFixed(1)} | ${cpu.toFixed(1)} | ${(files / cpu).toFixed(1)} | `
      + `${Math.max(...cell.map((sample) => sample.peakMb)).toFixed(0)} |`);
  }
}
console.log('\n| Config | Findings (same with every --concurrency) |');
console.log('| --- | --- |');
for (const configId of configIds) {
  const counts = new Set(concurrencies.map((concurrency) => JSON.stringify(samples.get(`${configId}|${concurrency}`)[0].byRule)));
  const findings = Object.entries(samples.get(`${configId}|${concurrencies[0]}`)[0].byRule).sort()
    .map(([rule, count]) => `${rule} ${count}`).join(', ') || 'none';
  console.log(`| ${CONFIGS[configId].label} | ${findings}${counts.size > 1 ? ' (DIFFERS between --concurrency values)' : ''} |`);
}
const warnings = [...new Set([...samples.values()].flat().flatMap((sample) => sample.warnings))];
if (warnings.length > 0) console.log(`\nESLint warned:\n${warnings.map((line) => `  ${line}`).join('\n')}`);
