import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, waitForDiagnostics } from './wait';

const EXTENSION_ID = 'asyncwise.asyncwise';

function fixture(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixtures folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

describe('Asyncwise in VS Code', () => {
  const typedFile = fixture('no-blocking-in-async', 'upload-handler.ts');

  it('activates when a TypeScript file opens', async () => {
    const document = await vscode.workspace.openTextDocument(typedFile);
    await vscode.window.showTextDocument(document, { preview: false });
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension is installed');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('shows the findings of the fixture as diagnostics', async () => {
    const diagnostics = await waitForDiagnostics(typedFile, (found) => found.length === 6);
    const first = diagnostics.find((diagnostic) => diagnostic.range.start.line === 12);
    assert.ok(first, 'existsSync on line 13 is reported');
    assert.match(first.message, /fs\.existsSync/);
    const code = first.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'asyncwise/no-blocking-in-async');
    assert.match(code.target.toString(), /no-blocking-in-async\.md$/);
  });

  it('uses type information: a promise known only from its declared type is reported', async () => {
    await writeFixture('e2e-typed/tsconfig.json', JSON.stringify({ compilerOptions: { strict: true, types: [] }, include: ['*.ts'] }));
    const file = await writeFixture(
      'e2e-typed/orders.ts',
      `declare const store: { load(id: string): Promise<string> };\nexport function warm(id: string): void {\n  store.load(id);\n}\n`,
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
    const [finding] = await waitForDiagnostics(file, (found) => found.length === 1);
    assert.equal((finding!.code as { value: string }).value, 'asyncwise/no-floating-promises');
    assert.equal(finding!.range.start.line, 2);
  });

  it('explains a finding on hover', async () => {
    const [finding] = await waitForDiagnostics(typedFile, (found) => found.length > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', typedFile, finding!.range.start);
    const text = hoverText(hovers);
    assert.match(text, /asyncwise\/no-blocking-in-async/);
    assert.match(text, /one thread/);
  });

  it('applies a quick fix and the finding goes away', async () => {
    const file = await writeFixture('e2e/quick-fix.js', BLOCKING_MODULE);
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document, { preview: false });
    const [target] = await waitForDiagnostics(file, (found) => found.length === 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', file, target!.range, vscode.CodeActionKind.QuickFix.value,
    );
    // The rule's own suggestion: the first action with an edit that is not "disable for this line".
    const fix = actions.find((action) => action.edit && !action.title.startsWith('Disable'));
    assert.ok(fix?.edit, `fix offered among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(actions.some((action) => action.title === 'Disable asyncwise/no-blocking-in-async for this line'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /return await .*readFile\(p, 'utf8'\);/);
    await waitForDiagnostics(file, (found) => found.length === 0);
    await document.save();
  });

  it('restarts the language server on command and lints again', async () => {
    await vscode.commands.executeCommand('asyncwise.restartServer');
    const file = await writeFixture('e2e/after-restart.js', BLOCKING_MODULE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
    const found = await waitForDiagnostics(file, (diagnostics) => diagnostics.length === 1);
    assert.match(found[0]!.message, /fs\.readFileSync/);
  });
});

const BLOCKING_MODULE = `const fs = require('node:fs');\nasync function load(p) {\n  return fs.readFileSync(p, 'utf8');\n}\nmodule.exports = { load };\n`;

/** A new file in the scratch workspace, so tests never depend on each other's edits. */
async function writeFixture(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = fixture(...relativePath.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}
