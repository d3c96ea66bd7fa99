import { AST_NODE_TYPES, ASTUtils, type ParserServices, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';

/**
 * What the object whose method is called is, as far as the rewrites care:
 * - `array`: has `map` with the same callback arguments (arrays, tuples).
 * - `values`: iterating it yields the values (`Set`, typed arrays, `NodeList`); no array `map`.
 * - `map`: iterating it yields `[key, value]` entries (`Map`).
 * - `iterator`: a one-shot iterator (iterator helpers); `forEach` passes `(value, counter)`.
 * - `unknown`: some built-in collection; `.values()` and `.entries()` are the safe way to iterate.
 */
export type ReceiverKind = 'array' | 'values' | 'map' | 'iterator' | 'unknown';

export type ReceiverVerdict =
  /** The method is the built-in one, which calls the callback without waiting for it. */
  | { builtin: true; kind: ReceiverKind }
  /** The method belongs to something else (a custom `forEach`, a stream, a promise library). */
  | { builtin: false };

const MAP_TYPES = new Set(['Map', 'ReadonlyMap']);
const VALUE_TYPES = new Set([
  'Set', 'ReadonlySet', 'NodeList', 'NodeListOf',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
]);
const ITERATOR_TYPES = new Set([
  'Iterator', 'IteratorObject', 'ArrayIterator', 'MapIterator', 'SetIterator', 'StringIterator',
  'RegExpStringIterator', 'Generator', 'IterableIterator', 'BuiltinIterator',
]);

/**
 * With type information: is `method` on `receiver` the standard library's (declared in a default
 * lib file), and what kind of collection is it? Undefined when the type says nothing (`any`).
 */
export function typedReceiver(
  services: Pick<ParserServices, 'program' | 'esTreeNodeToTSNodeMap'> & { program: ts.Program },
  receiver: TSESTree.Expression,
  method: string,
): ReceiverVerdict | undefined {
  const checker = services.program.getTypeChecker();
  const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(receiver));
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (part) => !(part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)),
  );
  if (parts.length === 0) return undefined;
  const kinds = new Set<ReceiverKind>();
  for (const part of parts) {
    if (part.flags & ts.TypeFlags.Any) return undefined;
    const apparent = checker.getApparentType(part);
    const property = checker.getPropertyOfType(apparent, method);
    const declarations = property?.getDeclarations() ?? [];
    if (declarations.length === 0) return { builtin: false };
    if (!declarations.every((declaration) => services.program.isSourceFileDefaultLibrary(declaration.getSourceFile()))) {
      return { builtin: false };
    }
    kinds.add(kindOfType(checker, apparent));
  }
  const [only] = kinds;
  if (kinds.size === 1 && only) return { builtin: true, kind: only };
  return { builtin: true, kind: kinds.has('iterator') ? 'iterator' : 'unknown' };
}

function kindOfType(checker: ts.TypeChecker, type: ts.Type): ReceiverKind {
  if (checker.isArrayType(type) || checker.isTupleType(type)) return 'array';
  const name = (type.aliasSymbol ?? type.getSymbol())?.getName() ?? '';
  if (MAP_TYPES.has(name)) return 'map';
  if (VALUE_TYPES.has(name)) return 'values';
  if (ITERATOR_TYPES.has(name)) return 'iterator';
  return 'unknown';
}

/** Static methods that build arrays. */
const ARRAY_FACTORIES = new Set(['Array.from', 'Array.of', 'Object.keys', 'Object.values', 'Object.entries']);
/** Methods only arrays (and array-like built-ins that iterate the same way) have, returning a new array. */
const ARRAY_ONLY_METHODS = new Set([
  'concat', 'flat', 'reverse', 'slice', 'splice', 'split', 'toReversed', 'toSorted', 'toSpliced',
]);
/** Array methods that streams and iterators have too, returning their own kind. */
const ARRAY_RETURNING_METHODS = new Set(['filter', 'flatMap', 'map', 'sort']);
/** How many `const` aliases to follow before giving up. */
const MAX_HOPS = 4;

/** Without types: what the code shows the receiver to be (`unknown` when it shows nothing). */
export function syntacticReceiverKind(
  receiver: TSESTree.Expression,
  scope: TSESLint.Scope.Scope,
  hops = 0,
): ReceiverKind {
  switch (receiver.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return 'array';
    case AST_NODE_TYPES.NewExpression: {
      const name = receiver.callee.type === AST_NODE_TYPES.Identifier ? receiver.callee.name : '';
      if (name === 'Array') return 'array';
      if (name === 'Map') return 'map';
      return name === 'Set' ? 'values' : 'unknown';
    }
    case AST_NODE_TYPES.CallExpression:
      return hops < MAX_HOPS && isArrayCall(receiver, scope, hops) ? 'array' : 'unknown';
    case AST_NODE_TYPES.Identifier: {
      if (hops >= MAX_HOPS) return 'unknown';
      const init = constInitializer(receiver, scope);
      return init ? syntacticReceiverKind(init, scope, hops + 1) : 'unknown';
    }
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return syntacticReceiverKind(receiver.expression, scope, hops);
    default:
      return 'unknown';
  }
}

function isArrayCall(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope, hops: number): boolean {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
  if (callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  const method = callee.property.name;
  const object = callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : '';
  if (ARRAY_FACTORIES.has(`${object}.${method}`) || ARRAY_ONLY_METHODS.has(method)) return true;
  // `filter`/`map` return arrays only when called on an array (a stream or an iterator returns its own kind).
  return ARRAY_RETURNING_METHODS.has(method) && syntacticReceiverKind(callee.object, scope, hops + 1) === 'array';
}

/** The initializer of a `const` (or never reassigned) variable declared once. */
function constInitializer(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable') return undefined;
  if (definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  return definition.node.init;
}
