import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, SERVER_BUNDLE } from './testing/lsp-test-client';

const fixtures = path.resolve('test-fixtures');
const typedFile = path.join(fixtures, 'no-blocking-in-async', 'upload-handler.ts');
const demoFile = path.join(fixtures, 'demo', 'report-service.js');

const scratchProjects: string[] = [];

/** A temporary project folder, removed when the suite ends, passed or not. */
async function scratchProject(prefix: string): Promise<string> {
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), prefix));
  scratchProjects.push(folder);
  return folder;
}

after(() => Promise.all(scratchProjects.map((folder) => fs.promises.rm(folder, { recursive: true, force: true }))));

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'typescript', 1, text), edits);
}

describe('hovers in Korean', { skip: !fs.existsSync(SERVER_BUNDLE) && 'build the server first' }, () => {
  it('explains the finding in the client\'s language', async () => {
    const korean = new LspTestClient();
    try {
      await korean.initialize(fixtures, { locale: 'ko' });
      const uri = await korean.open(path.join(fixtures, 'demo', 'korean.js'), `async function f() { require('fs').statSync('a'); }\n`);
      const [finding] = await korean.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
      const hover: Hover = await korean.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: finding!.range.start });
      const markdown = typeof hover.contents === 'object' && 'value' in hover.contents ? String(hover.contents.value) : '';
      assert.match(markdown, /이벤트 루프|스레드 하나/);
      assert.match(markdown, /수정 전/);
    } finally {
      await korean.dispose();
    }
  });
});

describe('language server over stdio', { skip: !fs.existsSync(SERVER_BUNDLE) && 'build the server first' }, () => {
  let client: LspTestClient;

  before(async () => {
    client = new LspTestClient();
    await client.initialize(fixtures);
  });
  after(() => client.dispose());

  it('publishes typed diagnostics with rule id, docs link, source and fix data', async () => {
    const text = await fs.promises.readFile(typedFile, 'utf8');
    const uri = await client.open(typedFile, text);
    const diagnostics = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
    assert.equal(diagnostics.length, 6);
    const first = diagnostics[0]!;
    assert.equal(first.code, 'asyncwise/no-blocking-in-async');
    assert.equal(first.source, 'asyncwise');
    assert.match(first.codeDescription?.href ?? '', /no-blocking-in-async\.md$/);
    assert.equal(first.range.start.line, 12);
    assert.match(typeof first.message === 'string' ? first.message : first.message.value, /fs\.existsSync/);
  });

  it('shows syntax findings before the typed lint finishes, then the typed set, dropping none', async () => {
    // A project of its own, on disk, that TypeScript has not loaded yet.
    const project = await scratchProject('asyncwise-first-open-');
    const file = path.join(project, 'load.ts');
    const text = `import { readFileSync } from 'node:fs';\nexport async function load(p: string): Promise<string> {\n  return readFileSync(p, 'utf8');\n}\n`;
    await fs.promises.writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, types: [] }, include: ['*.ts'] }));
    await fs.promises.writeFile(file, text);
    const uri = await client.open(file, text);
    await client.waitForStatus((status) => status.uri === uri && status.state === 'idle' && status.typed === true);
    const publishes = client.published.filter((params) => params.uri === uri);
    assert.ok(publishes.length >= 2, `early and typed results were published (${publishes.length})`);
    const key = (diagnostic: { range: { start: { line: number; character: number } }; code?: unknown }): string =>
      `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${String(diagnostic.code)}`;
    const early = publishes[0]!.diagnostics.map(key);
    const final = publishes.at(-1)!.diagnostics.map(key);
    assert.deepEqual(early, ['2:9 asyncwise/no-blocking-in-async']);
    assert.ok(early.every((finding) => final.includes(finding)), 'the typed result keeps every early finding');
  });

  it('lints an importing file again when an edit changes the types it uses', async () => {
    const project = await scratchProject('asyncwise-cross-file-');
    const store = path.join(project, 'store.ts');
    const checkout = path.join(project, 'checkout.ts');
    const syncStore = `export function save(order: string): void {\n  console.log(order);\n}\n`;
    const asyncStore = `export async function save(order: string): Promise<void> {\n  console.log(order);\n}\n`;
    const checkoutText = `import { save } from './store';\nexport function checkout(order: string): void {\n  save(order);\n}\n`;
    await fs.promises.writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, types: [] }, include: ['*.ts'] }));
    await fs.promises.writeFile(store, syncStore);
    await fs.promises.writeFile(checkout, checkoutText);
    const storeUri = await client.open(store, syncStore);
    const checkoutUri = await client.open(checkout, checkoutText);
    await client.waitForStatus((status) => status.uri === checkoutUri && status.state === 'idle' && status.typed === true);
    assert.deepEqual(await client.waitForDiagnostics(checkoutUri), []);
    await client.change(storeUri, 2, asyncStore);
    const [finding] = await client.waitForDiagnostics(checkoutUri, (params) => params.diagnostics.length === 1).catch((error: Error) => {
      throw new Error(`${error.message}\n${JSON.stringify(client.statuses.slice(-6))}`);
    });
    assert.equal(finding?.code, 'asyncwise/no-floating-promises');
    assert.equal(finding?.range.start.line, 2);
  });

  it('explains a finding on hover with a before/after made from the code', async () => {
    const text = await fs.promises.readFile(demoFile, 'utf8');
    const uri = await client.open(demoFile, text);
    const [finding] = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 2);
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: finding!.range.start,
    });
    const markdown = typeof hover.contents === 'object' && 'value' in hover.contents ? String(hover.contents.value) : '';
    assert.match(markdown, /\*\*asyncwise\/no-blocking-in-async\*\*/);
    assert.match(markdown, /one thread/);
    assert.match(markdown, /const names = fs\.readdirSync\(dir\);/);
    assert.match(markdown, /const names = await fs\.promises\.readdir\(dir\);/);
  });

  it('offers the suggestion, disable-line and docs actions; the applied edit lints clean', async () => {
    const file = path.join(fixtures, 'demo', 'in-memory-edit.js');
    const text = `const fs = require('fs');\nasync function load(p) {\n  return fs.readFileSync(p, 'utf8');\n}\nmodule.exports = { load };\n`;
    const uri = await client.open(file, text);
    const diagnostics = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    assert.deepEqual(actions.map((action) => action.title), [
      'Use `await fs.promises.readFile(…)` (non-blocking)',
      'Disable asyncwise/no-blocking-in-async for this line',
      'Show documentation for asyncwise/no-blocking-in-async',
    ]);
    const change = actions[0]!.edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    const fixed = applyEdits(text, change.edits);
    assert.match(fixed, /return await fs\.promises\.readFile\(p, 'utf8'\);/);
    await client.change(uri, 2, fixed);
    await client.waitForDiagnostics(uri, (params) => params.version === 2 && params.diagnostics.length === 0);
  });

  it('lints only the latest text of a burst of edits and never publishes a stale version', async () => {
    const file = path.join(fixtures, 'demo', 'burst.js');
    const uri = await client.open(file, `async function f() { require('fs').statSync('a'); }\n`);
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    const seenBefore = client.published.length;
    for (let version = 2; version <= 12; version++) {
      const calls = Array.from({ length: version }, () => `require('fs').statSync('a');`).join(' ');
      await client.change(uri, version, `async function f() { ${calls} }\n`);
    }
    const final = await client.waitForDiagnostics(uri, (params) => params.version === 12);
    assert.equal(final.length, 12);
    const versions = client.published.slice(seenBefore).filter((params) => params.uri === uri).map((params) => params.version);
    assert.ok(versions.every((version) => version === 12), `only the last version is published: ${versions.join(',')}`);
  });

  it('applies settings: a rule turned off clears its findings', async () => {
    const file = path.join(fixtures, 'demo', 'settings.js');
    const uri = await client.open(file, `async function f() { require('fs').statSync('a'); }\n`);
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    client.settings = { rules: { 'no-blocking-in-async': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0);
    client.settings = { rules: { 'no-blocking-in-async': 'hint' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const [hint] = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    assert.equal(hint!.severity, 4);
    client.settings = {};
  });

  it('never applies suggestions on save: source.fixAll.asyncwise offers only safe fixes', async () => {
    const file = path.join(fixtures, 'demo', 'fix-all.js');
    const uri = await client.open(file, `async function f() { require('fs').statSync('a'); }\n`);
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.asyncwise'] },
    });
    assert.deepEqual(actions, [], 'adding await changes behaviour: it is a suggestion, not a fix');
  });

  it('skips files over the size limit and says why', async () => {
    client.settings = { maxFileSize: 40 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const file = path.join(fixtures, 'demo', 'large.js');
    const uri = await client.open(file, `async function f() { require('fs').statSync('a'); }\n`);
    const status = await client.waitForStatus((params) => params.uri === uri && params.message !== undefined);
    assert.match(status.message ?? '', /larger than asyncwise\.maxFileSize \(40 bytes\)/);
    assert.deepEqual(await client.waitForDiagnostics(uri), []);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  it('skips generated and minified files, as the command line does, and says why', async () => {
    const generated = await client.open(path.join(fixtures, 'demo', 'generated.js'), `// Code generated by protoc-gen-js. DO NOT EDIT.\nasync function f() { require('fs').statSync('a'); }\n`);
    const status = await client.waitForStatus((params) => params.uri === generated && params.message !== undefined);
    assert.equal(status.message, 'Asyncwise skipped generated.js: the file says it is generated ("DO NOT EDIT").');
    assert.deepEqual(await client.waitForDiagnostics(generated), []);
    const line = `${'var a=1;'.repeat(300)}async function f(p){return require("fs").statSync(p)}\n`;
    const minified = await client.open(path.join(fixtures, 'demo', 'bundle.js'), line.repeat(3));
    const skipped = await client.waitForStatus((params) => params.uri === minified && params.message !== undefined);
    assert.match(skipped.message ?? '', /^Asyncwise skipped bundle\.js: the file looks minified/);
    assert.deepEqual(await client.waitForDiagnostics(minified), []);
  });

  it('keeps no findings for text that does not parse, and recovers when it does', async () => {
    const file = path.join(fixtures, 'demo', 'half-typed.ts');
    const uri = await client.open(file, `async function f() { require('fs').statSync('a'); }\n`);
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 1);
    await client.change(uri, 2, `async function f() { require('fs').statSync('a'); \n`);
    await client.waitForDiagnostics(uri, (params) => params.version === 2 && params.diagnostics.length === 0);
    await client.change(uri, 3, `async function f() { require('fs').statSync('a'); }\n`);
    await client.waitForDiagnostics(uri, (params) => params.version === 3 && params.diagnostics.length === 1);
  });
});
