import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import { JAVASCRIPT_EXTENSIONS } from '../../engine/extensions';
import { listSourceFiles } from '../../engine/source-files';
import { untypedParser } from './parser';

/** Code that exercises what the token pass decides from the tree: regexes, templates, `>>`, keywords as names, JSX. */
const SAMPLES: Record<string, string> = {
  'regex-and-division.js': 'const re = /[/]\\/(?<n>x)/ui, d = a / b / c, e = (x) / 2; x = y /= 2;\n',
  'templates.js': 'const t = `a${`in${x}ner`}b${ y }c` + `plain`; tag`x${1}`;\n',
  'numbers.js': 'let n = 10n + 0x1F_FFn + 1_000.5e-3 + .5 + 0o17 + 0b1010 + 1..toString() + 5e+3;\n',
  'angle-operators.ts': 'a >>>= 1; a >>= 1; a <<= 1; a >= b; a <= b; a >> b; a >>> b; a << b; a >= (b >= c);\nconst m = new Map<string, Set<Array<number>>>();\nlet v = <any>x;\ntype Fn = <T>(x: T) => T;\n',
  'keywords-as-names.js': 'const o = { get: 1, set: 2, async: 3, await: 4, default: 5, class: 6, new: 7, null: 8, true: 9, ...s };\no.delete(); o.let = o.static;\nimport.meta.url; function nt() { return new.target; }\n',
  'typescript.ts': [
    '#!/usr/bin/env node',
    "import type { A } from './a';",
    'function f<T extends keyof U, U = {}>(this: Window, a?: T, ...rest: U[]): asserts a is T {}',
    'type M = { readonly [K in keyof T]-?: T[K] } & { +readonly [K in keyof T]+?: T[K] };',
    'type C<T> = T extends (infer U)[] ? U : never; type Tpl = `p-${string}`;',
    'abstract class B<T> implements I { declare x: number; private static readonly y = 1; #p?: string; static { init(); }',
    '  abstract m(): void; get g() { return this.#p; } constructor(public q = (1 + 2), protected index: number = (s.i += 1)) { super(); } }',
    'class K { x: typeof this.y = 1 as const; }',
    'enum E { A = 1, B = A << 2 } namespace NS { export const x = 1; } declare module "m" { export function g(): void; }',
    '@dec() class D { @prop() p = 1; m(@param() a: string) {} }',
    'x = a satisfies B; obj?.a?.[b]?.(c); c ? .5 : 1; y = z!.w;',
    "let u = '\\u{1F600}' + \"it's\" + '\\\\'; let café = 1, \\u0061bc = 2;",
    'async function* gen() { yield* other(); for await (const a of b) await a; }',
    'export default class {}',
  ].join('\n'),
  'jsx.jsx': [
    '/** @jsx h */',
    'const el = <div className="a" data-x=\'y\' {...props} onClick={() => go(1)}>',
    '  text with // not a comment',
    '  {/* comment in JSX */}',
    '  <Foo.Bar x={1} />',
    '  <svg:rect xlink:href="v"></svg:rect>',
    '  <>fragment</>',
    '</div>;',
  ].join('\n'),
};

const OPTIONS = { sourceType: 'module', ecmaFeatures: { jsx: true }, ecmaVersion: 'latest' };

function parseBoth(filePath: string, text: string): { fast: Linter.ESLintParseResult; old: Linter.ESLintParseResult } {
  const options = { ...OPTIONS, filePath, sourceType: filePath.endsWith('.cjs') ? 'commonjs' : 'module' };
  return { fast: untypedParser.parseForESLint(text, options), old: tsParser.parseForESLint(text, options as never) as unknown as Linter.ESLintParseResult };
}

/** The tree as ESLint and rules see it: no parser-private offsets (`start`/`end`), no members left undefined. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (!value || typeof value !== 'object' || value instanceof RegExp) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined || key === 'start' || key === 'end' || key === 'parent') continue;
    out[key] = plain(member);
  }
  return out;
}

/** Each scope's variables with their definitions and references, and what leaves the scope unresolved. */
function scopes(result: Linter.ESLintParseResult): string[] {
  return (result.scopeManager?.scopes ?? []).map((scope) => {
    const variables = scope.variables.map((variable) => `${variable.name}:${variable.defs.map((def) => def.type).join(',')}:${variable.references.length}`);
    return `${scope.type} ${String(scope.block.range)} [${variables.join(' ')}] through ${scope.through.map((ref) => ref.identifier.name).join(',')}`;
  });
}

function assertSameParse(filePath: string, text: string): void {
  const { fast, old } = parseBoth(filePath, text);
  assert.equal((fast.services as Record<string, unknown>).program, null);
  assert.equal((fast.services as Record<string, unknown>).esTreeNodeToTSNodeMap, undefined, `${filePath} was parsed by oxc-parser, not handed back`);
  assert.deepEqual(plain(fast.ast.tokens), plain(old.ast.tokens), `${filePath}: tokens`);
  assert.deepEqual(plain(fast.ast.comments), plain(old.ast.comments), `${filePath}: comments`);
  assert.deepEqual(plain(fast.ast), plain(old.ast), `${filePath}: tree`);
  assert.deepEqual(scopes(fast), scopes(old), `${filePath}: scopes`);
}

describe('untyped parser: the same tree, tokens, comments and scopes as typescript-eslint', () => {
  for (const [name, text] of Object.entries(SAMPLES)) it(name, () => assertSameParse(name, text));

  const fixtures = listSourceFiles(path.resolve('test-fixtures'), JAVASCRIPT_EXTENSIONS);
  it(`every JavaScript and TypeScript fixture (${fixtures.length} files)`, () => {
    for (const file of fixtures) assertSameParse(file, fs.readFileSync(file, 'utf8'));
  });
});

describe('untyped parser: what it hands to typescript-eslint', () => {
  it('code with a syntax error gets typescript-eslint’s own message', () => {
    const text = 'async function f() {\n  await g(;\n}\n';
    assert.throws(() => untypedParser.parseForESLint(text, { ...OPTIONS, filePath: 'broken.js' }), (error: Error & { lineNumber?: number }) => {
      assert.throws(() => tsParser.parseForESLint(text, { ...OPTIONS, filePath: 'broken.js' } as never), { message: error.message });
      return true;
    });
  });

  it('JSX text with character references (typescript-estree decodes them) is parsed by typescript-eslint', () => {
    const { fast, old } = parseBoth('entity.jsx', 'const a = <p>Fish &amp; chips</p>;\n');
    assert.ok((fast.services as Record<string, unknown>).esTreeNodeToTSNodeMap);
    assert.deepEqual(plain(fast.ast), plain(old.ast));
  });
});
