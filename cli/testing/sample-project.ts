// A small project to run report formats on: copies of fixture folders (plain JavaScript, typed
// TypeScript, Python), a file that does not parse, and a file whose name needs escaping in URIs
// and workflow commands.
import fs from 'node:fs';
import path from 'node:path';
import { readExpectations } from '../../engine/fixture-expectations';

const fixturesRoot = path.resolve('test-fixtures');
const FOLDERS = ['demo', 'no-floating-promises', 'py-dangling-task'];
/** Commas, colons, percent signs, spaces and Hangul: each is escaped differently in URIs and workflow commands. */
export const AWKWARD_NAME = 'a,b:c 100% 한글.js';
export const BROKEN_NAME = 'broken.js';

export interface SampleProject {
  dir: string;
  /** `<path relative to dir> <line> <rule id>` for every finding the fixtures' markers promise, sorted. */
  expected: string[];
  remove(): void;
}

/** Inside this repository, so the typed fixtures find @types/node as a real project would. */
export function createSampleProject(): SampleProject {
  fs.mkdirSync(path.resolve('.test-artifacts'), { recursive: true });
  const dir = fs.mkdtempSync(path.resolve('.test-artifacts', 'formats-'));
  for (const folder of FOLDERS) fs.cpSync(path.join(fixturesRoot, folder), path.join(dir, folder), { recursive: true });
  fs.writeFileSync(path.join(dir, AWKWARD_NAME),
    "import fs from 'node:fs';\n\nexport async function load() {\n  return fs.readFileSync('a.json', 'utf8'); // asyncwise-expect: no-blocking-in-async\n}\n");
  fs.writeFileSync(path.join(dir, BROKEN_NAME), 'export async function (\n');
  const expected = [];
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(m|c)?[jt]s$|\.py$/.test(file) || file.endsWith('.d.ts')) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    expected.push(...readExpectations(text).map((finding) => `${file.split(path.sep).join('/')} ${finding.line} ${finding.ruleId}`));
  }
  return { dir, expected: expected.sort(), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
