import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, type FunctionNode } from '../../analysis/js/async-context';
import { isReassigned, matchesCallPath, resolveCallPath, skipExpressionWrappers } from '../../analysis/js/call-path';
import { asyncExportsOf } from '../../analysis/js/relative-exports';
import { walk } from '../../analysis/js/walk';
import { PROMISE_APIS, TEST_REGISTRATIONS } from './known-calls';

/**
 * What syntax alone can tell about promises, for files without a TypeScript program. It claims a
 * promise only where it can see one: `new Promise`, `Promise.*`, `fetch`, Node's promise modules,
 * `.then` chains, `import()`, and calls to functions it can follow to an `async` declaration (in
 * this file, or exported from a relative module). Anything else is unknown and never reported.
 */
export class PromiseSyntax {
  private readonly returnsPromiseCache = new Map<FunctionNode, boolean>();
  /** Per file: each relative module is resolved and read once. */
  private readonly asyncExports = new Map<string, ReadonlySet<string> | undefined>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly filename: string,
  ) {}

  isPromise(node: TSESTree.Node, depth = 0): boolean {
    if (depth > MAX_DEPTH) return false;
    const expression = skipExpressionWrappers(node);
    switch (expression.type) {
      case AST_NODE_TYPES.NewExpression:
        return this.isGlobal(expression.callee, 'Promise');
      case AST_NODE_TYPES.ImportExpression:
        return true;
      case AST_NODE_TYPES.CallExpression:
        return this.callReturnsPromise(expression, depth);
      case AST_NODE_TYPES.Identifier: {
        const init = this.constInit(expression);
        return init !== undefined && this.isPromise(init, depth + 1);
      }
      default:
        return false;
    }
  }

  /** `items.map(async ...)`, `Array.from(items, async ...)` or an array literal of promises. */
  isPromiseArray(node: TSESTree.Node): boolean {
    const expression = skipExpressionWrappers(node);
    if (expression.type === AST_NODE_TYPES.ArrayExpression) {
      return expression.elements.some((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && this.isPromise(element));
    }
    if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
    const { callee } = expression;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
      return false;
    }
    const method = callee.property.name;
    const callback =
      method === 'map' || method === 'flatMap'
        ? expression.arguments[0]
        : method === 'from' && this.isGlobal(callee.object, 'Array')
          ? expression.arguments[1]
          : undefined;
    return callback !== undefined && isFunctionNode(callback) && this.returnsPromise(callback);
  }

  /** The function a callee refers to, when it is declared where syntax can follow it. */
  resolveFunction(callee: TSESTree.Node, depth = 0): FunctionNode | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const expression = skipExpressionWrappers(callee);
    if (isFunctionNode(expression)) return expression;
    if (expression.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(expression), expression);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (!variable || !definition || isReassigned(variable)) return undefined;
      if (definition.type === 'FunctionName' && definition.node.type === AST_NODE_TYPES.FunctionDeclaration) return definition.node;
      if (definition.type === 'Variable' && definition.node.id.type === AST_NODE_TYPES.Identifier && definition.node.init) {
        return this.resolveFunction(definition.node.init, depth + 1);
      }
      return undefined;
    }
    if (expression.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const name =
      expression.property.type === AST_NODE_TYPES.PrivateIdentifier
        ? `#${expression.property.name}`
        : ASTUtils.getPropertyName(expression, this.sourceCode.getScope(expression));
    if (name === null) return undefined;
    const container = this.memberContainer(expression.object, depth);
    return container && findMember(container.body, name, container.isStatic);
  }

  /** A function whose every result is a promise: `async`, or returning only promises it can see. */
  returnsPromise(fn: FunctionNode): boolean {
    if (fn.generator) return false;
    if (fn.async) return true;
    const cached = this.returnsPromiseCache.get(fn);
    if (cached !== undefined) return cached;
    this.returnsPromiseCache.set(fn, false); // recursion guard
    let result: boolean;
    if (fn.returnType) {
      // TypeScript without a program: the written return type says it.
      result = isPromiseAnnotation(fn.returnType.typeAnnotation);
    } else if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
      result = this.isPromise(fn.body, 1);
    } else {
      const returned = returnedExpressions(fn.body);
      result = returned.length > 0 && returned.every((argument) => argument !== null && this.isPromise(argument, 1));
    }
    this.returnsPromiseCache.set(fn, result);
    return result;
  }

  /**
   * `t.test(...)` where `t` is the context a `node:test` test callback receives: a subtest that
   * the parent test does not wait for.
   */
  isSubtestCall(call: TSESTree.CallExpression): boolean {
    const { callee } = call;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
    if (callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'test') return false;
    return callee.object.type === AST_NODE_TYPES.Identifier && this.isTestContext(callee.object, 0);
  }

  private isTestContext(identifier: TSESTree.Identifier, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== 'Parameter') return false;
    const fn = definition.node;
    if (!isFunctionNode(fn) || fn.params[0] !== definition.name) return false;
    const call = fn.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
    if (this.isNodeTestRegistration(call)) return true;
    const { callee } = call;
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      this.isTestContext(callee.object, depth + 1)
    );
  }

  private isNodeTestRegistration(call: TSESTree.CallExpression): boolean {
    const path = resolveCallPath(call.callee, this.sourceCode.getScope(call));
    return path?.module === 'test' && matchesCallPath(path, TEST_REGISTRATIONS);
  }

  private callReturnsPromise(call: TSESTree.CallExpression, depth: number): boolean {
    const { callee } = call;
    if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
      const method = callee.property.name;
      if (method === 'then') return true;
      if (method === 'catch' || method === 'finally') return this.isPromise(callee.object, depth + 1);
    }
    const fn = this.resolveFunction(callee, depth + 1);
    if (fn) return this.returnsPromise(fn);
    if (this.declaredFunction(callee)) return true;
    if (this.isSubtestCall(call)) return true;
    const path = resolveCallPath(call, this.sourceCode.getScope(call));
    if (!path) return false;
    if (matchesCallPath(path, PROMISE_APIS)) return true;
    return path.module !== undefined && this.isAsyncExport(path.module, path.path);
  }

  /** `save()` imported from `./db`, where `./db` declares `export async function save`. */
  private isAsyncExport(module: string, path: string): boolean {
    if (!path.endsWith('()')) return false;
    const name = path.slice(0, -2);
    if (name.includes('(')) return false;
    if (!this.asyncExports.has(module)) this.asyncExports.set(module, asyncExportsOf(this.filename, module));
    return this.asyncExports.get(module)?.has(name) ?? false;
  }

  /** `declare function f(): Promise<void>` (and overload signatures) in a TypeScript file. */
  private declaredFunction(callee: TSESTree.Node): TSESTree.TSDeclareFunction | undefined {
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(callee), callee);
    if (!variable || variable.defs.length === 0) return undefined;
    const declarations = variable.defs.map((definition) => definition.node);
    // Every overload must say promise for the call to be one.
    const promising = declarations.every(
      (node) => node.type === AST_NODE_TYPES.TSDeclareFunction && node.returnType !== undefined && isPromiseAnnotation(node.returnType.typeAnnotation),
    );
    return promising ? (declarations[0] as TSESTree.TSDeclareFunction) : undefined;
  }

  private constInit(identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || definition?.type !== 'Variable' || isReassigned(variable)) return undefined;
    if (definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    return definition.node.init ?? undefined;
  }

  /** The class (or object literal) whose members `object.name` reads. */
  private memberContainer(object: TSESTree.Node, depth: number): { body: MemberContainer; isStatic: boolean } | undefined {
    const expression = skipExpressionWrappers(object);
    if (expression.type === AST_NODE_TYPES.ThisExpression) return thisContainer(expression);
    if (expression.type === AST_NODE_TYPES.ObjectExpression) return { body: expression, isStatic: false };
    if (expression.type === AST_NODE_TYPES.NewExpression) {
      const declared = this.classDeclaration(expression.callee);
      return declared && { body: declared.body, isStatic: false };
    }
    if (expression.type !== AST_NODE_TYPES.Identifier || depth > MAX_DEPTH) return undefined;
    const declared = this.classDeclaration(expression);
    if (declared) return { body: declared.body, isStatic: true };
    const init = this.constInit(expression);
    return init && this.memberContainer(init, depth + 1);
  }

  private classDeclaration(node: TSESTree.Node): TSESTree.ClassDeclaration | undefined {
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== 'ClassName' || definition.node.type !== AST_NODE_TYPES.ClassDeclaration) return undefined;
    return definition.node;
  }

  private isGlobal(node: TSESTree.Node, name: string): boolean {
    if (node.type !== AST_NODE_TYPES.Identifier || node.name !== name) return false;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), name);
    return !variable || variable.defs.length === 0;
  }
}

type MemberContainer = TSESTree.ClassBody | TSESTree.ObjectExpression;

const MAX_DEPTH = 8;

/** `this` inside a class method (or an arrow within one) reads the members of that class. */
function thisContainer(node: TSESTree.ThisExpression): { body: TSESTree.ClassBody; isStatic: boolean } | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (current.type === AST_NODE_TYPES.FunctionExpression) {
      const member = current.parent;
      if (member.type !== AST_NODE_TYPES.MethodDefinition || member.parent.type !== AST_NODE_TYPES.ClassBody) return undefined;
      return { body: member.parent, isStatic: member.static };
    }
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return undefined;
    if (current.type === AST_NODE_TYPES.PropertyDefinition && current.parent.type === AST_NODE_TYPES.ClassBody) {
      return { body: current.parent, isStatic: current.static };
    }
  }
  return undefined;
}

function findMember(container: MemberContainer, name: string, isStatic: boolean): FunctionNode | undefined {
  if (container.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of container.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== 'init') continue;
      if (keyName(property.key) === name && isFunctionNode(property.value)) return property.value;
    }
    return undefined;
  }
  for (const member of container.body) {
    if (memberName(member) !== name || !('static' in member) || member.static !== isStatic) continue;
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'method' && isFunctionNode(member.value)) return member.value;
    if (member.type === AST_NODE_TYPES.PropertyDefinition && member.value && isFunctionNode(member.value)) return member.value;
  }
  return undefined;
}

function memberName(member: TSESTree.ClassElement): string | undefined {
  if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) return undefined;
  return member.computed ? undefined : keyName(member.key);
}

function keyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return undefined;
}

/** The arguments of the `return` statements of a function body (not of functions nested in it). */
export function returnedExpressions(body: TSESTree.BlockStatement): (TSESTree.Expression | null)[] {
  const found: (TSESTree.Expression | null)[] = [];
  walk(body, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) found.push(node.argument);
    return !isFunctionNode(node);
  });
  return found;
}

/** `Promise<…>` or `PromiseLike<…>` written as a type. */
export function isPromiseAnnotation(annotation: TSESTree.TypeNode): boolean {
  return (
    annotation.type === AST_NODE_TYPES.TSTypeReference &&
    annotation.typeName.type === AST_NODE_TYPES.Identifier &&
    (annotation.typeName.name === 'Promise' || annotation.typeName.name === 'PromiseLike')
  );
}
