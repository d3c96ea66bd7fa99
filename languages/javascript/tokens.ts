import type { TSESTree } from '@typescript-eslint/utils';
import { positionAt } from '../line-starts';

/** typescript-estree's token types, as the strings they are. */
export type TokenType = `${TSESTree.Token['type']}`;

/** What the syntax tree knows that a lexer alone cannot (where a `/` starts a regex, where JSX text is). */
export interface TokenHints {
  /** Tokens the tree gives whole, by start offset: template pieces, regexes, JSX text, names and attribute strings. */
  spans: Map<number, { end: number; type: TokenType }>;
  /** Start offsets of identifiers in the tree: a word there is an Identifier even if spelt like a keyword (`x.default`). */
  identifiers: Set<number>;
  /**
   * Binary and assignment operators longer than one character that start with `<` or `>` (`>=`,
   * `>>>=`, `<<`), by offset. Elsewhere `<` and `>` are single tokens, as in `Map<string, Set<T>>`.
   */
  angleOperators: Map<number, string>;
}

/** Offsets of the comments, which the lexer steps over. */
export interface CommentSpan {
  range: [number, number];
}

/** Text this parser does not turn into typescript-estree's tree and tokens; the file is parsed the old way. */
export class UnsupportedSyntax extends Error {}

/**
 * Words TypeScript scans as reserved keywords (SyntaxKind.FirstKeyword to LastFutureReservedWord):
 * typescript-estree types their tokens `Keyword`, `Boolean` or `Null`, every other word `Identifier`
 * (so `async`, `await`, `of`, `as`, `type` are identifiers).
 */
const KEYWORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield',
]);

/** Punctuators by first character, longest first (`<` and `>` are handled by TokenHints.angleOperators). */
const PUNCTUATORS: Record<string, readonly string[]> = {
  '{': ['{'], '}': ['}'], '(': ['('], ')': [')'], '[': ['['], ']': [']'], ';': [';'], ',': [','], '~': ['~'],
  ':': [':'], '@': ['@'],
  '.': ['...', '.'],
  '=': ['===', '==', '=>', '='],
  '!': ['!==', '!=', '!'],
  '+': ['++', '+=', '+'],
  '-': ['--', '-=', '-'],
  '*': ['**=', '**', '*=', '*'],
  '/': ['/=', '/'],
  '%': ['%=', '%'],
  '&': ['&&=', '&&', '&=', '&'],
  '|': ['||=', '||', '|=', '|'],
  '^': ['^=', '^'],
  '?': ['??=', '??', '?.', '?'],
  '<': ['<'],
  '>': ['>'],
};

const NUMBER = /(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)n?/y;
const IDENTIFIER_START = /[\p{ID_Start}$_]/u;
const IDENTIFIER_PART = /[\p{ID_Continue}$\u200c\u200d]/u;
const UNICODE_ESCAPE = /\\u(?:\{[\da-fA-F]+\}|[\da-fA-F]{4})/y;
const WHITESPACE = /[\s\ufeff]/;

/**
 * The token list typescript-estree would give ESLint for this text (same types, values and ranges),
 * made from the text with the syntax tree's hints, without TypeScript's scanner.
 */
export function tokenize(text: string, comments: readonly CommentSpan[], hints: TokenHints, lines: readonly number[]): TSESTree.Token[] {
  const tokens: TSESTree.Token[] = [];
  let nextComment = 0;
  let pos = 0;
  const push = (type: TokenType, start: number, end: number, value = text.slice(start, end)): void => {
    const token = { type, loc: { start: positionAt(lines, start), end: positionAt(lines, end) }, range: [start, end], value } as TSESTree.Token;
    if (type === 'RegularExpression') {
      const slash = value.lastIndexOf('/');
      (token as TSESTree.RegularExpressionToken).regex = { flags: value.slice(slash + 1), pattern: value.slice(1, slash) };
    }
    tokens.push(token);
  };

  while (pos < text.length) {
    const span = hints.spans.get(pos);
    if (span) {
      push(span.type, pos, span.end);
      pos = span.end;
      continue;
    }
    const comment = comments[nextComment];
    if (comment && comment.range[0] <= pos) {
      pos = Math.max(pos, comment.range[1]);
      nextComment++;
      continue;
    }
    const char = text[pos] as string;
    if (WHITESPACE.test(char)) {
      pos++;
      continue;
    }
    pos = lexOne(text, pos, hints, push);
  }
  return tokens;
}

type Push = (type: TokenType, start: number, end: number, value?: string) => void;

/** Lexes the one token at `start`; returns where it ends. */
function lexOne(text: string, start: number, hints: TokenHints, push: Push): number {
  const char = text[start] as string;
  if (char === '"' || char === "'") {
    const end = stringEnd(text, start);
    push('String', start, end);
    return end;
  }
  if (char === '#') {
    const end = wordEnd(text, start + 1);
    if (end === start + 1) throw new UnsupportedSyntax(`unexpected # at ${start}`);
    push('PrivateIdentifier', start, end, text.slice(start + 1, end));
    return end;
  }
  const numberEnd = isDigit(text.charCodeAt(start)) || (char === '.' && isDigit(text.charCodeAt(start + 1))) ? matchAt(NUMBER, text, start) : 0;
  if (numberEnd > start) {
    push('Numeric', start, numberEnd);
    return numberEnd;
  }
  const end = wordEnd(text, start);
  if (end > start) {
    const word = text.slice(start, end);
    push(wordType(word, hints.identifiers.has(start)), start, end, word);
    return end;
  }
  if (char === '<' || char === '>') {
    const operator = hints.angleOperators.get(start) ?? char;
    push('Punctuator', start, start + operator.length, operator);
    return start + operator.length;
  }
  for (const punctuator of PUNCTUATORS[char] ?? []) {
    // `?.` is optional chaining only when no digit follows (`a?.5:b` is a conditional).
    if (punctuator === '?.' && isDigit(text.charCodeAt(start + 2))) continue;
    if (text.startsWith(punctuator, start)) {
      push('Punctuator', start, start + punctuator.length, punctuator);
      return start + punctuator.length;
    }
  }
  throw new UnsupportedSyntax(`unexpected ${JSON.stringify(char)} at ${start}`);
}

function wordType(word: string, isIdentifier: boolean): TokenType {
  if (isIdentifier || !KEYWORDS.has(word)) return 'Identifier';
  if (word === 'null') return 'Null';
  if (word === 'true' || word === 'false') return 'Boolean';
  return 'Keyword';
}

/** The end of the identifier (or keyword) at `start`, or `start` when none starts there. */
function wordEnd(text: string, start: number): number {
  let pos = start;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 92 /* \ */) {
      const escapeEnd = matchAt(UNICODE_ESCAPE, text, pos);
      if (escapeEnd === 0) break;
      pos = escapeEnd;
      continue;
    }
    if (code < 128) {
      const isPart = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 36 || code === 95 || (pos > start && isDigit(code));
      if (!isPart) break;
      pos++;
      continue;
    }
    const codePoint = text.codePointAt(pos) as number;
    const character = String.fromCodePoint(codePoint);
    if (!(pos === start ? IDENTIFIER_START : IDENTIFIER_PART).test(character)) break;
    pos += character.length;
  }
  return pos;
}

function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let pos = start + 1; pos < text.length; pos++) {
    const char = text[pos];
    if (char === '\\') pos++;
    else if (char === quote) return pos + 1;
  }
  throw new UnsupportedSyntax(`unterminated string at ${start}`);
}

function matchAt(pattern: RegExp, text: string, start: number): number {
  pattern.lastIndex = start;
  return pattern.exec(text) ? pattern.lastIndex : 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
