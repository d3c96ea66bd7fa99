import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipExpressionWrappers } from './expression-wrappers';

/**
 * What an expression stands for when it comes from a module: the module object itself
 * (`fs`, `require('fs')`, `import * as fs`, `import fs = require('fs')`, `await import('fs')`)
 * or one named export of it (`fs.readFileSync`, `import { readFileSync as read }`,
 * `const { execSync } = require('child_process')`). Resolution follows declarations like a
 * compiler would; it never matches on names alone.
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
      const source = requiredModule(expression, scope) ?? interopModule(expression, scope, hops);
      return source === undefined ? undefined : { kind: 'module', module: source };
    }
    case AST_NODE_TYPES.AwaitExpression: {
      // `await import('fs')`: the namespace, like `import * as fs`.
      const source = dynamicImportSource(expression.argument);
      return source === undefined ? undefined : { kind: 'module', module: source };
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = ASTUtils.getPropertyName(expression, scope);
      if (name === null) return undefined;
      const object = resolveModuleBinding(expression.object, scope, hops + 1);
      if (object?.kind !== 'module') return undefined;
      // `(await import('fs')).default` is the CommonJS module object itself.
      return name === 'default' ? object : { kind: 'export', module: object.module, name };
    }
    case AST_NODE_TYPES.Identifier:
      return resolveIdentifier(expression, scope, hops);
    default:
      return undefined;
  }
}

function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = skipExpressionWrappers(node);
  // `(0, fs_1.readFileSync)(p)`: how compilers call an import without a `this`.
  while (isIndirectCallee(current)) current = skipExpressionWrappers(current.expressions[1]!);
  return current;
}

function isIndirectCallee(node: TSESTree.Node): node is TSESTree.SequenceExpression {
  return (
    node.type === AST_NODE_TYPES.SequenceExpression &&
    node.expressions.length === 2 &&
    node.expressions[0]?.type === AST_NODE_TYPES.Literal
  );
}

/**
 * The helpers compilers and bundlers wrap a `require` in to give it ES module shape (TypeScript's
 * `__importDefault`, Babel's `_interopRequireDefault`, esbuild's `__toESM`, ...): the result is
 * the module (or a namespace whose `default` is the module).
 */
const INTEROP_HELPER = /^_{1,2}(?:toESM|importDefault|importStar|interopRequireDefault|interopRequireWildcard|interopDefault(?:Legacy)?|interopNamespace(?:Default)?)\d*$/;

function interopModule(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope, hops: number): string | undefined {
  const [argument] = call.arguments;
  if (call.callee.type !== AST_NODE_TYPES.Identifier || !INTEROP_HELPER.test(call.callee.name) || !argument) return undefined;
  const inner = resolveModuleBinding(argument, scope, hops + 1);
  return inner?.kind === 'module' ? inner.module : undefined;
}

/** `require('fs')` with the real `require` (not a local function of that name). */
export function requiredModule(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope): string | undefined {
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

function dynamicImportSource(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.ImportExpression) return undefined;
  const { source } = node;
  return source.type === AST_NODE_TYPES.Literal && typeof source.value === 'string'
    ? normalizeModuleName(source.value)
    : undefined;
}

function resolveIdentifier(
  identifier: TSESTree.Identifier,
  scope: TSESLint.Scope.Scope,
  hops: number,
): ModuleBinding | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition) return undefined;

  if (definition.type === 'ImportBinding') {
    if (definition.node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) return fromImportEquals(definition.node);
    return fromImport(definition.node, definition.parent);
  }
  if (definition.type !== 'Variable') return undefined;
  const { id } = definition.node;
  const init = singleValue(variable, definition.node);
  if (!init) return undefined;
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

/** `import fs = require('fs')` (TypeScript). */
function fromImportEquals(declaration: TSESTree.TSImportEqualsDeclaration): ModuleBinding | undefined {
  const reference = declaration.moduleReference;
  if (declaration.importKind === 'type' || reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return undefined;
  const { expression } = reference;
  return expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string'
    ? { kind: 'module', module: normalizeModuleName(expression.value) }
    : undefined;
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

/** In `const { a: b, c } = mod`, the property (exported) name bound to the identifier `name`. */
export function propertyKeyFor(pattern: TSESTree.ObjectPattern, name: TSESTree.Identifier): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value !== name) continue;
    if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
  }
  return undefined;
}

/**
 * The one value a variable ever holds: its initializer when nothing writes it again, or the
 * right side of the single plain assignment when it is declared without one (`let read;
 * read = fs.readFileSync;`).
 */
function singleValue(
  variable: TSESLint.Scope.Variable,
  declarator: TSESTree.VariableDeclarator,
): TSESTree.Expression | undefined {
  const laterWrites = variable.references.filter((reference) => reference.isWrite() && !reference.init);
  if (declarator.init !== null) return laterWrites.length === 0 ? declarator.init : undefined;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || laterWrites.length !== 1) return undefined;
  const assignment = laterWrites[0]?.identifier.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') return undefined;
  return assignment.left === laterWrites[0]?.identifier ? assignment.right : undefined;
}
