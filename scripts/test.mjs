// `npm test`: type-check, lint ourselves, build, the node:test suites (rules, engine, CLI, server
// over stdio, explainers) and the real-VS-Code suite. Ends with one line: `N passed, N failed`.
// Flags: --skip-e2e, --only=<stage,...> (typecheck, build, lint, unit, e2e),
// --filter=<text> (only the unit test files whose path contains <text>),
// --update-images (handed to scripts/run-e2e.mjs: the UI check copies its screenshots to images/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const filter = args.find((arg) => arg.startsWith('--filter='))?.slice('--filter='.length);
// One folder per run, so runs side by side do not delete each other's builds.
const testBuildDir = path.join(root, '.test-artifacts', `build-${process.pid}`);
const tally = { passed: 0, failed: 0 };
const timings = [];

/** Runs a command, echoing its output; resolves with the exit code and the captured stdout. */
function run(command, commandArgs, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], ...options });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

function findTests(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.test-artifacts', '.git', 'test-fixtures'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== path.join(root, 'test', 'e2e')) findTests(full, found);
    } else if (entry.name.endsWith('.test.ts')) found.push(full);
  }
  return found;
}

const stages = {
  typecheck: async () => (await run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])).code === 0,
  build: async () => (await run('node', ['scripts/build.mjs'])).code === 0,
  // After build: the lint config loads our own plugin from dist/.
  lint: async () => (await run('npx', ['eslint', '--max-warnings=0', '.'])).code === 0,
  unit: async () => {
    const tests = findTests(root).filter((file) => !filter || file.includes(filter));
    await fs.promises.rm(testBuildDir, { recursive: true, force: true });
    await esbuild.build({
      absWorkingDir: root, entryPoints: tests, outdir: testBuildDir, outbase: root, bundle: true, platform: 'node',
      target: 'node20', format: 'cjs', packages: 'external', loader: { '.md': 'text' }, sourcemap: 'inline', logLevel: 'warning',
    });
    const compiled = tests.map((file) => path.join(testBuildDir, path.relative(root, file)).replace(/\.ts$/, '.js'));
    const { code, stdout } = await run('node', ['--enable-source-maps', '--test', '--test-reporter=spec', ...compiled]);
    countNodeTests(stdout);
    await fs.promises.rm(testBuildDir, { recursive: true, force: true });
    return code === 0;
  },
  e2e: async () => {
    if (args.includes('--skip-e2e')) return skip('e2e', 'skipped by --skip-e2e');
    // run-e2e.mjs hands its own arguments on to the UI check, which reads --update-images.
    const forwarded = args.filter((arg) => arg === '--update-images');
    const { code, stdout } = await run('node', ['scripts/run-e2e.mjs', ...forwarded]);
    if (code === 3 && process.env.CI !== 'true') return skip('e2e', 'real VS Code not installed (run scripts/setup-vscode-e2e.sh)');
    countMochaTests(stdout);
    return code === 0;
  },
};

function skip(stage, why) {
  console.log(`\n-- ${stage}: ${why}`);
  return 'skipped';
}

function countNodeTests(output) {
  tally.passed += Number(/^ℹ pass (\d+)/m.exec(output)?.[1] ?? 0);
  tally.failed += Number(/^ℹ fail (\d+)/m.exec(output)?.[1] ?? 0);
}

/** The mocha suite and the UI check each print `N passing` / `N failing`. */
function countMochaTests(output) {
  for (const match of output.matchAll(/(\d+) passing/g)) tally.passed += Number(match[1]);
  for (const match of output.matchAll(/(\d+) failing/g)) tally.failed += Number(match[1]);
}

let failedStages = 0;
for (const [name, stage] of Object.entries(stages)) {
  if (only && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  const started = performance.now();
  const result = await stage();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${name} ${seconds}s${result === 'skipped' ? ' (skipped)' : ''}`);
  if (result === false) {
    failedStages += 1;
    console.log(`-- ${name} FAILED`);
    // Type errors, lint errors and build failures count as one failed check each.
    if (name !== 'unit' && name !== 'e2e') tally.failed += 1;
  } else if (result === true && name !== 'unit' && name !== 'e2e') {
    tally.passed += 1;
  }
}
console.log(`\nstages: ${timings.join(', ')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(failedStages === 0 && tally.failed === 0 ? 0 : 1);
