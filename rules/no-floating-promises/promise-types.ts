import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

/** `Promise`/`PromiseLike` from TypeScript's lib, or another object with a promise-shaped `then`. */
export type PromiseKind = 'promise' | 'thenable';

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
      if (part.flags & this.nullishFlags) optional = true;
      else if (this.promiseKindOf(part, this.services.esTreeNodeToTSNodeMap.get(node)) && !this.checker.getApparentType(part).getProperty('catch')) return undefined;
    }
    return optional ? '?.catch' : '.catch';
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
   * The callback `fn` is handed to a parameter whose type only returns `void`
   * (`setTimeout(cb)`, `emitter.on('x', listener)`), while `fn` itself returns a promise: the
   * caller drops it. `void | Promise<void>` (Express 5, Fastify handlers) is not such a parameter.
   */
  isPromiseIntoVoidCallback(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): boolean {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(fn);
    const contextual = this.checker.getContextualType(tsNode as ts.Expression);
    if (!contextual || contextual.flags & this.vagueFlags) return false;
    const expected = (contextual.isUnion() ? contextual.types : [contextual]).flatMap((part) => part.getCallSignatures());
    if (expected.length === 0) return false;
    if (!expected.every((signature) => this.returnsOnlyVoid(signature))) return false;
    if (fn.async) return !fn.generator;
    const own = this.checker.getTypeAtLocation(tsNode).getCallSignatures();
    return own.length > 0 && own.every((signature) => this.promiseKindOf(signature.getReturnType(), tsNode) !== undefined);
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
