import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

/** `Promise`/`PromiseLike` from TypeScript's lib, or another object with a promise-shaped `then`. */
export type PromiseKind = 'promise' | 'thenable';

const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);
/** How many methods of its own make an awaitable intersection an object rather than a promise. */
const AWAITABLE_OBJECT_METHODS = 3;

/**
 * What the TypeScript program says about promises. `any` and `unknown` are never promises: a
 * value nobody typed is not reported. Custom thenables count when their `then` takes a fulfil
 * and a reject callback, like VS Code's `Thenable`.
 */
export class PromiseTypes {
  private readonly checker: ts.TypeChecker;
  private readonly vagueFlags: number;
  private readonly voidFlags: number;
  private readonly nullishFlags: number;
  private readonly awaitableObjects = new WeakMap<ts.Type, boolean>();

  constructor(private readonly services: ParserServicesWithTypeInformation) {
    this.checker = services.program.getTypeChecker();
    // Flags read from the checker's own types, so the rule needs no runtime `typescript` import.
    this.vagueFlags = this.checker.getAnyType().flags | this.checker.getUnknownType().flags;
    this.voidFlags = this.checker.getVoidType().flags;
    this.nullishFlags = this.checker.getUndefinedType().flags | this.checker.getNullType().flags;
  }

  typeOf(node: TSESTree.Node): ts.Type | undefined {
    try {
      return this.services.getTypeAtLocation(node);
    } catch {
      return undefined;
    }
  }

  promiseKind(node: TSESTree.Node): PromiseKind | undefined {
    const type = this.typeOf(node);
    return type && this.promiseKindOf(type, this.services.esTreeNodeToTSNodeMap.get(node));
  }

  promiseKindOf(type: ts.Type, at: ts.Node): PromiseKind | undefined {
    if (type.flags & this.vagueFlags) return undefined;
    if (type.isIntersection() && this.isAwaitableObject(type)) return undefined;
    if (type.isUnion() || type.isIntersection()) {
      let found: PromiseKind | undefined;
      for (const part of type.types) {
        const kind = this.promiseKindOf(part, at);
        if (kind === 'promise') return kind;
        found ??= kind;
      }
      return found;
    }
    const apparent = this.checker.getApparentType(type);
    const symbol = apparent.getSymbol();
    if (symbol && (symbol.name === 'Promise' || symbol.name === 'PromiseLike') && this.isFromDefaultLib(symbol)) return 'promise';
    const then = apparent.getProperty('then');
    if (!then) return undefined;
    const thenType = this.checker.getTypeOfSymbolAtLocation(then, at);
    const promiseShaped = thenType
      .getCallSignatures()
      .some((signature) => signature.parameters.length >= 2 && signature.parameters.slice(0, 2).every((parameter) => this.isCallable(parameter, at)));
    return promiseShaped ? 'thenable' : undefined;
  }

  /**
   * An object with its own API that is also made awaitable: `FastifyInstance & PromiseLike<…>`
   * (what `Fastify()`, `app.register()` and `app.after()` return). Awaiting it is a convenience;
   * dropping it is how it is normally used. A brand (`Promise<T> & { __brand?: string }`) or a
   * cancel method or two do not make a promise such an object.
   */
  private isAwaitableObject(type: ts.IntersectionType): boolean {
    const cached = this.awaitableObjects.get(type);
    if (cached !== undefined) return cached;
    const methods = new Set<string>();
    for (const part of type.types) {
      const apparent = this.checker.getApparentType(part);
      if (apparent.getProperty('then')) continue;
      for (const property of this.checker.getPropertiesOfType(apparent)) {
        if (methods.size >= AWAITABLE_OBJECT_METHODS) break;
        if (!PROMISE_METHODS.has(property.name) && this.isMethod(property)) methods.add(property.name);
      }
    }
    const result = methods.size >= AWAITABLE_OBJECT_METHODS;
    this.awaitableObjects.set(type, result);
    return result;
  }

  private isMethod(property: ts.Symbol): boolean {
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    if (!declaration) return false;
    return this.checker.getTypeOfSymbolAtLocation(property, declaration).getCallSignatures().length > 0;
  }

  /** An array or tuple with promise elements. */
  isPromiseArray(node: TSESTree.Node): boolean {
    const type = this.typeOf(node);
    if (!type || type.flags & this.vagueFlags) return false;
    const at = this.services.esTreeNodeToTSNodeMap.get(node);
    const parts = type.isUnion() ? type.types : [type];
    return parts.some((part) => {
      const apparent = this.checker.getApparentType(part);
      if (!this.checker.isArrayType(apparent) && !this.checker.isTupleType(apparent)) return false;
      return this.checker.getTypeArguments(apparent as ts.TypeReference).some((element) => this.promiseKindOf(element, at) !== undefined);
    });
  }

  /**
   * A builder or setter on a thenable: `reply.code(404)` returns the same `FastifyReply` it was
   * called on, and `query.where(...)` the same query builder. Such a call configures an object
   * that is awaited (or not) elsewhere; it does not start work of its own.
   */
  isBuilderCall(call: TSESTree.CallExpression): boolean {
    const { callee } = call;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const result = this.typeOf(call);
    const receiver = this.typeOf(callee.object);
    if (!result || !receiver) return false;
    if (result === receiver) return true;
    const resultSymbol = this.checker.getApparentType(result).getSymbol();
    return resultSymbol !== undefined && resultSymbol === this.checker.getApparentType(receiver).getSymbol();
  }

  /** `.catch` for a promise, `?.catch` when it may be `undefined`/`null`, nothing for a thenable without `catch`. */
  catchAccess(node: TSESTree.Node): '.catch' | '?.catch' | undefined {
    const type = this.typeOf(node);
    if (!type) return undefined;
    const parts = type.isUnion() ? type.types : [type];
    let optional = false;
    for (const part of parts) {
      // `?.` does not skip `void`: `Promise<void> | void` has no `.catch` TypeScript accepts.
      if (part.flags & this.voidFlags) return undefined;
      if (part.flags & this.nullishFlags) optional = true;
      else if (this.promiseKindOf(part, this.services.esTreeNodeToTSNodeMap.get(node)) && !this.checker.getApparentType(part).getProperty('catch')) return undefined;
    }
    return optional ? '?.catch' : '.catch';
  }

  /** The value's type admits `undefined`, `null` or `void` beside the promise. */
  mayBeMissing(node: TSESTree.Node): boolean {
    const type = this.typeOf(node);
    return type !== undefined && type.isUnion() && type.types.some((part) => (part.flags & (this.nullishFlags | this.voidFlags)) !== 0);
  }

  /** A rejection handler: a function, or a value whose type does not rule that out. */
  mayBeCallable(node: TSESTree.Node): boolean {
    const type = this.typeOf(node);
    if (!type || type.flags & this.vagueFlags) return true;
    return (type.isUnion() ? type.types : [type]).some((part) => this.checker.getApparentType(part).getCallSignatures().length > 0);
  }

  /** `import('node:test').TestContext`, so `t.test()` can be named a subtest. */
  isTestContext(node: TSESTree.Node): boolean {
    return this.typeOf(node)?.getSymbol()?.name === 'TestContext';
  }

  /**
   * `argument` is handed to a parameter whose callback type only returns `void` (`setTimeout(cb)`,
   * `emitter.on('x', listener)`): whatever the callback returns, the callee drops.
   * `void | Promise<void>` (Express 5, Fastify handlers) is not such a parameter.
   */
  expectsVoidCallback(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node): boolean {
    const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
    const calleeType = this.typeOf(call.callee);
    if (index < 0 || !calleeType || calleeType.flags & this.vagueFlags) return false;
    const signatures = call.type === AST_NODE_TYPES.NewExpression ? calleeType.getConstructSignatures() : calleeType.getCallSignatures();
    // Every overload that could take this argument must expect a callback returning only `void`:
    // `register(plugin: Callback)` beside `register(plugin: AsyncPlugin)` accepts async plugins.
    const at = this.services.esTreeNodeToTSNodeMap.get(call);
    const expected = signatures.flatMap((signature) => {
      const parameter = this.parameterType(signature, index, at);
      return parameter ? [parameter] : [];
    });
    // Overloads that take no function here (`createServer(options)`) are not candidates.
    const callbacks = expected.map((parameter) =>
      parameter.flags & this.vagueFlags ? undefined : (parameter.isUnion() ? parameter.types : [parameter]).flatMap((part) => part.getCallSignatures()),
    );
    if (callbacks.includes(undefined)) return false;
    const candidates = callbacks.filter((list): list is ts.Signature[] => list !== undefined && list.length > 0);
    return candidates.length > 0 && candidates.every((list) => list.every((signature) => this.returnsOnlyVoid(signature)));
  }

  /**
   * The callee has an overload that takes a callback as its last argument and returns no promise
   * (`inject(opts, cb): void` beside `inject(opts): Promise<Response>`), so a call passing a
   * callback is the callback form, even where TypeScript resolved another overload.
   */
  hasCallbackOverload(call: TSESTree.CallExpression): boolean {
    const calleeType = this.typeOf(call.callee);
    if (!calleeType) return false;
    const index = call.arguments.length - 1;
    const at = this.services.esTreeNodeToTSNodeMap.get(call);
    return calleeType.getCallSignatures().some((signature) => {
      if (signature.parameters.length !== call.arguments.length) return false;
      const parameter = this.parameterType(signature, index, at);
      if (!parameter || parameter.flags & this.vagueFlags || parameter.getCallSignatures().length === 0) return false;
      return this.promiseKindOf(signature.getReturnType(), at) === undefined;
    });
  }

  /** Some signature of the function returns a promise or thenable. */
  mayReturnPromise(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): boolean {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(fn);
    return this.checker
      .getTypeAtLocation(tsNode)
      .getCallSignatures()
      .some((signature) => this.promiseKindOf(signature.getReturnType(), tsNode) !== undefined);
  }

  private parameterType(signature: ts.Signature, index: number, at: ts.Node): ts.Type | undefined {
    const { parameters } = signature;
    const last = parameters.at(-1);
    const declaration = last?.valueDeclaration as ts.ParameterDeclaration | undefined;
    const isRest = declaration?.dotDotDotToken !== undefined;
    if (index < parameters.length - (isRest ? 1 : 0)) {
      const parameter = parameters[index];
      return parameter && this.checker.getTypeOfSymbolAtLocation(parameter, at);
    }
    if (!isRest || !last) return undefined;
    const rest = this.checker.getTypeOfSymbolAtLocation(last, at);
    return this.checker.isArrayType(rest) ? this.checker.getTypeArguments(rest as ts.TypeReference)[0] : undefined;
  }

  private returnsOnlyVoid(signature: ts.Signature): boolean {
    const returned = signature.getReturnType();
    return (returned.flags & this.voidFlags) !== 0 && !returned.isUnion();
  }

  private isCallable(parameter: ts.Symbol, at: ts.Node): boolean {
    const type = this.checker.getApparentType(this.checker.getTypeOfSymbolAtLocation(parameter, at));
    return (type.isUnion() ? type.types : [type]).some((part) => part.getCallSignatures().length > 0);
  }

  private isFromDefaultLib(symbol: ts.Symbol): boolean {
    return (symbol.getDeclarations() ?? []).some((declaration) => this.services.program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
  }
}
