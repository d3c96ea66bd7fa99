import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { TypeFacts } from './type-facts';
import type { LoopShape } from './loops';

/** Methods and functions that certainly give an array, for code without type information. */
const ARRAY_METHODS = new Set(['map', 'filter', 'slice', 'concat', 'split', 'flat', 'flatMap', 'sort', 'toSorted', 'toReversed', 'toSpliced', 'reverse']);
const OBJECT_LISTS = new Set(['keys', 'values', 'entries']);

/**
 * The statement that replaces the loop: `await Promise.all(items.map(async (item) => { ... }))`,
 * the body kept as written with its `continue`s turned into `return`s. When the body ended by
 * pushing a value, the values are pushed after all are done, in the items' order:
 * `const results = await Promise.all(items.map(async (item) => { ...; return value; }))`.
 */
export function loopReplacement(shape: LoopShape, sourceCode: Readonly<TSESLint.SourceCode>, types: TypeFacts): string {
  const callback = `async (${shape.params}) => ${callbackBody(shape, sourceCode)}`;
  const mapped = mappedCollection(shape.collection, callback, sourceCode, types);
  const all = `await Promise.all(${mapped})`;
  const { collect } = shape;
  if (!collect) return `${all};`;
  if (collect.declaration) {
    const declarator = collect.declaration.declarations[0];
    return `${collect.declaration.kind} ${sourceCode.getText(declarator.id)} = ${all};`;
  }
  return `${collect.array.name}.push(...(${all}));`;
}

/** The source range the replacement takes the place of: the loop with its label, and the array's declaration. */
export function replacedRange(shape: LoopShape): TSESTree.Range {
  const { loop } = shape;
  const statement = loop.parent.type === AST_NODE_TYPES.LabeledStatement ? loop.parent : loop;
  return [shape.collect?.declaration?.range[0] ?? statement.range[0], statement.range[1]];
}

function callbackBody(shape: LoopShape, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const { body } = shape.loop;
  const edits: { range: TSESTree.Range; text: string }[] = shape.continues.map((statement) => ({
    range: statement.range,
    text: sourceCode.getText(statement).trimEnd().endsWith(';') ? 'return;' : 'return',
  }));
  if (shape.collect) {
    edits.push({ range: shape.collect.statement.range, text: `return ${sourceCode.getText(shape.collect.value)};` });
  }
  const text = applyEdits(sourceCode.getText(body), body.range[0], edits);
  return body.type === AST_NODE_TYPES.BlockStatement ? text : `{ ${text} }`;
}

function applyEdits(text: string, offset: number, edits: { range: TSESTree.Range; text: string }[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
    result = result.slice(0, edit.range[0] - offset) + edit.text + result.slice(edit.range[1] - offset);
  }
  return result;
}

/** `items.map(callback)` for an array, `Array.from(iterable, callback)` for a Set, a Map or an unknown iterable. */
function mappedCollection(
  collection: TSESTree.Expression,
  callback: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
  types: TypeFacts,
): string {
  const text = sourceCode.getText(collection);
  if (!(types.isArray(collection) ?? isArrayBySyntax(collection))) return `Array.from(${text}, ${callback})`;
  return `${bindsTightly(collection) ? text : `(${text})`}.map(${callback})`;
}

function isArrayBySyntax(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.ArrayExpression) return true;
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const { object, property, computed } = node.callee;
  if (computed || property.type !== AST_NODE_TYPES.Identifier) return false;
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Object') return OBJECT_LISTS.has(property.name);
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Array') return property.name === 'from' || property.name === 'of';
  return ARRAY_METHODS.has(property.name);
}

/** Whether `.map(...)` can follow the text without parentheses. */
function bindsTightly(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.Identifier ||
    node.type === AST_NODE_TYPES.ThisExpression ||
    node.type === AST_NODE_TYPES.MemberExpression ||
    node.type === AST_NODE_TYPES.CallExpression ||
    node.type === AST_NODE_TYPES.ArrayExpression
  );
}
