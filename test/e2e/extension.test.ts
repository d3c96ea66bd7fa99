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

  it('opens the explainer panel for the finding at the cursor', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(typedFile), { preview: false });
    const [finding] = await waitForDiagnostics(typedFile, (found) => found.length > 0);
    editor.selection = new vscode.Selection(finding!.range.start, finding!.range.start);
    const result = await vscode.commands.executeCommand<{ ruleId: string; markdown: string } | undefined>('asyncwise.explain');
    assert.equal(result?.ruleId, 'asyncwise/no-blocking-in-async');
    assert.match(result.markdown, /## Why/);
    assert.equal((await api()).explainer.current?.ruleId, 'asyncwise/no-blocking-in-async');
  });

  it('takes a settings change into account at once', async () => {
    const settings = vscode.workspace.getConfiguration('asyncwise');
    await settings.update('rules', { 'no-blocking-in-async': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(typedFile, (found) => found.length === 0);
    await settings.update('rules', { 'no-blocking-in-async': 'hint' }, vscode.ConfigurationTarget.Workspace);
    const hints = await waitForDiagnostics(typedFile, (found) => found.length === 6);
    assert.ok(hints.every((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Hint));
    await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(typedFile, (found) => found.length === 6 && found.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('explains in Korean when asyncwise.locale is ko, restarting the server without errors', async () => {
    const settings = vscode.workspace.getConfiguration('asyncwise');
    // What the language client logs as errors and warnings while it restarts for the new language.
    const output = (await api() as unknown as { output: Record<'error' | 'warn', (message: string) => void> }).output;
    const logged: string[] = [];
    const original = { error: output.error.bind(output), warn: output.warn.bind(output) };
    output.error = (message: string) => { logged.push(message); original.error(message); };
    output.warn = (message: string) => { logged.push(message); original.warn(message); };
    await settings.update('locale', 'ko', vscode.ConfigurationTarget.Global);
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(typedFile), { preview: false });
      const [finding] = await waitForDiagnostics(typedFile, (found) => found.length === 6);
      // The client restarts its server for the new language; poll the hover until it answers in Korean.
      const text = await eventually(async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', typedFile, finding!.range.start);
        const markdown = hoverText(hovers);
        return /스레드 하나/.test(markdown) ? markdown : undefined;
      });
      assert.match(text, /수정 전/);
      assert.deepEqual(logged, [], 'no "Starting server failed" or other error while restarting');
    } finally {
      await settings.update('locale', undefined, vscode.ConfigurationTarget.Global);
      Object.assign(output, original);
    }
  });

  it('never applies a suggestion on save (source.fixAll.asyncwise holds only safe fixes)', async () => {
    const file = await writeFixture('e2e/save.js', BLOCKING_MODULE);
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document, { preview: false });
    await waitForDiagnostics(file, (found) => found.length === 1);
    await vscode.workspace.getConfiguration('editor', document).update(
      'codeActionsOnSave', { 'source.fixAll.asyncwise': 'explicit' }, vscode.ConfigurationTarget.Workspace,
    );
    const edit = new vscode.WorkspaceEdit();
    edit.insert(file, new vscode.Position(0, 0), '// saved\n');
    await vscode.workspace.applyEdit(edit);
    await document.save();
    assert.equal(document.getText(), `// saved\n${BLOCKING_MODULE}`);
    await vscode.workspace.getConfiguration('editor', document).update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('restarts the language server on command and lints again', async () => {
    await vscode.commands.executeCommand('asyncwise.restartServer');
    const file = await writeFixture('e2e/after-restart.js', BLOCKING_MODULE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
    const found = await waitForDiagnostics(file, (diagnostics) => diagnostics.length === 1);
    assert.match(found[0]!.message, /fs\.readFileSync/);
  });
});

async function api(): Promise<{ explainer: { current?: { ruleId: string } } }> {
  const extension = vscode.extensions.getExtension<{ explainer: { current?: { ruleId: string } } }>(EXTENSION_ID);
  assert.ok(extension);
  return extension.activate();
}

/** Retries `probe` on VS Code's own events (diagnostics or editor changes) until it yields a value. */
async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise<void>((resolve) => {
      const done = (): void => {
        subscription.dispose();
        clearTimeout(timer);
        resolve();
      };
      const subscription = vscode.languages.onDidChangeDiagnostics(done);
      const timer = setTimeout(done, 500);
    });
  }
}

const BLOCKING_MODULE = `const fs = require('node:fs');\nasync function load(p) {\n  return fs.readFileSync(p, 'utf8');\n}\nmodule.exports = { load };\n`;

/** A new file in the scratch workspace, so tests never depend on each other's edits. */
async function writeFixture(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = fixture(...relativePath.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}
