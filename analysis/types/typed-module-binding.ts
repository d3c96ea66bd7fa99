import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { normalizeModuleName } from '../js/module-binding';

/** A module export as the compiler resolved it: `{ module: 'fs', name: 'readFileSync' }`. */
export interface TypedExport {
  module: string;
  name: string;
}

type Services = NonNullable<Readonly<TSESLint.SourceCode>['parserServices']>;

/**
 * Where the function a callee names is declared, asked of the TypeScript checker: through
 * re-exports (`export { readFileSync } from 'node:fs'`, `export * from 'fs'`) and renames the
 * aliased symbol leads to the declaration in the module's own typings (`declare module "fs"`
 * in @types/node, or a package's `.d.ts` under node_modules). Declarations in the project's own
 * files are never a module export. Undefined without a program.
 */
export function resolveTypedExport(services: Services | undefined, callee: TSESTree.Node): TypedExport | undefined {
  const program = services?.program;
  const nodeMap = services?.esTreeNodeToTSNodeMap;
  if (!program || !nodeMap) return undefined;
  const nameNode =
    callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed ? callee.property : callee;
  if (nameNode.type !== AST_NODE_TYPES.Identifier) return undefined;
  const tsNode = nodeMap.get(nameNode) as ts.Node | undefined;
  if (!tsNode) return undefined;
  const checker = program.getTypeChecker();
  let symbol = checker.getSymbolAtLocation(tsNode);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration) return undefined;
  const module = declaringModule(declaration, program);
  return module === undefined ? undefined : { module, name: symbol.name };
}

/** `fs` for a declaration inside `declare module "fs"`, `bcrypt` for one in node_modules/@types/bcrypt. */
function declaringModule(declaration: ts.Declaration, program: ts.Program): string | undefined {
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) return normalizeModuleName(node.name.text);
  }
  const file = declaration.getSourceFile();
  if (!program.isSourceFileFromExternalLibrary(file) && !file.fileName.includes('/node_modules/')) return undefined;
  return packageName(file.fileName);
}

function packageName(fileName: string): string | undefined {
  const parts = fileName.slice(fileName.lastIndexOf('/node_modules/') + '/node_modules/'.length).split('/');
  if (parts[0] === '@types' && parts[1]) {
    const [scope, name] = parts[1].split('__');
    return name ? `@${scope}/${name}` : scope;
  }
  if (parts[0]?.startsWith('@') && parts[1]) return `${parts[0]}/${parts[1]}`;
  return parts[0];
}
