import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
// The CommonJS build: the ES module one finds its files through import.meta.url, which bundles lose.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- selects the package's `require` export
import TreeSitter = require('web-tree-sitter');

/**
 * tree-sitter's runtime and the Python grammar, both WebAssembly: no native build anywhere. They
 * load asynchronously, once per process; parsing afterwards is synchronous, as ESLint needs.
 */
let parser: TreeSitter.Parser | undefined;
let loading: Promise<void> | undefined;

/** Starts (or joins) loading the parser. Call it before linting Python; resolves once it is ready. */
export function loadPythonParser(): Promise<void> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export function pythonParserLoaded(): boolean {
  return parser !== undefined;
}

/** The loaded parser; a clear error if nobody awaited loadPythonParser() first. */
export function pythonParser(): TreeSitter.Parser {
  if (!parser) {
    throw new Error(
      'The Python parser is not loaded yet. Use an ES module ESLint config (eslint.config.mjs), ' +
        "which waits for it, or `await plugin.languages.python.load()` before linting.",
    );
  }
  return parser;
}

async function load(): Promise<void> {
  const runtime = wasmFile('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
  await TreeSitter.Parser.init({ locateFile: () => runtime });
  const grammar = await TreeSitter.Language.load(
    await readFile(wasmFile('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm')),
  );
  const created = new TreeSitter.Parser();
  created.setLanguage(grammar);
  parser = created;
}

/** Beside the bundle that runs (the shipped server, the plugin package), else from node_modules. */
function wasmFile(name: string, packagePath: string): string {
  const beside = path.join(__dirname, name);
  if (fs.existsSync(beside)) return beside;
  return require.resolve(packagePath);
}
