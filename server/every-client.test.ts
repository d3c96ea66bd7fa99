// The same findings reach every kind of client: VS Code (pulls, and pulls again when asked),
// Neovim 0.7 (push only) and a client that pulls but cannot be asked to pull again.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, type Diagnostic } from 'vscode-languageserver-protocol';
import { CLIENTS } from './testing/client-capabilities';
import { LspTestClient, SERVER_BUNDLE } from './testing/lsp-test-client';

/** One finding syntax gives at once, one only types give (the promise's type is declared). */
const TYPED = [
  "import { readFileSync } from 'node:fs';",
  'declare const store: { load(id: string): Promise<string> };',
  'export async function warm(id: string): Promise<void> {',
  '  store.load(id);',
  '  readFileSync(id);',
  '}',
  '',
].join('\n');
const TYPED_FINDINGS = ['3 asyncwise/no-floating-promises', '4 asyncwise/no-blocking-in-async'];

/** Comments written for the project's own ESLint setup, which ESLint 10 refuses or cannot resolve. */
const LEGACY = [
  '/* eslint-env node, mocha */',
  '// eslint-disable-next-line n/no-sync -- startup',
  "const config = require('fs').readFileSync('config.json');",
  'async function load(p) {',
  "  return require('fs').readFileSync(p); // eslint-disable-line some-plugin/some-rule",
  '}',
  'module.exports = { config, load };',
  '',
].join('\n');

const summary = (diagnostics: Diagnostic[]): string[] => diagnostics.map((diagnostic) => `${diagnostic.range.start.line} ${String(diagnostic.code)}`).sort();

describe('every client gets the final findings', { skip: !fs.existsSync(SERVER_BUNDLE) && 'build the server first' }, () => {
  let project: string;
  before(async () => {
    project = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'asyncwise-clients-'));
    await fs.promises.writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, types: [] }, include: ['*.ts'] }));
  });
  after(() => fs.promises.rm(project, { recursive: true, force: true }));

  for (const kind of ['vscode', 'neovim', 'pullWithoutRefresh'] as const) {
    describe(kind, () => {
      let client: LspTestClient;
      before(async () => {
        client = new LspTestClient();
        await client.initialize(project, { capabilities: CLIENTS[kind] });
      });
      after(() => client.dispose());

      /** The findings as this client would come to show them. */
      async function settledFindings(uri: string, expected: number): Promise<Diagnostic[]> {
        if (kind === 'neovim') return client.waitForDiagnostics(uri, (params) => params.diagnostics.length === expected);
        let items = await client.pull(uri);
        // VS Code pulls again only when asked; a client without refreshSupport never does.
        for (let refreshes = client.refreshes; kind === 'vscode' && items.length !== expected; refreshes = client.refreshes) {
          await waitUntil(() => client.refreshes > refreshes);
          items = await client.pull(uri);
        }
        return items;
      }

      it('the typed findings of a file TypeScript has not loaded yet', async () => {
        const file = path.join(project, `first-open-${kind}.ts`);
        await fs.promises.writeFile(file, TYPED);
        const uri = await client.open(file, TYPED);
        assert.deepEqual(summary(await settledFindings(uri, TYPED_FINDINGS.length)), TYPED_FINDINGS);
      });

      it('the findings of a file with /* eslint-env */ and other plugins\' comments, and nothing about those comments', async () => {
        const uri = await client.open(path.join(project, `legacy-${kind}.js`), LEGACY);
        assert.deepEqual(summary(await settledFindings(uri, 1)), ['4 asyncwise/no-blocking-in-async']);
      });
    });
  }

  it('answers a cancelled pull as cancelled, not with an empty or stale report', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize(project, { capabilities: CLIENTS.vscode });
      const file = path.join(project, 'cancelled.ts');
      await fs.promises.writeFile(file, TYPED);
      const uri = await client.open(file, TYPED);
      const source = new CancellationTokenSource();
      const pull = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
      source.cancel();
      await assert.rejects(pull, (error: { code?: number }) => error.code === -32800);
    } finally {
      await client.dispose();
    }
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
