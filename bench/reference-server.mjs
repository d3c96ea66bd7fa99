// The reference, "the vscode-eslint way": ESLint's Linter with typescript-eslint's
// no-floating-promises and no-misused-promises, the same parser and project service as
// Asyncwise, linted synchronously on the server's message loop when a document changes.
// Diagnostics are pushed; hovers and code actions answer from a cache of the last lint.
// Like vscode-eslint's message queue, changes that arrive together are linted once (the latest).
// Python files: the built eslint-plugin-asyncwise's `recommended-python` preset (its Python
// language and rules), the way a vscode-eslint user with that config would lint them.
// Run: node bench/reference-server.mjs --stdio
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** @type {typeof import('vscode-languageserver/node')} */
const lsp = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');
const tseslint = require('typescript-eslint');

const JS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const EXTENSIONS = [...JS_EXTENSIONS, '.py'];
// The ES module entry of the built plugin waits for its WebAssembly Python parser.
const { default: asyncwise } = await import(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'eslint-plugin-asyncwise', 'index.mjs'));

const connection = lsp.createConnection(lsp.ProposedFeatures.all);
const documents = new lsp.TextDocuments(TextDocument);
/** uri → { version, diagnostics, suggestions per diagnostic } */
const cache = new Map();
const queued = new Set();
let linter;
let config;

connection.onInitialize((params) => {
  const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  const rootDir = rootUri ? fileURLToPath(rootUri) : process.cwd();
  linter = new Linter({ cwd: rootDir, configType: 'flat' });
  config = [
    {
      files: JS_EXTENSIONS.map((extension) => `**/*${extension}`),
      plugins: { '@typescript-eslint': tseslint.plugin },
      languageOptions: {
        parser: tsParser,
        sourceType: 'module',
        parserOptions: {
          ecmaFeatures: { jsx: true },
          projectService: true,
          tsconfigRootDir: rootDir,
          disallowAutomaticSingleRunInference: true,
        },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules: {
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-misused-promises': 'error',
      },
    },
    { ...asyncwise.configs['recommended-python'], linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ];
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: lsp.TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'asyncwise-bench-reference' },
  };
});

documents.onDidChangeContent(({ document }) => {
  queued.add(document.uri);
  setImmediate(lintQueued);
});
documents.onDidClose(({ document }) => {
  queued.delete(document.uri);
  cache.delete(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

/** Lints every queued document's latest text, synchronously, on this thread. */
function lintQueued() {
  for (const uri of [...queued]) {
    queued.delete(uri);
    const document = documents.get(uri);
    if (!document || cache.get(uri)?.version === document.version) continue;
    const filePath = fileURLToPath(uri);
    if (!EXTENSIONS.includes(path.extname(filePath))) continue;
    const entries = [];
    for (const message of linter.verify(document.getText(), config, { filename: filePath })) {
      const start = { line: Math.max(0, message.line - 1), character: Math.max(0, message.column - 1) };
      const end = message.endLine === undefined ? start : { line: message.endLine - 1, character: (message.endColumn ?? message.column) - 1 };
      const diagnostic = {
        range: { start, end },
        message: message.message,
        severity: message.severity === 2 ? lsp.DiagnosticSeverity.Error : lsp.DiagnosticSeverity.Warning,
        source: 'eslint',
        ...(message.ruleId ? { code: message.ruleId } : {}),
      };
      const toEdit = (fix) => ({ range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text });
      const fixes = [
        ...(message.fix ? [{ title: `Fix: ${message.message}`, edit: toEdit(message.fix) }] : []),
        ...(message.suggestions ?? []).map((suggestion) => ({ title: suggestion.desc, edit: toEdit(suggestion.fix) })),
      ];
      entries.push({ diagnostic, fixes });
    }
    cache.set(uri, { version: document.version, entries });
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: entries.map((entry) => entry.diagnostic) });
  }
}

const after = (a, b) => a.line > b.line || (a.line === b.line && a.character >= b.character);
const contains = (range, position) => after(position, range.start) && after(range.end, position);
const sameRange = (a, b) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

connection.onHover(({ textDocument, position }) => {
  const entry = cache.get(textDocument.uri)?.entries.find(({ diagnostic }) => contains(diagnostic.range, position));
  if (!entry) return null;
  return {
    contents: { kind: 'markdown', value: `**${entry.diagnostic.code ?? 'eslint'}**\n\n${entry.diagnostic.message}` },
    range: entry.diagnostic.range,
  };
});

connection.onCodeAction(({ textDocument, context }) => {
  const cached = cache.get(textDocument.uri);
  const document = documents.get(textDocument.uri);
  if (!cached || !document || cached.version !== document.version) return [];
  const actions = [];
  for (const wanted of context.diagnostics) {
    const entry = cached.entries.find(({ diagnostic }) => diagnostic.code === wanted.code && sameRange(diagnostic.range, wanted.range));
    if (!entry) continue;
    for (const fix of entry.fixes) {
      actions.push({
        title: fix.title,
        kind: lsp.CodeActionKind.QuickFix,
        diagnostics: [entry.diagnostic],
        edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [fix.edit] }] },
      });
    }
    const line = entry.diagnostic.range.start.line;
    actions.push({
      title: `Disable ${entry.diagnostic.code} for this line`,
      kind: lsp.CodeActionKind.QuickFix,
      diagnostics: [entry.diagnostic],
      edit: {
        documentChanges: [
          {
            textDocument: { uri: document.uri, version: document.version },
            edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `// eslint-disable-next-line ${entry.diagnostic.code}\n` }],
          },
        ],
      },
    });
  }
  return actions;
});

documents.listen(connection);
connection.listen();
