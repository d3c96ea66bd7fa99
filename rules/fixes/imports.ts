import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { normalizeModuleName } from '../../analysis/js/module-binding';

export interface NamedImport {
  /** The name to write at the use site. */
  localName: string;
  /** Adds the import; undefined when the file already has it. */
  fix?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
  /** The top-level statement that declares (or will declare, after `fix`) the name, when it exists already. */
  statement?: TSESTree.ProgramStatement;
}

export interface ImportOptions {
  /** Bind the export under this name (`import { setTimeout as sleep }`); defaults to the export's name. */
  localName?: string;
  /** The linted file's name: `.mjs`/`.mts` files are ES modules even without an import yet. */
  filename?: string;
}

/**
 * Makes `name` from `module` usable at `scope`: reuses an existing import or destructured
 * require, merges into one, or adds one in the file's own style (ESM `import`, or CommonJS
 * `require`). Returns undefined when the local name is already taken by something else, rather
 * than shadowing it.
 */
export function importNamed(
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: TSESLint.Scope.Scope,
  module: string,
  name: string,
  options: ImportOptions = {},
): NamedImport | undefined {
  const program = sourceCode.ast;
  const target = normalizeModuleName(module);
  const localName = options.localName ?? name;
  const declarations = program.body.filter(
    (statement): statement is TSESTree.ImportDeclaration =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      statement.importKind !== 'type' &&
      normalizeModuleName(statement.source.value) === target,
  );
  for (const declaration of declarations) {
    for (const specifier of declaration.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== 'type' && importedName(specifier) === name) {
        return reachable(scope, specifier.local.name, declaration);
      }
    }
  }
  const requires = destructuredRequires(program, target);
  for (const { statement, pattern } of requires) {
    const local = boundNameFor(pattern, name);
    if (local) return reachable(scope, local, statement);
  }
  if (!isNameFree(scope, localName)) return undefined;
  const specifierText = localName === name ? name : `${name} as ${localName}`;

  const withNamedSpecifiers = declarations.find((declaration) =>
    declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
  );
  if (withNamedSpecifiers) {
    const last = withNamedSpecifiers.specifiers.at(-1)!;
    return { localName, statement: withNamedSpecifiers, fix: (fixer) => fixer.insertTextAfter(last, `, ${specifierText}`) };
  }
  const mergeable = requires.find(({ pattern }) => pattern.properties.at(-1)?.type === AST_NODE_TYPES.Property);
  if (mergeable) {
    const last = mergeable.pattern.properties.at(-1)!;
    const property = localName === name ? name : `${name}: ${localName}`;
    return { localName, statement: mergeable.statement, fix: (fixer) => fixer.insertTextAfter(last, `, ${property}`) };
  }
  const esm = isEsModule(program) || /\.m[jt]s$/.test(options.filename ?? '');
  const statement = esm
    ? `import { ${specifierText} } from '${module}';\n`
    : `const { ${localName === name ? name : `${name}: ${localName}`} } = require('${module}');\n`;
  const imports = program.body.filter((node) => node.type === AST_NODE_TYPES.ImportDeclaration);
  const lastImport = imports.at(-1);
  if (lastImport) {
    return { localName, fix: (fixer) => fixer.insertTextAfter(lastImport, `\n${statement.trimEnd()}`) };
  }
  const first = program.body.find((node) => !isDirective(node));
  if (!first) return undefined;
  return { localName, fix: (fixer) => fixer.insertTextBefore(first, statement) };
}

/** The existing binding, unless something closer to `scope` hides it there. */
function reachable(
  scope: TSESLint.Scope.Scope,
  localName: string,
  statement: TSESTree.ProgramStatement,
): NamedImport | undefined {
  const definition = ASTUtils.findVariable(scope, localName)?.defs[0];
  return definition?.parent === statement ? { localName, statement } : undefined;
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

interface DestructuredRequire {
  statement: TSESTree.VariableDeclaration;
  pattern: TSESTree.ObjectPattern;
}

/** Top-level `const { a, b: c } = require('module')` declarations. */
function destructuredRequires(program: TSESTree.Program, target: string): DestructuredRequire[] {
  const found: DestructuredRequire[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== 'const') continue;
    for (const declarator of statement.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !isRequireOf(declarator.init, target)) continue;
      found.push({ statement, pattern: declarator.id });
    }
  }
  return found;
}

function isRequireOf(node: TSESTree.Expression | null, target: string): boolean {
  if (node?.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier) return false;
  const [argument] = node.arguments;
  return (
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    argument?.type === AST_NODE_TYPES.Literal &&
    typeof argument.value === 'string' &&
    normalizeModuleName(argument.value) === target
  );
}

/** In `{ a, b: c }`, the local name bound to the property `name`. */
function boundNameFor(pattern: TSESTree.ObjectPattern, name: string): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
    if (key === name && property.value.type === AST_NODE_TYPES.Identifier) return property.value.name;
  }
  return undefined;
}

/** No binding named `name` is visible here, and no code relies on a global of that name. */
function isNameFree(scope: TSESLint.Scope.Scope, name: string): boolean {
  if (ASTUtils.findVariable(scope, name)) return false;
  let global = scope;
  while (global.upper) global = global.upper;
  return !global.through.some((reference) => reference.identifier.name === name);
}

function isEsModule(program: TSESTree.Program): boolean {
  return program.sourceType === 'module' && program.body.some(isModuleSyntax);
}

function isModuleSyntax(node: TSESTree.ProgramStatement): boolean {
  return (
    node.type === AST_NODE_TYPES.ImportDeclaration ||
    node.type === AST_NODE_TYPES.TSImportEqualsDeclaration ||
    node.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    node.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
    node.type === AST_NODE_TYPES.ExportAllDeclaration
  );
}

function isDirective(node: TSESTree.ProgramStatement): boolean {
  return node.type === AST_NODE_TYPES.ExpressionStatement && node.directive !== undefined;
}
