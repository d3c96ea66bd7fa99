// A project of someone else's, on this machine: eslint-plugin-asyncwise built and packed the way it
// is published, installed from the tarball next to ESLint and typescript-eslint, with copies of
// test-fixtures to lint.
import { execFile } from 'node:child_process';
import type { TestContext } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readExpectations } from '../../engine/fixture-expectations';

const repoRoot = path.resolve('.');
const fixturesRoot = path.join(repoRoot, 'test-fixtures');
const TS_FILE = /\.[mc]?tsx?$/;
const JS_FILE = /\.[mc]?jsx?$/;

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; never throws, so callers can say what went wrong. */
export function run(command: string, args: string[], cwd: string, timeoutMs = 120_000): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: error && !stderr ? error.message : stderr });
    });
  });
}

export interface PackedPackage {
  tarball: string;
  /** Bytes of the .tgz, and of the files once unpacked. */
  size: number;
  unpackedSize: number;
  files: string[];
}

/** A package `scripts/build.mjs` builds (`plugin`: eslint-plugin-asyncwise, `cli-package`: asyncwise) into `dir`, then `npm pack` of it. */
export async function buildAndPack(dir: string, target: 'plugin' | 'cli-package' = 'plugin'): Promise<PackedPackage> {
  const packageDir = path.join(dir, 'package');
  const build = await run(process.execPath, ['scripts/build.mjs', `--only=${target}`, '--quiet', `--${target}-outdir=${packageDir}`], repoRoot);
  if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
  const pack = await run('npm', ['pack', packageDir, '--json', '--pack-destination', dir], dir);
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  if (!info) throw new Error(`npm pack printed no package:\n${pack.stdout}`);
  return {
    tarball: path.join(dir, info.filename),
    size: info.size,
    unpackedSize: info.unpackedSize,
    files: info.files.map((file) => file.path).sort(),
  };
}

/**
 * A test body that needs the installed project: it runs, or the test is skipped with the reason
 * `offline()` gives (npm could not reach the registry).
 */
export function withInstall(offline: () => string | undefined, body: (t: TestContext) => Promise<void>): (t: TestContext) => Promise<void> {
  return async (t) => {
    const reason = offline();
    if (reason) {
      t.skip(reason);
      return;
    }
    await body(t);
  };
}

/** The error codes npm reports when it cannot reach the registry. */
const OFFLINE = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/;

/** `name@version` as this repository's package.json pins each of `names`. */
export function pinnedDevDependencies(names: string[]): string[] {
  const devDependencies = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  }).devDependencies;
  return names.map((name) => `${name}@${devDependencies[name]}`);
}

/**
 * A fresh project in `projectDir` with `packages` installed (tarballs, `name@version`). Resolves
 * with the reason when npm cannot reach the registry (and the cache does not have everything);
 * throws on any other failure.
 */
export async function installInto(projectDir: string, packages: string[]): Promise<{ offline?: string }> {
  await fs.promises.mkdir(projectDir, { recursive: true });
  await fs.promises.writeFile(path.join(projectDir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
  const install = await run('npm', ['install', ...NPM_FLAGS, ...packages], projectDir, 180_000);
  if (install.code === 0) return {};
  // With a warm cache the install needs no network. When it failed, ask whether the registry can be
  // reached at all: npm reports a failed fetch as anything from ECONNREFUSED to an ERESOLVE about
  // `eslint@undefined`.
  const ping = await run('npm', ['ping', ...NPM_FLAGS], projectDir, 60_000);
  if (ping.code !== 0) {
    const reason = OFFLINE.exec(ping.stderr)?.[1] ?? 'npm ping failed';
    return { offline: `npm cannot reach the registry (${reason}) and its cache lacks a package; skipped` };
  }
  throw new Error(`npm install failed (exit ${install.code}) although the registry answers:\n${install.stderr}`);
}

/** Fail fast when the registry does not answer, retry once when it stumbles. */
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--fetch-timeout=30000', '--fetch-retries=1',
  '--fetch-retry-mintimeout=1000', '--fetch-retry-maxtimeout=5000'];

/**
 * Copies every fixture folder's files that match `pattern` (with the folder's tsconfig.json when
 * `withTsconfig`) to `targetDir/<folder>/`; only folders that have a tsconfig.json when `typedOnly`.
 * Returns the copied source files, relative to `targetDir`.
 */
export function copyFixtures(targetDir: string, pattern: RegExp, options: { typedOnly: boolean }): string[] {
  const copied: string[] = [];
  for (const folder of fs.readdirSync(fixturesRoot, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name === 'rule-tester') continue;
    const source = path.join(fixturesRoot, folder.name);
    const typed = fs.existsSync(path.join(source, 'tsconfig.json'));
    if (options.typedOnly && !typed) continue;
    const files = fs.readdirSync(source).filter((name) => pattern.test(name) && !/\.d\.[mc]?ts$/.test(name));
    if (files.length === 0) continue;
    fs.mkdirSync(path.join(targetDir, folder.name), { recursive: true });
    // Declaration files and the tsconfig.json give the typed files their types; they are not linted.
    const support = options.typedOnly ? fs.readdirSync(source).filter((name) => name === 'tsconfig.json' || /\.d\.[mc]?ts$/.test(name)) : [];
    for (const name of [...files, ...support]) fs.copyFileSync(path.join(source, name), path.join(targetDir, folder.name, name));
    copied.push(...files.map((name) => path.join(folder.name, name)));
  }
  return copied.sort();
}

export const copyTypedFixtures = (targetDir: string): string[] => copyFixtures(targetDir, TS_FILE, { typedOnly: true });
export const copyJavaScriptFixtures = (targetDir: string): string[] => copyFixtures(targetDir, JS_FILE, { typedOnly: false });
export const copyPythonFixtures = (targetDir: string): string[] => copyFixtures(targetDir, /\.py$/, { typedOnly: false });

interface EslintJsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[];
}

export interface EslintRun {
  /** Every linted file, relative to the project. */
  linted: string[];
  /** `<file>:<line> <rule id>` for each finding, sorted; a crash or parse error shows its message. */
  findings: string[];
  seconds: number;
}

/** The real `eslint` CLI of the consumer project, as its users run it, with the JSON formatter. */
export async function runEslint(projectDir: string, nodeModulesDir: string, extraArgs: string[] = []): Promise<EslintRun> {
  const output = path.join(projectDir, '..', `${path.basename(projectDir)}-results.json`);
  const started = performance.now();
  const eslint = await run(process.execPath, [
    path.join(nodeModulesDir, 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--output-file', output, ...extraArgs, '.',
  ], projectDir);
  const seconds = (performance.now() - started) / 1000;
  // 0: clean, 1: findings. Anything else is a crash (a rule that threw, a config that did not load).
  if (eslint.code !== 0 && eslint.code !== 1) throw new Error(`eslint exited with ${eslint.code}:\n${eslint.stderr}${eslint.stdout}`);
  const results = JSON.parse(await fs.promises.readFile(output, 'utf8')) as EslintJsonResult[];
  const relative = (file: string): string => path.relative(projectDir, file);
  return {
    linted: results.map((result) => relative(result.filePath)).sort(),
    findings: results
      .flatMap((result) => result.messages.map((message) =>
        `${relative(result.filePath)}:${message.line} ${message.ruleId ?? `FATAL ${message.message}`}`))
      .sort(),
    seconds,
  };
}

/** What the fixtures' `// asyncwise-expect:` markers promise for the copied files. */
export function expectedFindings(projectDir: string, files: string[]): string[] {
  return files
    .flatMap((file) => readExpectations(fs.readFileSync(path.join(projectDir, file), 'utf8')).map((finding) => `${file}:${finding.line} ${finding.ruleId}`))
    .sort();
}

export const readmeText = (): string => fs.readFileSync(path.join(repoRoot, 'rules', 'README.md'), 'utf8');

/** The first ```js block of a section of the package's README: the quick starts users copy. */
export function readmeExample(heading: string): string {
  const readme = readmeText();
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  const block = section && /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error(`rules/README.md has no js example under "## ${heading}"`);
  return block;
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-plugin-package-'));
}
