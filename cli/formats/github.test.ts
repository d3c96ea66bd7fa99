// `--format github` as the Actions runner reads it: one workflow command per finding, its
// properties and message escaped so that the runner's parsing gives back the file, the place and
// the text (checked against the same run in ESLint's JSON format).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, runCli } from '../testing/run-built-cli';
import { AWKWARD_NAME, BROKEN_NAME, createSampleProject, type SampleProject } from '../testing/sample-project';

interface Annotation { command: string; properties: Record<string, string>; message: string }

/** The runner's side: `::command key=value,...::message`, with its escapes undone. */
function parseWorkflowCommand(line: string): Annotation | undefined {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) return undefined;
  const unescape = (text: string): string =>
    text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(match[2]!.split(',').map((pair) => {
    const at = pair.indexOf('=');
    return [pair.slice(0, at), unescape(pair.slice(at + 1))];
  }));
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

interface JsonResult { filePath: string; messages: { ruleId: string | null; severity: number; message: string; line: number; column: number; endLine?: number }[] }

describe('--format github', { skip: !fs.existsSync(CLI) && 'build the CLI first' }, () => {
  let project: SampleProject;
  let lines: string[];
  let json: JsonResult[];
  let code: number | null;

  before(() => {
    project = createSampleProject();
    const github = runCli(['.', '--format', 'github', '--no-type-aware'], project.dir);
    code = github.code;
    lines = github.stdout.trimEnd().split('\n');
    json = JSON.parse(runCli(['.', '--format', 'json', '--no-type-aware'], project.dir).stdout) as JsonResult[];
  });
  after(() => project.remove());

  it('annotates every finding and parse error at its file, line and column, with the rule as title', () => {
    const annotations = lines.slice(0, -1).map((line) => {
      const parsed = parseWorkflowCommand(line);
      assert.ok(parsed, `a workflow command: ${line}`);
      return parsed;
    });
    const expected = json.flatMap((result) => result.messages.map((message) => ({
      command: message.severity === 2 ? 'error' : 'warning',
      file: path.relative(project.dir, result.filePath).split(path.sep).join('/'),
      line: String(message.line),
      col: String(message.column),
      title: message.ruleId ?? 'Parse error',
      firstLine: message.message,
    })));
    assert.deepEqual(annotations.map((annotation) => ({
      command: annotation.command,
      file: annotation.properties.file,
      line: annotation.properties.line,
      col: annotation.properties.col,
      title: annotation.properties.title,
      firstLine: annotation.message.split('\n')[0],
    })), expected);
    assert.ok(annotations.some((annotation) => annotation.properties.file === AWKWARD_NAME), 'a name with , : and % survives the escapes');
    assert.ok(annotations.some((annotation) => annotation.properties.file === BROKEN_NAME && annotation.properties.title === 'Parse error'));
    assert.equal(code, 1);
  });

  it('gives each finding its docs link on a second line, and ends with a count', () => {
    const first = parseWorkflowCommand(lines[0]!)!;
    const rule = first.properties.title!.replace('asyncwise/', '');
    assert.equal(first.message.split('\n')[1], `https://github.com/asyncwise/asyncwise/blob/main/rules/${rule}/${rule}.md`);
    const total = json.reduce((sum, result) => sum + result.messages.length, 0);
    assert.match(lines.at(-1)!, new RegExp(`^Asyncwise: ${total} problems \\(${total} errors, 0 warnings\\)\\.$`));
  });
});
