import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { TypeBackend } from './backend';
import type { PromiseQuestions } from './promise-questions';

/** What callees and callbacks promise to return, and what their parameters expect. */
export class SignatureQuestions<T extends object, S extends object, G extends object> {
  constructor(
    private readonly backend: TypeBackend<T, S, G>,
    private readonly promises: PromiseQuestions<T, S, G>,
  ) {}

  /**
   * `argument` is handed to a parameter whose callback type only returns `void` (`setTimeout(cb)`,
   * `emitter.on('x', listener)`): whatever the callback returns, the callee drops.
   * `void | Promise<void>` (Express 5, Fastify handlers) is not such a parameter.
   */
  expectsVoidCallback(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): boolean {
    const { backend } = this;
    const calleeType = backend.typeAt(call.callee);
    if (!calleeType || backend.isVague(calleeType)) return false;
    const signatures = backend.signatures(calleeType, call.type === AST_NODE_TYPES.NewExpression ? 'construct' : 'call');
    // Every overload that could take this argument must expect a callback returning only `void`:
    // `register(plugin: Callback)` beside `register(plugin: AsyncPlugin)` accepts async plugins.
    const expected = signatures.flatMap((signature) => {
      const parameter = this.parameterType(signature, index, call);
      return parameter ? [parameter] : [];
    });
    // Overloads that take no function here (`createServer(options)`) are not candidates.
    const callbacks = expected.map((parameter) =>
      backend.isVague(parameter) ? undefined : (backend.unionParts(parameter) ?? [parameter]).flatMap((part) => backend.signatures(part, 'call')),
    );
    if (callbacks.includes(undefined)) return false;
    const candidates = callbacks.filter((list): list is G[] => list !== undefined && list.length > 0);
    return candidates.length > 0 && candidates.every((list) => list.every((signature) => this.returnsOnlyVoid(signature)));
  }

  /**
   * The callee has an overload that takes a callback as its last argument and returns no promise
   * (`inject(opts, cb): void` beside `inject(opts): Promise<Response>`), so a call passing a
   * callback is the callback form, even where TypeScript resolved another overload.
   */
  hasCallbackOverload(call: TSESTree.CallExpression): boolean {
    const { backend } = this;
    const calleeType = backend.typeAt(call.callee);
    if (!calleeType) return false;
    const index = call.arguments.length - 1;
    return backend.signatures(calleeType, 'call').some((signature) => {
      if (backend.parameters(signature).length !== call.arguments.length) return false;
      const parameter = this.parameterType(signature, index, call);
      if (!parameter || backend.isVague(parameter) || backend.signatures(parameter, 'call').length === 0) return false;
      return this.promises.promiseKindOf(backend.returnType(signature), call) === undefined;
    });
  }

  /** Some signature of the function returns a promise or thenable. */
  mayReturnPromise(fn: TSESTree.Node): boolean {
    const type = this.backend.typeAt(fn);
    if (!type) return false;
    return this.backend.signatures(type, 'call').some((signature) => this.promises.promiseKindOf(this.backend.returnType(signature), fn) !== undefined);
  }

  /** The function has call signatures, and every one returns a `Promise`. */
  returnsOnlyPromises(fn: TSESTree.Node): boolean {
    const type = this.backend.typeAt(fn);
    const signatures = type ? this.backend.signatures(type, 'call') : [];
    return signatures.length > 0 && signatures.every((signature) => this.promises.promiseKindOf(this.backend.returnType(signature), fn) === 'promise');
  }

  /** The value is callable, and every call signature returns something with a callable `then`. */
  callsReturnThenable(node: TSESTree.Node): boolean {
    const type = this.backend.typeAt(node);
    const signatures = type ? this.backend.signatures(type, 'call') : [];
    return signatures.length > 0 && signatures.every((signature) => this.promises.hasCallableThen(this.backend.returnType(signature)));
  }

  /** A rejection handler could be this value: a function, or a value whose type does not rule that out. */
  mayBeCallable(node: TSESTree.Node): boolean {
    const { backend } = this;
    const type = backend.typeAt(node);
    if (!type || backend.isVague(type)) return true;
    return (backend.unionParts(type) ?? [type]).some((part) => backend.signatures(backend.apparentType(part), 'call').length > 0);
  }

  private parameterType(signature: G, index: number, at: TSESTree.Node): T | undefined {
    const { backend } = this;
    const parameters = backend.parameters(signature);
    const last = parameters.at(-1);
    const isRest = backend.hasRestParameter(signature);
    if (index < parameters.length - (isRest ? 1 : 0)) {
      const parameter = parameters[index];
      return parameter && backend.typeOfSymbol(parameter, at);
    }
    if (!isRest || !last) return undefined;
    const rest = backend.typeOfSymbol(last, at);
    return rest && backend.isArrayType(rest) ? backend.typeArguments(rest)[0] : undefined;
  }

  private returnsOnlyVoid(signature: G): boolean {
    const returned = this.backend.returnType(signature);
    return this.backend.isVoid(returned) && !this.backend.unionParts(returned);
  }
}
