import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/**
 * What an expression stands for when it comes from a module: the module object itself
 * (`fs`, `require('fs')`, `import * as fs`) or one named export of it (`fs.readFileSync`,
 * `import { readFileSync as read }`, `const { execSync } = require('child_process')`).
 * Resolution follows declarations like a compiler would; it never matches on names alone.
 */
export type ModuleBinding =
  | { kind: 'module'; module: string }
  | { kind: 'export'; module: string; name: string };

/** `node:fs` and `fs` are one module. */
export function normalizeModuleName(source: string): string {
  return source.startsWith('node:') ? source.slice('node:'.length) : source;
}

/** How many alias hops to follow before giving up (guards against cycles). */
const MAX_HOPS = 8;

export function resolveModuleBinding(
  node: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
  hops = 0,
): ModuleBinding | undefined {
  if (hops > MAX_HOPS) return undefined;
  const expression = skipWrappers(node);
  switch (expression.type) {
    case AST_NODE_TYPES.CallExpression: {
      const source = requiredModule(expression, scope);
      return source === undefined ? undefined : { kind: 'module', module: source };
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = ASTUtils.getPropertyName(expression, scope);
      if (name === null) return undefined;
      const object = resolveModuleBinding(expression.object, scope, hops + 1);
      return object?.kind === 'module' ? { kind: 'export', module: object.module, name } : undefined;
    }
    case AST_NODE_TYPES.Identifier:
      return resolveIdentifier(expression, scope, hops);
    default:
      return undefined;
  }
}

function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** `require('fs')` with the real `require` (not a local function of that name). */
function requiredModule(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope): string | undefined {
  const [argument] = call.arguments;
  if (
    call.callee.type !== AST_NODE_TYPES.Identifier ||
    call.callee.name !== 'require' ||
    call.arguments.length !== 1 ||
    argument?.type !== AST_NODE_TYPES.Literal ||
    typeof argument.value !== 'string'
  ) {
    return undefined;
  }
  const variable = ASTUtils.findVariable(scope, 'require');
  if (variable && variable.defs.length > 0) return undefined;
  return normalizeModuleName(argument.value);
}

function resolveIdentifier(
  identifier: TSESTree.Identifier,
  scope: TSESLint.Scope.Scope,
  hops: number,
): ModuleBinding | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition || isReassigned(variable)) return undefined;

  if (definition.type === 'ImportBinding') {
    return fromImport(definition.node, definition.parent);
  }
  if (definition.type !== 'Variable' || definition.node.init === null) return undefined;
  const { id, init } = definition.node;
  const initScope = variable.scope;
  if (id.type === AST_NODE_TYPES.Identifier) {
    return resolveModuleBinding(init, initScope, hops + 1);
  }
  if (id.type === AST_NODE_TYPES.ObjectPattern) {
    const source = resolveModuleBinding(init, initScope, hops + 1);
    const exported = source?.kind === 'module' ? propertyKeyFor(id, definition.name) : undefined;
    return source && exported !== undefined ? { kind: 'export', module: source.module, name: exported } : undefined;
  }
  return undefined;
}

function fromImport(
  specifier: TSESTree.Node,
  declaration: TSESTree.Node | null,
): ModuleBinding | undefined {
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') {
    return undefined;
  }
  const module = normalizeModuleName(declaration.source.value);
  switch (specifier.type) {
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return { kind: 'module', module };
    case AST_NODE_TYPES.ImportSpecifier: {
      const { imported } = specifier;
      const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
      return name === 'default' ? { kind: 'module', module } : { kind: 'export', module, name };
    }
    default:
      return undefined;
  }
}

/** In `const { a: b, c } = mod`, the exported name bound to the identifier `name`. */
function propertyKeyFor(pattern: TSESTree.ObjectPattern, name: TSESTree.Identifier): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value !== name) continue;
    if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
  }
  return undefined;
}

function isReassigned(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}
