// --fix applies the safe fixes the editor applies on save, never a suggestion; --fix-dry-run
// only reports the fixed text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { CLI_MISSING, makeProject, parseJsonReport, runCli, summarize } from './testing/run-cli';

const LOOP = 'import asyncio\n\n\nasync def main():\n    loop = asyncio.get_event_loop()\n    await asyncio.sleep(0)\n    return loop\n';
const FIXED_LOOP = LOOP.replace('get_event_loop', 'get_running_loop');
/** Only a suggestion (adding `await` changes behaviour): --fix must leave it to a person. */
const BLOCKING = `export async function load(p) {\n  return require('fs').readFileSync(p, 'utf8');\n}\n`;

describe('command line: --fix', { skip: CLI_MISSING }, () => {
  it('saves the safe fixes of files named and of folders, leaves suggestions, and reports what remains', () => {
    const project = makeProject({ 'named.py': LOOP, 'pkg/inner.py': LOOP, 'pkg/load.js': BLOCKING });
    try {
      const { code, stdout, stderr } = runCli(['named.py', 'pkg', '--fix', '-f', 'json'], { cwd: project.dir });
      assert.equal(code, 1, stderr);
      assert.equal(fs.readFileSync(project.file('named.py'), 'utf8'), FIXED_LOOP);
      assert.equal(fs.readFileSync(project.file('pkg/inner.py'), 'utf8'), FIXED_LOOP);
      assert.equal(fs.readFileSync(project.file('pkg/load.js'), 'utf8'), BLOCKING, 'a suggestion is never applied');
      assert.deepEqual(summarize(parseJsonReport(stdout), project.dir), ['pkg/load.js:2 asyncwise/no-blocking-in-async']);
      // Nothing left to fix: a second run changes nothing.
      runCli(['named.py', '--fix'], { cwd: project.dir });
      assert.equal(fs.readFileSync(project.file('named.py'), 'utf8'), FIXED_LOOP);
    } finally {
      project.dispose();
    }
  });

  it('keeps a byte order mark where it was', () => {
    const project = makeProject({ 'bom.py': `\uFEFF${LOOP}` });
    try {
      runCli(['bom.py', '--fix'], { cwd: project.dir });
      assert.equal(fs.readFileSync(project.file('bom.py'), 'utf8'), `\uFEFF${FIXED_LOOP}`);
    } finally {
      project.dispose();
    }
  });

  it('--fix-dry-run puts the fixed text in the report and saves nothing, also for standard input', () => {
    const project = makeProject({ 'named.py': LOOP });
    try {
      const [file] = parseJsonReport(runCli(['named.py', '--fix-dry-run', '-f', 'json'], { cwd: project.dir }).stdout);
      assert.equal(file?.output, FIXED_LOOP);
      assert.equal(fs.readFileSync(project.file('named.py'), 'utf8'), LOOP);
      const [stdin] = parseJsonReport(runCli(['--stdin', '--stdin-filename', 'x.py', '--fix-dry-run', '-f', 'json'], { cwd: project.dir, input: LOOP }).stdout);
      assert.equal(stdin?.output, FIXED_LOOP);
      assert.deepEqual(stdin?.messages, []);
    } finally {
      project.dispose();
    }
  });
});
