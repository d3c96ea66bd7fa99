import type { TSESTree } from '@typescript-eslint/utils';
import type { TypeBackend } from './backend';

/** `Promise`/`PromiseLike` from TypeScript's lib, or another object with a promise-shaped `then`. */
export type PromiseKind = 'promise' | 'thenable';

const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);
/** How many methods of its own make an awaitable intersection an object rather than a promise. */
const AWAITABLE_OBJECT_METHODS = 3;

/**
 * What the types say about promises. `any` and `unknown` are never promises: a value nobody
 * typed is not reported. Custom thenables count when their `then` takes a fulfil and a reject
 * callback, like VS Code's `Thenable`.
 */
export class PromiseQuestions<T extends object, S extends object, G extends object> {
  private readonly awaitableObjects = new Map<T, boolean>();

  constructor(private readonly backend: TypeBackend<T, S, G>) {}

  promiseKindOf(type: T, at: TSESTree.Node): PromiseKind | undefined {
    const { backend } = this;
    if (backend.isVague(type)) return undefined;
    const intersection = backend.intersectionParts(type);
    if (intersection && this.isAwaitableObject(type, intersection)) return undefined;
    const parts = intersection ?? backend.unionParts(type);
    if (parts) {
      let found: PromiseKind | undefined;
      for (const part of parts) {
        const kind = this.promiseKindOf(part, at);
        if (kind === 'promise') return kind;
        found ??= kind;
      }
      return found;
    }
    const apparent = backend.apparentType(type);
    const symbol = backend.symbolOf(apparent);
    if (symbol && this.isLibPromise(symbol)) return 'promise';
    const then = backend.property(apparent, 'then');
    if (!then) return undefined;
    const thenType = backend.typeOfSymbol(then, at);
    if (!thenType) return undefined;
    const promiseShaped = backend.signatures(thenType, 'call').some((signature) => {
      const parameters = backend.parameters(signature);
      return parameters.length >= 2 && parameters.slice(0, 2).every((parameter) => this.isCallableSymbol(parameter, at));
    });
    return promiseShaped ? 'thenable' : undefined;
  }

  /** Some member of the union has a callable `then` (`Promise<T> | undefined` counts); `any` does not. */
  hasCallableThen(type: T): boolean {
    const { backend } = this;
    return (backend.unionParts(type) ?? [type]).some((part) => {
      const then = backend.property(backend.apparentType(part), 'then');
      const thenType = then && backend.typeOfSymbol(then);
      return thenType !== undefined && backend.signatures(thenType, 'call').length > 0;
    });
  }

  /**
   * Could hold a promise: `any`, `unknown` and unconstrained type parameters might; otherwise some
   * member of the union (a type parameter read as its constraint) has a callable `then`.
   */
  mayBeThenable(type: T): boolean {
    const { backend } = this;
    const constrained = backend.isTypeParameter(type) ? (backend.baseConstraint(type) ?? type) : type;
    return (backend.unionParts(constrained) ?? [constrained]).some((part) => {
      if (backend.isVague(part) || backend.isTypeParameter(part)) return true;
      const then = backend.property(part, 'then');
      if (!then) return false;
      // A `then` whose declaration cannot be seen is taken to be callable.
      const thenType = backend.typeOfSymbol(then);
      return thenType === undefined || backend.signatures(thenType, 'call').length > 0;
    });
  }

  /** `.catch` for a promise, `?.catch` when it may be `undefined`/`null`, nothing for a thenable without `catch`. */
  catchAccess(type: T, at: TSESTree.Node): '.catch' | '?.catch' | undefined {
    const { backend } = this;
    let optional = false;
    for (const part of backend.unionParts(type) ?? [type]) {
      // `?.` does not skip `void`: `Promise<void> | void` has no `.catch` TypeScript accepts.
      if (backend.isVoid(part)) return undefined;
      if (backend.isNullish(part)) optional = true;
      else if (this.promiseKindOf(part, at) && !backend.property(backend.apparentType(part), 'catch')) return undefined;
    }
    return optional ? '?.catch' : '.catch';
  }

  /**
   * An object with its own API that is also made awaitable: `FastifyInstance & PromiseLike<…>`
   * (what `Fastify()`, `app.register()` and `app.after()` return). Awaiting it is a convenience;
   * dropping it is how it is normally used. A brand (`Promise<T> & { __brand?: string }`) or a
   * cancel method or two do not make a promise such an object.
   */
  private isAwaitableObject(type: T, parts: readonly T[]): boolean {
    const cached = this.awaitableObjects.get(type);
    if (cached !== undefined) return cached;
    const { backend } = this;
    const methods = new Set<string>();
    for (const part of parts) {
      const apparent = backend.apparentType(part);
      if (backend.property(apparent, 'then')) continue;
      for (const property of backend.properties(apparent)) {
        if (methods.size >= AWAITABLE_OBJECT_METHODS) break;
        const name = backend.symbolName(property);
        if (!PROMISE_METHODS.has(name) && this.isMethod(property)) methods.add(name);
      }
    }
    const result = methods.size >= AWAITABLE_OBJECT_METHODS;
    this.awaitableObjects.set(type, result);
    return result;
  }

  private isMethod(property: S): boolean {
    const type = this.backend.typeOfSymbol(property);
    return type !== undefined && this.backend.signatures(type, 'call').length > 0;
  }

  private isCallableSymbol(parameter: S, at: TSESTree.Node): boolean {
    const { backend } = this;
    const declared = backend.typeOfSymbol(parameter, at);
    if (!declared) return false;
    const type = backend.apparentType(declared);
    return (backend.unionParts(type) ?? [type]).some((part) => backend.signatures(part, 'call').length > 0);
  }

  private isLibPromise(symbol: S): boolean {
    const name = this.backend.symbolName(symbol);
    return (name === 'Promise' || name === 'PromiseLike') && this.backend.defaultLibDeclarations(symbol) !== 'none';
  }
}
