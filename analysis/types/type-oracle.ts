import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { TypeBackend } from './backend';
import { CollectionQuestions, type ReceiverVerdict } from './collection-questions';
import { moduleExportOf, type TypedExport } from './module-export';
import { PromiseQuestions, type PromiseKind } from './promise-questions';
import { SignatureQuestions } from './signature-questions';

export type { PromiseKind } from './promise-questions';
export type { ReceiverKind, ReceiverVerdict } from './collection-questions';
export type { TypedExport } from './module-export';

/**
 * The questions rules ask about types, in the rules' own terms. Whichever backend answers,
 * the answers are the same, and no question throws: when the checker cannot answer, the
 * answer is the careful one (not a promise, not known to be an array, might be callable).
 */
export interface TypeOracle {
  /** A `Promise`/`PromiseLike` of the default lib, another promise-shaped thenable, or neither. */
  promiseKind(node: TSESTree.Node): PromiseKind | undefined;
  /** An array or tuple with promise (or thenable) elements. */
  isPromiseArray(node: TSESTree.Node): boolean;
  /**
   * A builder or setter on a thenable: `reply.code(404)` returns the same `FastifyReply` it was
   * called on, `query.where(...)` the same query builder.
   */
  isBuilderCall(call: TSESTree.CallExpression): boolean;
  /** `.catch` for a promise, `?.catch` when it may be `undefined`/`null`, nothing for a thenable without `catch`. */
  catchAccess(node: TSESTree.Node): '.catch' | '?.catch' | undefined;
  /** The value's type admits `undefined`, `null` or `void` beside the promise. */
  mayBeMissing(node: TSESTree.Node): boolean;
  /** A function, or a value whose type does not rule that out. */
  mayBeCallable(node: TSESTree.Node): boolean;
  /** Could hold a promise: some member has a callable `then`, or the type is `any`, `unknown` or a bare type parameter. */
  mayBeThenable(node: TSESTree.Node): boolean;
  /** The name of the value's type (`TestContext`), if it has one. */
  typeName(node: TSESTree.Node): string | undefined;
  /** The alias or symbol names of the union's members (type parameters read as their constraint). */
  typeNames(node: TSESTree.Node): string[];
  /** `argument` goes to a parameter whose callback type returns only `void`, in every overload that could take it. */
  expectsVoidCallback(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node): boolean;
  /** The callee has an overload taking a callback last (as many arguments as here) that returns no promise. */
  hasCallbackOverload(call: TSESTree.CallExpression): boolean;
  /** Some signature of the function returns a promise or thenable. */
  mayReturnPromise(fn: TSESTree.Node): boolean;
  /** The function has call signatures, and every one returns a `Promise`. */
  returnsOnlyPromises(fn: TSESTree.Node): boolean;
  /** The value is callable and every call signature returns something with a callable `then`. */
  callsReturnThenable(node: TSESTree.Node): boolean;
  /** Every member (`null`/`undefined` aside) is an array or tuple; undefined when types cannot say. */
  isArray(node: TSESTree.Node): boolean | undefined;
  /** The value's type has a property of this name; undefined when types cannot say. */
  hasProperty(node: TSESTree.Node, name: string): boolean | undefined;
  /** Whether `receiver.method` is the standard library's, and on what kind of collection. */
  methodReceiver(receiver: TSESTree.Node, method: string): ReceiverVerdict | undefined;
  /** The module export a callee (`readFileSync`, `fs.readFileSync`) resolves to, through re-exports and renames. */
  moduleExport(callee: TSESTree.Node): TypedExport | undefined;
}

/** Builds the oracle's questions on one backend. */
export function createTypeOracle<T extends object, S extends object, G extends object>(backend: TypeBackend<T, S, G>): TypeOracle {
  return new BackendOracle(backend);
}

class BackendOracle<T extends object, S extends object, G extends object> implements TypeOracle {
  private readonly promises: PromiseQuestions<T, S, G>;
  private readonly signatures: SignatureQuestions<T, S, G>;
  private readonly collections: CollectionQuestions<T, S, G>;

  constructor(private readonly backend: TypeBackend<T, S, G>) {
    this.promises = new PromiseQuestions(backend);
    this.signatures = new SignatureQuestions(backend, this.promises);
    this.collections = new CollectionQuestions(backend, this.promises);
  }

  promiseKind(node: TSESTree.Node): PromiseKind | undefined {
    return this.withType(node, undefined, (type) => this.promises.promiseKindOf(type, node));
  }

  isPromiseArray(node: TSESTree.Node): boolean {
    return this.withType(node, false, (type) => this.collections.isPromiseArray(type, node));
  }

  isBuilderCall(call: TSESTree.CallExpression): boolean {
    const { callee } = call;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    return this.ask(false, () => {
      const result = this.backend.typeAt(call);
      const receiver = this.backend.typeAt(callee.object);
      if (!result || !receiver) return false;
      if (result === receiver) return true;
      const resultSymbol = this.backend.symbolOf(this.backend.apparentType(result));
      return resultSymbol !== undefined && resultSymbol === this.backend.symbolOf(this.backend.apparentType(receiver));
    });
  }

  catchAccess(node: TSESTree.Node): '.catch' | '?.catch' | undefined {
    return this.withType(node, undefined, (type) => this.promises.catchAccess(type, node));
  }

  mayBeMissing(node: TSESTree.Node): boolean {
    return this.withType(node, false, (type) => {
      const parts = this.backend.unionParts(type);
      return parts !== undefined && parts.some((part) => this.backend.isNullish(part) || this.backend.isVoid(part));
    });
  }

  mayBeCallable(node: TSESTree.Node): boolean {
    return this.ask(true, () => this.signatures.mayBeCallable(node));
  }

  mayBeThenable(node: TSESTree.Node): boolean {
    return this.withType(node, true, (type) => this.promises.mayBeThenable(type));
  }

  typeName(node: TSESTree.Node): string | undefined {
    return this.withType(node, undefined, (type) => {
      const symbol = this.backend.symbolOf(type);
      return symbol && this.backend.symbolName(symbol);
    });
  }

  typeNames(node: TSESTree.Node): string[] {
    return this.withType(node, [], (type) => {
      const { backend } = this;
      const constrained = backend.isTypeParameter(type) ? (backend.baseConstraint(type) ?? type) : type;
      return (backend.unionParts(constrained) ?? [constrained]).flatMap((part) => {
        const symbol = backend.aliasSymbolOf(part) ?? backend.symbolOf(part);
        return symbol ? [backend.symbolName(symbol)] : [];
      });
    });
  }

  expectsVoidCallback(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node): boolean {
    const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
    return index >= 0 && this.ask(false, () => this.signatures.expectsVoidCallback(call, index));
  }

  hasCallbackOverload(call: TSESTree.CallExpression): boolean {
    return this.ask(false, () => this.signatures.hasCallbackOverload(call));
  }

  mayReturnPromise(fn: TSESTree.Node): boolean {
    return this.ask(false, () => this.signatures.mayReturnPromise(fn));
  }

  returnsOnlyPromises(fn: TSESTree.Node): boolean {
    return this.ask(false, () => this.signatures.returnsOnlyPromises(fn));
  }

  callsReturnThenable(node: TSESTree.Node): boolean {
    return this.ask(false, () => this.signatures.callsReturnThenable(node));
  }

  isArray(node: TSESTree.Node): boolean | undefined {
    return this.withType(node, undefined, (type) => this.collections.isArray(type));
  }

  hasProperty(node: TSESTree.Node, name: string): boolean | undefined {
    return this.withType(node, undefined, (type) => this.backend.property(type, name) !== undefined);
  }

  methodReceiver(receiver: TSESTree.Node, method: string): ReceiverVerdict | undefined {
    return this.withType(receiver, undefined, (type) => this.collections.methodReceiver(type, method));
  }

  moduleExport(callee: TSESTree.Node): TypedExport | undefined {
    const name = callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed ? callee.property : callee;
    if (name.type !== AST_NODE_TYPES.Identifier) return undefined;
    return this.ask(undefined, () => {
      const site = this.backend.declarationSite(name);
      return site && moduleExportOf(site);
    });
  }

  private withType<R>(node: TSESTree.Node, unknown: R, answer: (type: T) => R): R {
    return this.ask(unknown, () => {
      const type = this.backend.typeAt(node);
      return type ? answer(type) : unknown;
    });
  }

  /**
   * Type information only ever sharpens a rule: a checker that fails on half-typed code (or a
   * checker process that died) gives the careful answer instead of an exception in a rule.
   */
  private ask<R>(unknown: R, answer: () => R): R {
    try {
      return answer();
    } catch {
      return unknown;
    }
  }
}
