// `asyncwise.rules` with names that are no rule of ours: ignored with one warning, never at the
// cost of the findings.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { CLIENTS } from './testing/client-capabilities';
import { LspTestClient, SERVER_BUNDLE } from './testing/lsp-test-client';

const fixtures = path.resolve('test-fixtures');
const BLOCKING = `async function f() { require('fs').statSync('a'); }\n`;
const PY_BLOCKING = 'import time\n\n\nasync def handler():\n    time.sleep(1)\n';

describe('asyncwise.rules with unknown names', { skip: !fs.existsSync(SERVER_BUNDLE) && 'build the server first' }, () => {
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.initialize(fixtures, { capabilities: CLIENTS.vscode });
  });
  after(() => client.dispose());

  it('keeps every finding of JavaScript files, applies the known names, and warns once per unknown name', async () => {
    client.settings = { rules: { 'no-such-rule': 'warn', 'asyncwise/no-blocking-in-async': 'warn' } };
    const first = await client.open(path.join(fixtures, 'demo', 'typo-a.js'), BLOCKING);
    const second = await client.open(path.join(fixtures, 'demo', 'typo-b.js'), BLOCKING);
    for (const uri of [first, second]) {
      const items = await client.pull(uri);
      assert.deepEqual(items.map((item) => `${String(item.code)} ${item.severity}`), [`asyncwise/no-blocking-in-async ${DiagnosticSeverity.Warning}`]);
    }
    const warnings = client.logs.filter((line) => line.includes('no-such-rule'));
    assert.deepEqual(warnings, ['asyncwise.rules: "no-such-rule" is not an Asyncwise rule; the setting is ignored.']);
  });

  it('keeps the findings of Python files when a name is also a property of every object (constructor, toString)', async () => {
    client.settings = { rules: { constructor: 'off', toString: 'warn', hasOwnProperty: 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = await client.open(path.join(fixtures, 'demo', 'prototype-keys.py'), PY_BLOCKING);
    assert.deepEqual((await client.pull(uri)).map((item) => String(item.code)), ['asyncwise/py-blocking-in-async']);
    assert.ok(client.logs.some((line) => line.includes('"constructor" is not an Asyncwise rule')));
  });
});
