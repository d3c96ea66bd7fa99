import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import { parsePython } from './parse';
import { PythonSourceCode } from './source-code';
import type { PyModule } from './syntax-tree';
import { loadPythonParser } from './tree-sitter';

/**
 * Python as an ESLint language (`language: 'asyncwise/python'`). The parser is WebAssembly and
 * loads asynchronously: `load()` once before the first lint (the plugin's ES module entry does it).
 *
 * Parsing never fails: tree-sitter recovers from syntax errors, and syntax errors are Python's and
 * the editor's to report. Rules skip the broken regions (see PythonSourceCode.traverse).
 */
export const pythonLanguage = {
  fileType: 'text',
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: 'type',
  defaultLanguageOptions: {},

  load: loadPythonParser,

  /**
   * Python takes no language options. Others are ignored, not refused: configs often set a
   * JavaScript parser in a block without `files` (typescript-eslint's base config does), and
   * ESLint merges that block into the Python files' config too.
   */
  validateLanguageOptions(): void {
    // nothing to check
  },

  parse(file: File): ParseResult<PyModule> {
    const text = typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
    return { ok: true, ast: parsePython(text) };
  },

  createSourceCode(file: File, input: OkParseResult<PyModule>): PythonSourceCode {
    const text = typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
    return new PythonSourceCode(text, input.ast);
  },
} satisfies Language & { load: () => Promise<void> };
