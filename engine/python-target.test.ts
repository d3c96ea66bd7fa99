import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LintEngine } from './lint-text';
import { lowestVersion, PythonTargetLookup } from './python-target';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-python-target-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('the Python version a project targets', () => {
  it('reads the lowest version a specifier allows', () => {
    assert.equal(lowestVersion('>=3.8'), '3.8');
    assert.equal(lowestVersion('>=3.8,<4'), '3.8');
    assert.equal(lowestVersion('<4, >=3.10'), '3.10');
    assert.equal(lowestVersion('^3.9'), '3.9');
    assert.equal(lowestVersion('~=3.7.2'), '3.7');
    assert.equal(lowestVersion('>3.10'), '3.11');
    assert.equal(lowestVersion('<3.12'), undefined);
  });

  it('finds the nearest pyproject.toml, setup.cfg or setup.py above a file', () => {
    const lookup = new PythonTargetLookup();
    const pep621 = project('pep621', { 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.9"\n', 'src/x/a.py': '' });
    assert.equal(lookup.targetFor(path.join(pep621, 'src', 'x', 'a.py')), '3.9');
    const poetry = project('poetry', { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.10"\n', 'a.py': '' });
    assert.equal(lookup.targetFor(path.join(poetry, 'a.py')), '3.10');
    const setupCfg = project('setupcfg', { 'setup.cfg': '[options]\npython_requires = >=3.7\n', 'pkg/a.py': '' });
    assert.equal(lookup.targetFor(path.join(setupCfg, 'pkg', 'a.py')), '3.7');
    const setupPy = project('setuppy', { 'setup.py': 'setup(name="x", python_requires=">=3.6")\n', 'a.py': '' });
    assert.equal(lookup.targetFor(path.join(setupPy, 'a.py')), '3.6');
  });

  it('looks further up when the nearest project file declares no version, and says nothing when none does', () => {
    const silent = project('silent', { 'pyproject.toml': '[tool.black]\nline-length = 100\n', 'a.py': '' });
    assert.equal(new PythonTargetLookup().targetFor(path.join(silent, 'a.py')), undefined);
    const higher = project('higher', { 'setup.py': 'setup(python_requires=">=3.8")\n', 'tools/pyproject.toml': '[tool.black]\n', 'tools/a.py': '' });
    assert.equal(new PythonTargetLookup().targetFor(path.join(higher, 'tools', 'a.py')), '3.8');
  });

  it('reads .python-version and the metadata beside an installed package, for that package only', () => {
    const lookup = new PythonTargetLookup();
    const pinned = project('pinned', { '.python-version': '3.12.1\n', 'app/a.py': '' });
    assert.equal(lookup.targetFor(path.join(pinned, 'app', 'a.py')), '3.12');
    const site = project('site-packages', {
      'aio_thing-1.2.0.dist-info/METADATA': 'Metadata-Version: 2.1\nName: aio-thing\nRequires-Python: >=3.7\n',
      'old_lib.egg-info/PKG-INFO': 'Metadata-Version: 1.2\nName: old-lib\nRequires-Python: >=3.6\n',
      'aio_thing/sub/a.py': '',
      'old_lib/a.py': '',
      'other/a.py': '',
    });
    assert.equal(lookup.targetFor(path.join(site, 'aio_thing', 'sub', 'a.py')), '3.7');
    assert.equal(lookup.targetFor(path.join(site, 'old_lib', 'a.py')), '3.6');
    assert.equal(lookup.targetFor(path.join(site, 'other', 'a.py')), undefined);
  });
});

describe('the engine follows the project\'s Python version', () => {
  before(() => LintEngine.load());
  const code = 'import asyncio\n\nasync def f(x):\n    try:\n        return await asyncio.wait_for(x, 1)\n    except asyncio.TimeoutError:\n        return None\n';
  const rulesOf = (engine: LintEngine, file: string): (string | null)[] =>
    engine.lint({ filePath: file, text: code, typeAware: true }).messages.map((message) => message.ruleId);

  it('suggests TimeoutError only where the project needs Python 3.11 or later', () => {
    const old = project('needs-38', { 'pyproject.toml': '[project]\nrequires-python = ">=3.8"\n' });
    const modern = project('needs-311', { 'pyproject.toml': '[project]\nrequires-python = ">=3.11"\n' });
    const engine = new LintEngine({ rootDir: scratch });
    assert.deepEqual(rulesOf(engine, path.join(old, 'a.py')), []);
    assert.deepEqual(rulesOf(engine, path.join(modern, 'a.py')), ['asyncwise/py-timeout-error']);
    // An explicit setting wins over the project's files.
    const configured = new LintEngine({ rootDir: scratch, python: { targetVersion: '3.12' } });
    assert.deepEqual(rulesOf(configured, path.join(old, 'a.py')), ['asyncwise/py-timeout-error']);
  });

  it('rewrites only where the version is declared; an assumed one gets a suggestion', () => {
    const modern = project('fix-311', { 'pyproject.toml': '[project]\nrequires-python = ">=3.11"\n' });
    const nothing = project('fix-unknown', {});
    const engine = new LintEngine({ rootDir: scratch });
    const [declared] = engine.lint({ filePath: path.join(modern, 'a.py'), text: code, typeAware: true }).messages;
    assert.ok(declared?.fix);
    const [assumed] = engine.lint({ filePath: path.join(nothing, 'a.py'), text: code, typeAware: true }).messages;
    assert.equal(assumed?.ruleId, 'asyncwise/py-timeout-error');
    assert.equal(assumed.fix, undefined);
    assert.equal(assumed.suggestions?.length, 1);
  });
});

describe('blocking calls added in the editor settings', () => {
  before(() => LintEngine.load());
  it('reach py-blocking-in-async', () => {
    const code = 'from legacy import client\n\nasync def f():\n    return client.fetch_sync(1)\n';
    const file = path.join(scratch, 'extra.py');
    const plain = new LintEngine({ rootDir: scratch });
    assert.deepEqual(plain.lint({ filePath: file, text: code, typeAware: true }).messages, []);
    const extended = new LintEngine({ rootDir: scratch, python: { blockingCalls: { 'legacy.client.fetch_sync': 'await client.fetch(...)' } } });
    const [finding] = extended.lint({ filePath: file, text: code, typeAware: true }).messages;
    assert.equal(finding?.ruleId, 'asyncwise/py-blocking-in-async');
    assert.match(finding.message, /client\.fetch\(\.\.\.\)/);
  });
});
