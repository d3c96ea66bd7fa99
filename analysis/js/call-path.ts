import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipExpressionWrappers } from './expression-wrappers';
import { normalizeModuleName, propertyKeyFor, requiredModule } from './module-binding';

/**
 * Where a value comes from, written as a path from a module (or from the global scope when
 * `module` is undefined): `fs.promises.readFile` is `{ module: 'fs', path: 'promises.readFile' }`,
 * the `router` of `const router = useRouter()` is `{ module: 'next/router', path: 'useRouter()' }`,
 * and `this.$router` is `{ path: 'this.$router' }`. A default or namespace import stands for the
 * module itself (path `''`), as `require('x')` does. `()` marks the result of a call.
 */
export interface CallPath {
  module?: string;
  path: string;
}

/** How many alias hops to follow before giving up (guards against cycles). */
const MAX_HOPS = 8;

export function resolveCallPath(node: TSESTree.Node, scope: TSESLint.Scope.Scope, hops = 0): CallPath | undefined {
  if (hops > MAX_HOPS) return undefined;
  const expression = skipExpressionWrappers(node);
  switch (expression.type) {
    case AST_NODE_TYPES.ThisExpression:
      return { path: 'this' };
    case AST_NODE_TYPES.Identifier:
      return resolveIdentifierPath(expression, scope, hops);
    case AST_NODE_TYPES.MemberExpression: {
      const name = ASTUtils.getPropertyName(expression, scope);
      if (name === null) return undefined;
      const object = resolveCallPath(expression.object, scope, hops + 1);
      return object && { ...object, path: joinPath(object.path, name) };
    }
    case AST_NODE_TYPES.CallExpression: {
      const required = requiredModule(expression, scope);
      if (required !== undefined) return { module: required, path: '' };
      const callee = resolveCallPath(expression.callee, scope, hops + 1);
      return callee && { ...callee, path: `${callee.path}()` };
    }
    default:
      return undefined;
  }
}

export { skipExpressionWrappers };

function joinPath(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function resolveIdentifierPath(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope, hops: number): CallPath | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  if (!variable || variable.defs.length === 0) return { path: identifier.name };
  const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition || isReassigned(variable)) return undefined;

  if (definition.type === 'ImportBinding') return fromImport(definition.node, definition.parent);
  if (definition.type !== 'Variable' || definition.node.init === null) return undefined;
  const { id, init } = definition.node;
  const source = resolveCallPath(init, variable.scope, hops + 1);
  if (!source) return undefined;
  if (id.type === AST_NODE_TYPES.Identifier) return source;
  if (id.type === AST_NODE_TYPES.ObjectPattern) {
    const key = propertyKeyFor(id, definition.name);
    return key === undefined ? undefined : { ...source, path: joinPath(source.path, key) };
  }
  return undefined;
}

function fromImport(specifier: TSESTree.Node, declaration: TSESTree.Node | null): CallPath | undefined {
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') return undefined;
  const module = normalizeModuleName(declaration.source.value);
  switch (specifier.type) {
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return { module, path: '' };
    case AST_NODE_TYPES.ImportSpecifier: {
      const { imported } = specifier;
      const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
      return { module, path: name === 'default' ? '' : name };
    }
    default:
      return undefined;
  }
}

export function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}

/**
 * A pattern over call paths: `window.show*Message` (a `*` stands for any run of name characters
 * inside one segment), `useRouter().push`, or `` for the module itself.
 */
export interface CallPathPattern {
  /** The module as written in an import (`node:` is ignored); omitted for globals and `this`. */
  module?: string;
  path: string;
}

const compiled = new Map<string, RegExp>();

export function matchesCallPath(found: CallPath, patterns: readonly CallPathPattern[]): boolean {
  return patterns.some((pattern) => {
    const module = pattern.module === undefined ? undefined : normalizeModuleName(pattern.module);
    if (module !== found.module) return false;
    let regex = compiled.get(pattern.path);
    if (!regex) {
      const source = pattern.path.replace(/[.*+?^${}()|[\]\\]/g, (char) => (char === '*' ? '[\\w$]*' : `\\${char}`));
      regex = new RegExp(`^${source}$`);
      compiled.set(pattern.path, regex);
    }
    return regex.test(found.path);
  });
}
