import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { normalizeModuleName } from './module-binding';

export interface NamedImport {
  /** The name to write at the use site. */
  localName: string;
  /** Adds the import; undefined when the file already has it. */
  fix?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

/**
 * Makes `name` from `module` usable at `scope`: reuses an existing import or destructured
 * require, or adds one in the file's own style (ESM `import`, or CommonJS `require`). Returns
 * undefined when `name` is already taken by something else, rather than shadowing it.
 */
export function importNamed(
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: TSESLint.Scope.Scope,
  module: string,
  name: string,
): NamedImport | undefined {
  const program = sourceCode.ast;
  const target = normalizeModuleName(module);
  const declarations = program.body.filter(
    (statement): statement is TSESTree.ImportDeclaration =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      statement.importKind !== 'type' &&
      normalizeModuleName(statement.source.value) === target,
  );
  for (const declaration of declarations) {
    for (const specifier of declaration.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && importedName(specifier) === name) {
        return { localName: specifier.local.name };
      }
    }
  }
  if (!isNameFree(scope, name)) return undefined;

  const withNamedSpecifiers = declarations.find((declaration) =>
    declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
  );
  if (withNamedSpecifiers) {
    const last = withNamedSpecifiers.specifiers.at(-1)!;
    return { localName: name, fix: (fixer) => fixer.insertTextAfter(last, `, ${name}`) };
  }
  const statement = isEsModule(program)
    ? `import { ${name} } from '${module}';\n`
    : `const { ${name} } = require('${module}');\n`;
  const imports = program.body.filter((node) => node.type === AST_NODE_TYPES.ImportDeclaration);
  const lastImport = imports.at(-1);
  if (lastImport) {
    return { localName: name, fix: (fixer) => fixer.insertTextAfter(lastImport, `\n${statement.trimEnd()}`) };
  }
  const first = program.body.find((node) => !isDirective(node));
  if (!first) return undefined;
  return { localName: name, fix: (fixer) => fixer.insertTextBefore(first, statement) };
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
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
    node.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    node.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
    node.type === AST_NODE_TYPES.ExportAllDeclaration
  );
}

function isDirective(node: TSESTree.ProgramStatement): boolean {
  return node.type === AST_NODE_TYPES.ExpressionStatement && node.directive !== undefined;
}
