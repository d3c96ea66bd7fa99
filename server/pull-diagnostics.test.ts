import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspTestClient, SERVER_BUNDLE } from './testing/lsp-test-client';

const fixtures = path.resolve('test-fixtures');
const blockingCalls = (count: number): string =>
  `async function f() { ${Array.from({ length: count }, () => `require('fs').statSync('a');`).join(' ')} }\n`;

describe('pulled diagnostics (textDocument/diagnostic), as VS Code asks for them', { skip: !fs.existsSync(SERVER_BUNDLE) && 'build the server first' }, () => {
  let client: LspTestClient;

  before(async () => {
    client = new LspTestClient();
    await client.initialize(fixtures, { pull: true });
  });
  after(() => client.dispose());

  it('answers a pull with the findings of the current text, and pushes nothing', async () => {
    const uri = await client.open(path.join(fixtures, 'demo', 'pulled.js'), blockingCalls(2));
    const items = await client.pull(uri);
    assert.equal(items.length, 2);
    assert.equal(items[0]?.code, 'asyncwise/no-blocking-in-async');
    assert.equal(client.published.length, 0, 'no publishDiagnostics in pull mode');
  });

  it('answers the pull for the last of a burst of edits with that text\'s findings', async () => {
    const uri = await client.open(path.join(fixtures, 'demo', 'pulled-burst.js'), blockingCalls(1));
    await client.pull(uri);
    for (let version = 2; version <= 8; version++) await client.change(uri, version, blockingCalls(version));
    assert.equal((await client.pull(uri)).length, 8);
  });

  it('asks the client to pull again when settings change the findings', async () => {
    const uri = await client.open(path.join(fixtures, 'demo', 'pulled-settings.js'), blockingCalls(1));
    assert.equal((await client.pull(uri)).length, 1);
    const before = client.refreshes;
    client.settings = { rules: { 'no-blocking-in-async': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const deadline = Date.now() + 20_000;
    while (client.refreshes === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(client.refreshes > before, 'workspace/diagnostic/refresh was sent');
    assert.equal((await client.pull(uri)).length, 0);
    client.settings = {};
  });
});
