// The catalogue against the Python on this machine and against the explainers: every standard-library
// call it lists exists, every spelling it maps leads to a kind it follows, and both explainers'
// tables name every call.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { explainers } from '../explainers';
import { BLOCKING_CATALOGUE, buildCatalogue, displayCall, isExemptCall, SAME_KIND } from './catalogue';

/** Modules that ship with CPython, so their rows can be checked here without installing anything. */
const STANDARD_LIBRARY = ['builtins', 'time', 'os', 'subprocess', 'shutil', 'socket', 'sqlite3', 'tempfile', 'ssl', 'urllib', 'smtplib', 'pathlib'];

/** `a.b().c().d` → the Python expression that reaches the same attribute on the classes: `a.b` then `.c`, `.d`. */
function pythonLookup(call: string): string | undefined {
  const [first, ...methods] = call.split('().');
  if (!first || !STANDARD_LIBRARY.includes(first.split('.')[0] ?? '')) return undefined;
  const module = first.split('.').slice(0, -1).join('.') || 'builtins';
  const objects: Record<string, string> = { 'socket.socket': 'socket.socket', 'pathlib.Path': 'pathlib.Path', 'subprocess.Popen': 'subprocess.Popen', 'smtplib.SMTP': 'smtplib.SMTP' };
  if (methods.length === 0) return `import ${module}; ${first}`;
  const owner = objects[first];
  // sqlite3 connections and cursors are C types reached through their module.
  if (first === 'sqlite3.connect') return `import sqlite3; ${methods.length === 1 ? 'sqlite3.Connection' : 'sqlite3.Cursor'}.${methods.at(-1) ?? ''}`;
  return owner ? `import ${module}; ${owner}.${methods.join('.')}` : undefined;
}

describe('py-blocking-in-async catalogue', () => {
  it('lists only standard-library calls that exist', () => {
    const lookups = BLOCKING_CATALOGUE.map((row) => pythonLookup(row.call)).filter((line): line is string => line !== undefined);
    assert.ok(lookups.length > 40, 'most rows are checked');
    const script = lookups.map((line) => `try:\n    exec(${JSON.stringify(line)})\nexcept (AttributeError, ImportError):\n    print(${JSON.stringify(line)})`).join('\n');
    const missing = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim();
    assert.equal(missing, '', `missing in this Python:\n${missing}`);
  });

  it('follows every object its rows and its other spellings lead to', () => {
    const catalogue = buildCatalogue({});
    for (const kind of new Set(Object.values(SAME_KIND))) assert.ok(catalogue.isTrackedKind(kind), kind);
    assert.ok(catalogue.isTrackedKind('psycopg2.connect().cursor()'));
    assert.ok(!catalogue.isTrackedKind('io.StringIO()'));
    assert.ok(buildCatalogue({ 'mylib.Client().fetch_sync': 'fetch' }).isTrackedKind('mylib.Client()'));
  });

  it('exempts only in-memory SQLite', () => {
    assert.ok(isExemptCall('sqlite3.connect', '":memory:"'));
    assert.ok(isExemptCall('sqlite3.connect', "':memory:'"));
    assert.ok(!isExemptCall('sqlite3.connect', '"app.db"'));
    assert.ok(!isExemptCall('sqlite3.connect', 'path'));
    assert.ok(!isExemptCall('psycopg2.connect', '":memory:"'));
  });

  for (const locale of ['en', 'ko'] as const) {
    it(`the ${locale} explainer's table names every call`, () => {
      const tableLines = explainers['py-blocking-in-async'][locale].split('\n').filter((line) => line.startsWith('| `'));
      const missing = BLOCKING_CATALOGUE.filter((row) => !tableLines.some((line) => line.includes(`\`${displayCall(row.call)}\``)));
      assert.deepEqual(missing.map((row) => row.call), []);
    });
  }
});
