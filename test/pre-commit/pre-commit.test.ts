// The pre-commit hook as a Python project gets it, run by the real pre-commit tool in a fresh git
// repository with the README's configs:
// - the hook of this repository (.pre-commit-hooks.yaml, `language: node`): pre-commit clones the
//   repository, runs `npm install` and `npm pack` in it and installs the tarball, so this test
//   hands it a snapshot of the working tree as a local git repository (what pre-commit would clone
//   from GitHub, without a network);
// - the lighter `repo: local` hook, with the packed `asyncwise` tarball as its dependency.
// npm answers from its cache where it can; skipped (with the reason) when pre-commit is not
// installed outside CI, or when npm cannot reach the registry for a package its cache lacks.
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import yaml from 'js-yaml';
import cliManifest from '../../cli/package.json';
import { buildAndPack, makeTempDir, type PackedPackage } from '../plugin-package/consumer-project';
import { yamlBlocks } from '../cli-package/readme-blocks';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const skip = !hasPreCommit && (process.env.CI === 'true' ? false : 'pre-commit is not installed (apt-get install pre-commit)');
const OFFLINE = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|EHOSTUNREACH)\b/;

const repoRoot = path.resolve('.');
const workDir = makeTempDir();
const hookRepo = path.join(workDir, 'asyncwise-repository');
const cacheDir = path.join(workDir, 'pre-commit-cache');

interface PreCommitConfig { repos: { repo: string; rev?: string; hooks: Record<string, unknown>[] }[] }

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Asyncwise tests', '-c', 'user.email=tests@asyncwise.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

/** This repository as it is on disk (tracked and new files, nothing ignored), committed in a new git repository. */
function snapshotRepository(): string {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  for (const file of listed.split('\0').filter(Boolean)) {
    const source = path.join(repoRoot, file);
    if (!fs.existsSync(source)) continue;
    fs.mkdirSync(path.dirname(path.join(hookRepo, file)), { recursive: true });
    fs.copyFileSync(source, path.join(hookRepo, file));
  }
  git(hookRepo, 'init', '-q');
  git(hookRepo, 'add', '-A');
  git(hookRepo, 'commit', '-q', '-m', 'snapshot');
  return git(hookRepo, 'rev-parse', 'HEAD').trim();
}

/** A fresh git repository with a Python and a JavaScript file that have findings, one clean file, and `config`; everything staged. */
function userRepository(name: string, config: PreCommitConfig): string {
  const dir = path.join(workDir, name);
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'app', 'jobs.py'),
    'import asyncio\nimport time\n\n\nasync def refresh(cache):\n    time.sleep(1)\n    asyncio.create_task(cache.reload())\n');
  fs.writeFileSync(path.join(dir, 'app', 'report.js'),
    "const fs = require('node:fs');\n\nasync function report(file) {\n  return fs.readFileSync(file, 'utf8');\n}\n\nmodule.exports = { report };\n");
  fs.writeFileSync(path.join(dir, 'app', 'clean.py'), 'import asyncio\n\n\nasync def pause():\n    await asyncio.sleep(1)\n');
  fs.writeFileSync(path.join(dir, '.pre-commit-config.yaml'), yaml.dump(config));
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  return dir;
}

interface HookRun { code: number; output: string }

function preCommit(cwd: string, ...args: string[]): Promise<HookRun> {
  return new Promise((resolve) => {
    execFile('pre-commit', ['run', ...args], {
      cwd,
      timeout: 540_000,
      maxBuffer: 64 * 1024 * 1024,
      // A cache of its own: the hook is installed afresh, as on a new machine. npm answers from its
      // own cache when it can.
      env: { ...process.env, PRE_COMMIT_HOME: cacheDir, NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' },
    }, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }));
  });
}

/** `file:line rule` for each finding the default report prints. */
function findingsOf(output: string): string[] {
  const findings: string[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    if (/^\S+\.(py|js)$/.test(line)) file = line;
    const finding = /^\s+(\d+):\d+\s+(?:error|warning)\s.*\s(asyncwise\/[\w-]+)$/.exec(line);
    if (finding) findings.push(`${file}:${finding[1]} ${finding[2]}`);
  }
  return findings.sort();
}

const EXPECTED = [
  'app/jobs.py:6 asyncwise/py-blocking-in-async',
  'app/jobs.py:7 asyncwise/py-dangling-task',
  'app/report.js:4 asyncwise/no-blocking-in-async',
];

/** Fails with pre-commit's output, or skips when npm could not reach the registry. */
function checkInstalled(t: TestContext, run: HookRun): boolean {
  if (run.code !== 0 && run.code !== 1) {
    if (OFFLINE.test(run.output)) {
      t.skip(`npm cannot reach the registry and its cache lacks a package; skipped`);
      return false;
    }
    assert.fail(`pre-commit exited with ${run.code}:\n${run.output}`);
  }
  return true;
}

describe('pre-commit runs Asyncwise in a fresh git repository', { skip, timeout: 900_000 }, () => {
  let packed: PackedPackage;
  let rev: string;

  before(async () => {
    rev = snapshotRepository();
    packed = await buildAndPack(workDir, 'cli-package');
  });
  after(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('the README\'s hook from this repository: fails the commit on the staged files\' findings, passes a clean file', async (t) => {
    const [config] = yamlBlocks('pre-commit') as PreCommitConfig[];
    assert.equal(config?.repos[0]?.repo, 'https://github.com/asyncwise/asyncwise');
    // Where pre-commit would clone from GitHub, the snapshot; the README's rev names a release tag.
    const dir = userRepository('python-project', { repos: [{ ...config.repos[0], repo: hookRepo, rev }] });
    const started = performance.now();
    const run = await preCommit(dir, '--all-files');
    t.diagnostic(`hook installed and run in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (!checkInstalled(t, run)) return;
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, /asyncwise\.+Failed/);
    assert.deepEqual(findingsOf(run.output), EXPECTED, run.output);
    const clean = await preCommit(dir, '--files', 'app/clean.py');
    assert.equal(clean.code, 0, clean.output);
    assert.match(clean.output, /asyncwise\.+Passed/);
  });

  it('the README\'s `repo: local` hook with the published package as its dependency', async (t) => {
    const [, config] = yamlBlocks('pre-commit') as PreCommitConfig[];
    const hook = config?.repos[0]?.hooks[0] as { additional_dependencies?: string[] } | undefined;
    assert.deepEqual(hook?.additional_dependencies, [`asyncwise@${cliManifest.version}`]);
    // The tarball stands in for the package on npm.
    const dir = userRepository('local-hook-project', { repos: [{ ...config!.repos[0]!, hooks: [{ ...hook, additional_dependencies: [packed.tarball] }] }] });
    const run = await preCommit(dir, '--all-files');
    if (!checkInstalled(t, run)) return;
    assert.equal(run.code, 1, run.output);
    assert.deepEqual(findingsOf(run.output), EXPECTED, run.output);
  });
});
