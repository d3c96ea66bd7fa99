import type { AnalyzeOptions } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Linter } from 'eslint';
import { lineStarts, positionAt } from '../line-starts';
import { loadOxc, oxcLanguage } from './oxc-parser';
import { tokenize, UnsupportedSyntax } from './tokens';
import { fixupTree } from './tree-fixup';

/** Line terminators as ECMAScript (and typescript-estree's locations) count them. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/;

interface ParserOptions {
  filePath?: string;
  sourceType?: string;
  ecmaFeatures?: { jsx?: boolean; globalReturn?: boolean };
  jsxPragma?: string | null;
  jsxFragmentName?: string | null;
  lib?: AnalyzeOptions['lib'];
}

type ParseResult = Linter.ESLintParseResult;

/**
 * The parser for linting without type information: the tree, tokens, comments and scopes
 * typescript-eslint's parser gives ESLint for a file without a program, made from oxc-parser's
 * native parse. typescript-estree converts TypeScript's whole syntax tree in JavaScript, which was
 * most of an untyped lint. Any file oxc-parser reports an error in (or the token pass does not
 * understand) goes to typescript-eslint's parser, so broken code gets the same message as before.
 */
export const untypedParser = {
  meta: { name: 'asyncwise/untyped-parser', version: '1' },
  parseForESLint(text: string, options: ParserOptions = {}): ParseResult {
    return parseWithOxc(text, options) ?? loadTypescriptEslintParser().parseForESLint(text, options);
  },
};

/**
 * typescript-eslint's parser, for linting with type information. Loaded on the first typed file:
 * it brings the whole TypeScript compiler, which an untyped or Python-only run never needs.
 */
export const typescriptEslintParser = {
  meta: { name: 'asyncwise/typescript-eslint-parser', version: '1' },
  parseForESLint(text: string, options: ParserOptions = {}): ParseResult {
    return loadTypescriptEslintParser().parseForESLint(text, options);
  },
};

function parseWithOxc(text: string, options: ParserOptions): ParseResult | undefined {
  const oxc = loadOxc();
  if (!oxc) return undefined;
  const filePath = options.filePath ?? 'file.ts';
  const sourceType = options.sourceType === 'module' ? 'module' : 'script';
  const result = oxc.parseSync(filePath, text, { lang: oxcLanguage(filePath), sourceType, astType: 'ts', range: true, preserveParens: false });
  if (result.errors.length > 0) return undefined;
  const program = result.program as unknown as TSESTree.Program & Record<string, unknown>;
  const lines = lineStarts(text, LINE_BREAKS);
  const comments = result.comments.map((comment) => ({
    type: comment.type,
    value: comment.value,
    range: [comment.start, comment.end] as [number, number],
    loc: { start: positionAt(lines, comment.start), end: positionAt(lines, comment.end) },
  })) as TSESTree.Comment[];
  let tokens: TSESTree.Token[];
  try {
    const hints = fixupTree(program, text, lines);
    // The `#!` line is neither a token nor, for typescript-estree, a comment.
    const hashbang = (program.hashbang as { range: [number, number] } | undefined)?.range;
    tokens = tokenize(text, hashbang ? [{ range: hashbang }, ...comments] : comments, hints, lines);
  } catch (error) {
    if (error instanceof UnsupportedSyntax) return undefined;
    throw error;
  }
  program.hashbang = undefined;
  program.sourceType = sourceType;
  program.comments = comments;
  program.tokens = tokens;
  const { analyze, visitorKeys } = scopeAnalysis();
  const scopeManager = analyze(program, {
    globalReturn: options.ecmaFeatures?.globalReturn,
    jsxPragma: options.jsxPragma,
    jsxFragmentName: options.jsxFragmentName,
    lib: options.lib,
    sourceType,
  });
  const services = { program: null, emitDecoratorMetadata: false, experimentalDecorators: false, isolatedDeclarations: false };
  return { ast: program, scopeManager, services, visitorKeys } as unknown as ParseResult;
}

type ScopeAnalysis = Pick<typeof import('@typescript-eslint/scope-manager'), 'analyze'> & Pick<typeof import('@typescript-eslint/visitor-keys'), 'visitorKeys'>;
let loadedScopeAnalysis: ScopeAnalysis | undefined;

/** typescript-eslint's scope analysis, loaded with the first JavaScript file (a Python-only run needs none). */
function scopeAnalysis(): ScopeAnalysis {
  /* eslint-disable @typescript-eslint/no-require-imports -- see above */
  loadedScopeAnalysis ??= {
    analyze: (require('@typescript-eslint/scope-manager') as typeof import('@typescript-eslint/scope-manager')).analyze,
    visitorKeys: (require('@typescript-eslint/visitor-keys') as typeof import('@typescript-eslint/visitor-keys')).visitorKeys,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return loadedScopeAnalysis;
}

function loadTypescriptEslintParser(): { parseForESLint: (text: string, options: ParserOptions) => ParseResult } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  return require('@typescript-eslint/parser') as { parseForESLint: (text: string, options: ParserOptions) => ParseResult };
}
