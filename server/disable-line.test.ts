// "Disable for this line" puts its comment where it silences the finding and changes nothing of
// the program: also when the finding's line is inside a multi-line template literal (JavaScript)
// or a triple-quoted f-string (Python), where a comment would be text of the string.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from '@typescript-eslint/parser';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CLIENTS } from './testing/client-capabilities';
import { LspTestClient, SERVER_BUNDLE } from './testing/lsp-test-client';

const fixtures = path.resolve('test-fixtures');

const JS_CASES: Record<string, string> = {
  'a line of a multi-line template literal': [
    'export async function render(items) {',
    '  return `<ul>',
    '${items.forEach(async (item) => { await save(item); })}',
    '</ul>`;',
    '}',
    '',
  ].join('\n'),
  'a line that starts inside a block comment': [
    'export async function load(p) { /* read the',
    '  whole file */ return require(\'fs\').readFileSync(p);',
    '}',
    '',
  ].join('\n'),
  'an ordinary line': 'export async function load(p) {\n  return require(\'fs\').readFileSync(p);\n}\n',
};

const PY_CASES: Record<string, string> = {
  'a line of a triple-quoted f-string': 'import time\n\n\nasync def report():\n    return f"""\n    waited {time.sleep(1)}\n    """\n',
  'a triple-quoted f-string whose last line has another tool\'s comment': 'import time\n\n\nasync def report():\n    return f"""\n    waited {time.sleep(1)}\n    """  # noqa: E501\n',
  'an ordinary line': 'import time\n\n\nasync def report():\n    time.sleep(1)\n',
};

/** The program as its tokens, comments left out: equal when an edit added only comments. */
function jsTokens(text: string): string[] {
  return (parse(text, { sourceType: 'module', range: true, tokens: true, comment: false }).tokens ?? []).map((token) => token.value);
}

/** Python's own AST (no comments in it): equal when an edit added only comments. */
function pythonAst(text: string): string {
  const result = spawnSync('python3', ['-c', 'import ast, sys; print(ast.dump(ast.parse(sys.stdin.read())))'], { input: text, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'javascript', 1, text), edits);
}

describe('disable for this line', { skip: !fs.existsSync(SERVER_BUNDLE) && 'build the server first' }, () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.initialize(fixtures, { capabilities: CLIENTS.vscode });
  });
  after(() => client.dispose());

  async function disabled(file: string, text: string): Promise<string> {
    const uri = await client.open(path.join(fixtures, 'demo', file), text);
    const [finding, ...others] = await client.pull(uri);
    assert.ok(finding && others.length === 0, `one finding in:\n${text}`);
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] },
    });
    const disable = actions.find((action) => action.title.startsWith('Disable '));
    assert.ok(disable?.edit, `offered among: ${actions.map((action) => action.title).join(' | ')}`);
    const result = applyEdits(text, (disable.edit.documentChanges![0] as { edits: TextEdit[] }).edits);
    await client.change(uri, 2, result);
    assert.deepEqual(await client.pull(uri), [], `the finding is silenced:\n${result}`);
    return result;
  }

  Object.entries(JS_CASES).forEach(([name, text], index) => {
    it(`JavaScript, ${name}: silences the finding, adds only a comment`, async () => {
      const result = await disabled(`disable-${index}.js`, text);
      assert.deepEqual(jsTokens(result), jsTokens(text));
    });
  });

  Object.entries(PY_CASES).forEach(([name, text], index) => {
    it(`Python, ${name}: silences the finding, adds only a comment`, async () => {
      const result = await disabled(`disable-${index}.py`, text);
      assert.equal(pythonAst(result), pythonAst(text));
    });
  });
});
