import type { TSESTree } from '@typescript-eslint/utils';
import type { TypeBackend } from './backend';
import type { PromiseQuestions } from './promise-questions';

/**
 * What the object whose method is called is, as far as rewrites of its callbacks care:
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

/** Arrays, tuples and the built-in collections. */
export class CollectionQuestions<T extends object, S extends object, G extends object> {
  constructor(
    private readonly backend: TypeBackend<T, S, G>,
    private readonly promises: PromiseQuestions<T, S, G>,
  ) {}

  /** Every member of the type (`null` and `undefined` aside) is an array or a tuple. */
  isArray(type: T): boolean {
    const { backend } = this;
    const present = backend.nonNullableType(type);
    const constrained = backend.isTypeParameter(present) ? (backend.baseConstraint(present) ?? present) : present;
    return (backend.unionParts(constrained) ?? [constrained]).every((part) => backend.isArrayType(part) || backend.isTupleType(part));
  }

  /** An array or tuple with promise elements. */
  isPromiseArray(type: T, at: TSESTree.Node): boolean {
    const { backend } = this;
    if (backend.isVague(type)) return false;
    return (backend.unionParts(type) ?? [type]).some((part) => {
      const apparent = backend.apparentType(part);
      if (!backend.isArrayType(apparent) && !backend.isTupleType(apparent)) return false;
      return backend.typeArguments(apparent).some((element) => this.promises.promiseKindOf(element, at) !== undefined);
    });
  }

  /**
   * Is `method` on a value of this type the standard library's (declared in a default lib file),
   * and what kind of collection is it? Undefined when the type says nothing (`any`).
   */
  methodReceiver(type: T, method: string): ReceiverVerdict | undefined {
    const { backend } = this;
    if (backend.isVague(type)) return undefined;
    const parts = (backend.unionParts(type) ?? [type]).filter((part) => !backend.isNullish(part) && !backend.isVoid(part));
    if (parts.length === 0) return undefined;
    const kinds = new Set<ReceiverKind>();
    for (const part of parts) {
      if (backend.isAny(part)) return undefined;
      const apparent = backend.apparentType(part);
      const property = backend.property(apparent, method);
      if (!property || backend.defaultLibDeclarations(property) !== 'all') return { builtin: false };
      kinds.add(this.kindOf(apparent));
    }
    const [only] = kinds;
    if (kinds.size === 1 && only) return { builtin: true, kind: only };
    return { builtin: true, kind: kinds.has('iterator') ? 'iterator' : 'unknown' };
  }

  private kindOf(type: T): ReceiverKind {
    const { backend } = this;
    if (backend.isArrayType(type) || backend.isTupleType(type)) return 'array';
    const symbol = backend.aliasSymbolOf(type) ?? backend.symbolOf(type);
    const name = symbol ? backend.symbolName(symbol) : '';
    if (MAP_TYPES.has(name)) return 'map';
    if (VALUE_TYPES.has(name)) return 'values';
    if (ITERATOR_TYPES.has(name)) return 'iterator';
    return 'unknown';
  }
}
