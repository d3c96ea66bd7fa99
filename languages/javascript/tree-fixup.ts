import type { TSESTree } from '@typescript-eslint/utils';
import { positionAt } from '../line-starts';
import { UnsupportedSyntax, type TokenHints, type TokenType } from './tokens';

interface AnyNode {
  type: string;
  range: [number, number];
  loc?: TSESTree.SourceLocation;
  [key: string]: unknown;
}

/**
 * Optional members oxc-parser sets to `null` where typescript-estree leaves them out. Rules test
 * some of them with `=== undefined`, so they are made undefined (other `null`s, such as an empty
 * `init` or `alternate`, are the same in both trees).
 */
const ABSENT_WHEN_NULL = new Set([
  'typeAnnotation', 'typeArguments', 'typeParameters', 'returnType', 'accessibility', 'superTypeArguments',
  'directive', 'hashbang', 'constraint', 'default', 'value', 'body', 'readonly',
]);
/** Where typescript-estree has a `null` among those members too. */
const NULL_KEPT: Record<string, ReadonlySet<string>> = {
  value: new Set(['Property', 'PropertyDefinition', 'AccessorProperty', 'TSAbstractPropertyDefinition', 'TSAbstractAccessorProperty', 'JSXAttribute', 'Literal', 'MethodDefinition', 'TSAbstractMethodDefinition', 'TSEnumMember']),
  body: new Set(['TSEmptyBodyFunctionExpression']),
  typeArguments: new Set(['TSImportType']),
};

/** Old names typescript-estree keeps as hidden getters (not enumerable, so not walked): `[old, current]`. */
const DEPRECATED_ALIASES: Record<string, [string, string]> = {
  ImportDeclaration: ['assertions', 'attributes'],
  ExportNamedDeclaration: ['assertions', 'attributes'],
  ExportAllDeclaration: ['assertions', 'attributes'],
  ImportExpression: ['attributes', 'options'],
};

/**
 * One walk over oxc-parser's tree (ESTree/TS-ESTree in shape, with ranges) that makes it the tree
 * typescript-estree gives ESLint: `loc` on every node, members typescript-estree leaves out made
 * undefined, regex flags in source order; and, on the way, the hints the tokenizer needs.
 */
export function fixupTree(program: AnyNode, text: string, lines: readonly number[]): TokenHints {
  const hints = { spans: new Map<number, { end: number; type: TokenType }>(), identifiers: new Set<number>(), angleOperators: new Map<number, string>(), keywordIdentifiers: [] as number[] };
  const visit = (node: AnyNode): void => {
    noteHints(node, text, hints);
    node.loc = { start: positionAt(lines, node.range[0]), end: positionAt(lines, node.range[1]) };
    for (const key in node) {
      const value = node[key];
      if (value === null) {
        if (ABSENT_WHEN_NULL.has(key) && !NULL_KEPT[key]?.has(node.type)) node[key] = undefined;
        continue;
      }
      if (typeof value !== 'object' || key === 'loc' || key === 'range' || key === 'regex') continue;
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) if (item && typeof (item as AnyNode).type === 'string') visit(item as AnyNode);
      } else if (typeof (value as AnyNode).type === 'string') visit(value as AnyNode);
    }
  };
  visit(program);
  for (const start of hints.keywordIdentifiers) hints.identifiers.delete(start);
  return hints;
}

function noteHints(node: AnyNode, text: string, hints: TokenHints & { keywordIdentifiers: number[] }): void {
  const [start, end] = node.range;
  const alias = DEPRECATED_ALIASES[node.type];
  if (alias) hide(node, alias[0], () => node[alias[1]]);
  switch (node.type) {
    case 'TSEnumDeclaration':
      hide(node, 'members', () => (node.body as AnyNode).members);
      break;
    case 'TSEnumMember': {
      const computed = node.computed;
      hide(node, 'computed', () => computed);
      break;
    }
    case 'Identifier':
      hints.identifiers.add(start);
      break;
    case 'MetaProperty':
      // `import.meta`, `new.target`: the tree names the keyword with an Identifier, its token is a Keyword.
      hints.keywordIdentifiers.push((node.meta as AnyNode).range[0]);
      break;
    case 'TSQualifiedName':
    case 'TSTypeQuery': {
      // `typeof this.x` in a type: TypeScript reads that `this` as a name, and its token is an Identifier.
      const name = (node.left ?? node.exprName) as AnyNode;
      if (name.type === 'ThisExpression') hints.identifiers.add(name.range[0]);
      break;
    }
    case 'AssignmentPattern':
      includeClosingParentheses(node, text);
      break;
    case 'TemplateElement':
      hints.spans.set(start, { end, type: 'Template' });
      break;
    case 'JSXText':
      // typescript-estree decodes character references (`&amp;`) in the node's value; such files take that parser.
      if ((node.value as string).includes('&')) throw new UnsupportedSyntax('character reference in JSX text');
      hints.spans.set(start, { end, type: 'JSXText' });
      break;
    case 'JSXIdentifier':
      if (!hints.spans.has(start)) hints.spans.set(start, { end, type: 'JSXIdentifier' });
      break;
    case 'JSXNamespacedName':
      // `<svg:rect>`: TypeScript gives the two names plain Identifier tokens (set before the children are visited).
      for (const part of [node.namespace, node.name] as AnyNode[]) hints.spans.set(part.range[0], { end: part.range[1], type: 'Identifier' });
      break;
    case 'JSXAttribute': {
      const value = node.value as AnyNode | null;
      if (value?.type === 'Literal') hints.spans.set(value.range[0], { end: value.range[1], type: 'JSXText' });
      break;
    }
    case 'Literal': {
      const regex = node.regex as { pattern: string; flags: string } | undefined;
      if (regex) {
        // oxc-parser sorts the flags; typescript-estree keeps them as written.
        const raw = text.slice(start, end);
        regex.flags = raw.slice(raw.lastIndexOf('/') + 1);
        hints.spans.set(start, { end, type: 'RegularExpression' });
      }
      break;
    }
    case 'BinaryExpression':
    case 'AssignmentExpression':
    case 'LogicalExpression':
      noteAngleOperator(node, text, hints);
      break;
    default:
  }
}

/** Where a `>=`, `>>`, `<<=`… operator sits between its operands (parentheses and comments may come first). */
function noteAngleOperator(node: AnyNode, text: string, hints: TokenHints): void {
  const operator = node.operator as string;
  if (operator.length < 2 || (operator[0] !== '<' && operator[0] !== '>')) return;
  const left = node.left as AnyNode;
  const right = node.right as AnyNode;
  let at = text.indexOf(operator, left.range[1]);
  // A comment between the operands could hold the same characters: the operator is the last match before the right operand.
  for (let next = at; next !== -1 && next + operator.length <= right.range[0]; next = text.indexOf(operator, next + 1)) at = next;
  if (at !== -1) hints.angleOperators.set(at, operator);
}

/**
 * `x = (a += 1)` as a parameter: typescript-estree's AssignmentPattern ends after the parentheses
 * around the default value (TypeScript's parameter does), oxc-parser's after the value itself.
 */
function includeClosingParentheses(node: AnyNode, text: string): void {
  const left = node.left as AnyNode;
  const right = node.right as AnyNode;
  if (node.range[1] !== right.range[1]) return;
  let open = 0;
  for (let at = left.range[1]; at < right.range[0]; at++) if (text[at] === '(') open++;
  let end = right.range[1];
  while (open > 0 && end < text.length) {
    if (text[end] === ')') open--;
    else if (!/\s/.test(text[end] as string)) return;
    end++;
  }
  if (open === 0) node.range = [node.range[0], end];
}

function hide(node: AnyNode, key: string, get: () => unknown): void {
  Object.defineProperty(node, key, { get, enumerable: false, configurable: true });
}
