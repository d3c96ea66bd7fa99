// Python files in the language server: the same diagnostics, hovers and quick fixes as JavaScript,
// with Python's own suppression comment and half-typed code that never reports.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, SERVER_BUNDLE } from './testing/lsp-test-client';

const fixtures = path.resolve('test-fixtures');
const pythonFile = path.join(fixtures, 'py-get-running-loop', 'in-memory-edit.py');
const text = 'import asyncio\n\nasync def handler(request):\n    loop = asyncio.get_event_loop()\n    return loop\n';

function applyEdits(source: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.py', 'python', 1, source), edits);
}

describe('Python files in the language server', { skip: !fs.existsSync(SERVER_BUNDLE) && 'build the server first' }, () => {
  let client: LspTestClient;

  before(async () => {
    client = new LspTestClient();
    await client.initialize(fixtures);
  });
  after(() => client.dispose());

  it('publishes findings, explains them on hover, and offers the fix and a Python-style suppression', async () => {
    const uri = await client.open(pythonFile, text);
    const diagnostics = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    const diagnostic = diagnostics[0];
    assert.ok(diagnostic);
    assert.equal(diagnostic.code, 'asyncwise/py-get-running-loop');
    assert.equal(diagnostic.range.start.line, 3);
    // No "type information missing" for Python: its rules use none.
    const status = await client.waitForStatus((params) => params.uri === uri && params.lastLintMs !== undefined);
    assert.equal(status.typed, undefined);

    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start });
    const markdown = (hover.contents as { value: string }).value;
    assert.match(markdown, /get_running_loop/);
    assert.match(markdown, /```python\n/, 'before/after shown as Python');

    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    const edits = (action: CodeAction): TextEdit[] => (action.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
    const [fix, suppress] = actions;
    assert.ok(fix && suppress);
    assert.match(applyEdits(text, edits(fix)), /loop = asyncio\.get_running_loop\(\)\n/);
    assert.equal(suppress.title, 'Disable asyncwise/py-get-running-loop for this line');
    const suppressed = applyEdits(text, edits(suppress));
    assert.match(suppressed, /loop = asyncio\.get_event_loop\(\) {2}# asyncwise: ignore\[py-get-running-loop\]\n/);

    await client.change(uri, 2, suppressed);
    await client.waitForDiagnostics(uri, (params) => params.version === 2 && params.diagnostics.length === 0);
  });

  it('reports nothing from a line being typed, and keeps the findings of complete lines', async () => {
    const file = path.join(fixtures, 'py-get-running-loop', 'typing.py');
    const uri = await client.open(file, text);
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    const typing = `${text}    other = asyncio.get_event_loop(\n`;
    await client.change(uri, 2, typing);
    const diagnostics = await client.waitForDiagnostics(uri, (params) => params.version === 2);
    assert.deepEqual(diagnostics.map((d) => d.range.start.line), [3]);
  });
});
