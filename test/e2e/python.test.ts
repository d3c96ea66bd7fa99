import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, waitForDiagnostics } from './wait';

function fixture(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixtures folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

const ASYNC_HANDLER = 'import asyncio\n\n\nasync def handler(request):\n    loop = asyncio.get_event_loop()\n    return loop\n';

describe('Python files in VS Code', () => {
  it('lints a .py file as Python: diagnostics, a hover in Python, the fix applied', async () => {
    const file = fixture('e2e-python', 'handler.py');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(ASYNC_HANDLER));
    const document = await vscode.workspace.openTextDocument(file);
    assert.equal(document.languageId, 'python');
    await vscode.window.showTextDocument(document, { preview: false });

    const [finding] = await waitForDiagnostics(file, (found) => found.length === 1);
    assert.ok(finding);
    assert.equal((finding.code as { value: string }).value, 'asyncwise/py-get-running-loop');
    assert.equal(finding.range.start.line, 4);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', file, finding.range.start);
    assert.match(hoverText(hovers), /```python/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', file, finding.range, vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(actions.some((action) => action.title === 'Disable asyncwise/py-get-running-loop for this line'));
    const fix = actions.find((action) => action.edit && !action.title.startsWith('Disable'));
    assert.ok(fix?.edit, `fix offered among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /loop = asyncio\.get_running_loop\(\)/);
    await waitForDiagnostics(file, (found) => found.length === 0);
    await document.save();
  });
});
