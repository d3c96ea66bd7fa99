// The `asyncwise` command as its users get it: the package packed with `npm pack`, installed from
// the tarball alone into a fresh project outside this repository (nothing else installed but
// @types/node, which the typed fixtures' tsconfig names), and run with `npx asyncwise` on copies of
// test-fixtures in JavaScript, typed TypeScript and Python, by the very commands the README's
// GitHub workflows run. Skipped (with the reason) only when npm cannot reach the registry.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import cliManifest from '../../cli/package.json';
import { shippedDocs } from '../../scripts/lib/shipped-docs.mjs';
import {
  buildAndPack, copyJavaScriptFixtures, copyPythonFixtures, copyTypedFixtures, expectedFindings, installInto, makeTempDir, withInstall, pinnedDevDependencies,
  type PackedPackage,
} from '../plugin-package/consumer-project';
import { sarifSchemaErrors } from '../sarif/sarif-schema';
import { hasNeovim, runNeovim } from '../../server/testing/neovim';
import { workflowSteps } from './readme-blocks';

const workDir = makeTempDir();
const projectDir = path.join(workDir, 'project');
let packed: PackedPackage;
let offline: string | undefined;
/** The copied fixture files, relative to the project. */
let files: string[] = [];

interface ShellRun { code: number; stdout: string; stderr: string }

/** A workflow step's `run:` line as GitHub's runner runs it: `bash -e`, in the checkout. */
function runStep(command: string): Promise<ShellRun> {
  return new Promise((resolve) => {
    execFile('bash', ['-e', '-c', command], { cwd: projectDir, timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
  });
}

/** Runs `body` in the installed project, or skips the test when npm could not install it. */
const installed = (body: (t: TestContext) => Promise<void>): ((t: TestContext) => Promise<void>) => withInstall(() => offline, body);

describe('asyncwise installed from its npm tarball and run with npx', { timeout: 600_000 }, () => {
  before(async () => {
    packed = await buildAndPack(workDir, 'cli-package');
    ({ offline } = await installInto(projectDir, [packed.tarball, ...pinnedDevDependencies(['@types/node'])]));
    if (offline) console.log(`-- cli-package: ${offline}`);
    files = [
      ...copyTypedFixtures(path.join(projectDir, 'typed')).map((file) => path.join('typed', file)),
      ...copyJavaScriptFixtures(path.join(projectDir, 'js')).map((file) => path.join('js', file)),
      ...copyPythonFixtures(path.join(projectDir, 'python')).map((file) => path.join('python', file)),
    ].sort();
  });

  after(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('packs one bundle with no dependencies and no install scripts, TypeScript\'s libs, the WebAssembly parser and the docs', (t) => {
    t.diagnostic(`${path.basename(packed.tarball)}: ${(packed.size / 1024 / 1024).toFixed(2)} MB packed, ${(packed.unpackedSize / 1024 / 1024).toFixed(2)} MB unpacked, ${packed.files.length} files`);
    const manifest = JSON.parse(fs.readFileSync(path.join(workDir, 'package', 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.name, 'asyncwise');
    assert.deepEqual(manifest.bin, { asyncwise: 'cli.js' });
    for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies', 'scripts']) assert.equal(manifest[key], undefined, `no ${key}`);
    const docs = shippedDocs(path.resolve('.'));
    const rest = packed.files.filter((file) => !docs.includes(file));
    assert.deepEqual(rest.filter((file) => !/^lib(\..+)?\.d\.ts$/.test(file)),
      ['LICENSE', 'README.md', 'cli.js', 'package.json', 'tree-sitter-python.wasm', 'tree-sitter.wasm']);
    assert.ok(rest.includes('lib.es2022.promise.d.ts') || rest.includes('lib.es2015.promise.d.ts'), 'TypeScript\'s lib files');
    assert.deepEqual(packed.files.filter((file) => docs.includes(file)), docs);
  });

  it('npx asyncwise --version names the package\'s version', installed(async () => {
    const result = await runStep('npx asyncwise --version');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim(), `asyncwise ${cliManifest.version}`);
  }));

  it('the README\'s code scanning workflow: its run step writes valid SARIF with the marked lines of JS, typed TS and Python', installed(async (t) => {
    const steps = workflowSteps('GitHub code scanning');
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'the workflow uploads the SARIF file');
    const sarifFile = upload.with?.sarif_file;
    assert.ok(sarifFile);
    const started = performance.now();
    for (const step of steps.filter((entry) => entry.run)) {
      const result = await runStep(step.run!);
      assert.equal(result.code, 0, `${step.run}\n${result.stderr}`);
    }
    t.diagnostic(`${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const log = JSON.parse(await fs.promises.readFile(path.join(projectDir, sarifFile), 'utf8')) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    assert.deepEqual(sarifSchemaErrors(log), []);
    const found = log.runs[0]!.results.map((result) => {
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      return `${decodeURIComponent(artifactLocation.uri)}:${region.startLine} ${result.ruleId}`;
    }).sort();
    assert.deepEqual(found, expectedFindings(projectDir, files).map((finding) => finding.split(path.sep).join('/')));
  }));

  it('the README\'s annotations workflow: one workflow command per finding, and the step fails on errors', installed(async () => {
    const [step] = workflowSteps('GitHub Actions annotations').filter((entry) => entry.run);
    assert.ok(step?.run);
    const result = await runStep(step.run);
    assert.equal(result.code, 1, 'errors fail the job');
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    assert.equal(annotations.length, expectedFindings(projectDir, files).length);
    assert.match(annotations[0]!, /^::(error|warning) file=[^,]+,line=\d+,/);
  }));

  it('ESLint\'s stylish format works from the bundle too', installed(async () => {
    const result = await runStep('npx asyncwise python --format stylish');
    assert.equal(result.code, 1);
    assert.match(result.stdout, /asyncwise\/py-[\w-]+/);
    assert.match(result.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
  }));

  it('Neovim with the documented config (editors/neovim) runs `asyncwise --lsp --stdio` from the package: Python findings over LSP',
    { skip: !hasNeovim && process.env.CI !== 'true' && 'Neovim is not installed (apt-get install neovim)' }, installed(async () => {
      const folder = path.join(projectDir, 'python', 'py-dangling-task');
      const run = await runNeovim(path.join(folder, 'workers.py'), folder, {
        ASYNCWISE_NVIM_CONFIG: path.resolve('editors/neovim/lsp/asyncwise.lua'),
        // Where `npm install` puts the command; `npm install -g` puts it on the PATH itself.
        PATH: `${path.join(projectDir, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      });
      assert.equal(run.code, 0, run.stderr);
      const expected = expectedFindings(folder, ['workers.py']).map((finding) => {
        const [, line, rule] = /:(\d+) (\S+)$/.exec(finding)!;
        return `${Number(line) - 1} ${rule} asyncwise`;
      });
      assert.deepEqual(run.diagnostics, expected);
    }));
});
