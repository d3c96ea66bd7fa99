import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import type { DeclarationSite, TypeBackend } from './backend';
import { typescript } from './typescript-runtime';

/**
 * Type information from the TypeScript program typescript-eslint built for the file: what the
 * ESLint plugin uses in a user's typed config, and the engine where no native checker runs.
 */
export class ProgramBackend implements TypeBackend<ts.Type, ts.Symbol, ts.Signature> {
  private readonly checker: ts.TypeChecker;
  /** TypeScript's flags and node tests, loaded with the first typed file (see typescript-runtime.ts). */
  private readonly ts = typescript();

  constructor(private readonly services: ParserServicesWithTypeInformation) {
    this.checker = services.program.getTypeChecker();
  }

  typeAt(node: TSESTree.Node): ts.Type | undefined {
    return this.checker.getTypeAtLocation(this.tsNode(node));
  }

  isVague(type: ts.Type): boolean {
    return (type.flags & (this.ts.TypeFlags.Any | this.ts.TypeFlags.Unknown)) !== 0;
  }

  isAny(type: ts.Type): boolean {
    return (type.flags & this.ts.TypeFlags.Any) !== 0;
  }

  isVoid(type: ts.Type): boolean {
    return (type.flags & this.ts.TypeFlags.Void) !== 0;
  }

  isNullish(type: ts.Type): boolean {
    return (type.flags & (this.ts.TypeFlags.Undefined | this.ts.TypeFlags.Null)) !== 0;
  }

  isTypeParameter(type: ts.Type): boolean {
    return (type.flags & this.ts.TypeFlags.TypeParameter) !== 0;
  }

  unionParts(type: ts.Type): readonly ts.Type[] | undefined {
    return type.isUnion() ? type.types : undefined;
  }

  intersectionParts(type: ts.Type): readonly ts.Type[] | undefined {
    return type.isIntersection() ? type.types : undefined;
  }

  apparentType(type: ts.Type): ts.Type {
    return this.checker.getApparentType(type);
  }

  nonNullableType(type: ts.Type): ts.Type {
    return this.checker.getNonNullableType(type);
  }

  baseConstraint(type: ts.Type): ts.Type | undefined {
    return this.checker.getBaseConstraintOfType(type);
  }

  isArrayType(type: ts.Type): boolean {
    return this.checker.isArrayType(type);
  }

  isTupleType(type: ts.Type): boolean {
    return this.checker.isTupleType(type);
  }

  typeArguments(type: ts.Type): readonly ts.Type[] {
    return this.checker.getTypeArguments(type as ts.TypeReference);
  }

  symbolOf(type: ts.Type): ts.Symbol | undefined {
    return type.getSymbol();
  }

  aliasSymbolOf(type: ts.Type): ts.Symbol | undefined {
    return type.aliasSymbol;
  }

  symbolName(symbol: ts.Symbol): string {
    return symbol.getName();
  }

  property(type: ts.Type, name: string): ts.Symbol | undefined {
    return this.checker.getPropertyOfType(type, name);
  }

  properties(type: ts.Type): readonly ts.Symbol[] {
    return this.checker.getPropertiesOfType(type);
  }

  typeOfSymbol(symbol: ts.Symbol, at?: TSESTree.Node): ts.Type | undefined {
    const location = at ? this.tsNode(at) : (symbol.valueDeclaration ?? symbol.declarations?.[0]);
    return location && this.checker.getTypeOfSymbolAtLocation(symbol, location);
  }

  defaultLibDeclarations(symbol: ts.Symbol): 'all' | 'some' | 'none' {
    const declarations = symbol.getDeclarations() ?? [];
    const inLib = declarations.filter((declaration) => this.services.program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
    if (inLib.length === 0) return 'none';
    return inLib.length === declarations.length ? 'all' : 'some';
  }

  signatures(type: ts.Type, kind: 'call' | 'construct'): readonly ts.Signature[] {
    return kind === 'call' ? type.getCallSignatures() : type.getConstructSignatures();
  }

  parameters(signature: ts.Signature): readonly ts.Symbol[] {
    return signature.parameters;
  }

  hasRestParameter(signature: ts.Signature): boolean {
    const declaration = signature.parameters.at(-1)?.valueDeclaration as ts.ParameterDeclaration | undefined;
    return declaration?.dotDotDotToken !== undefined;
  }

  returnType(signature: ts.Signature): ts.Type {
    return signature.getReturnType();
  }

  declarationSite(name: TSESTree.Identifier): DeclarationSite | undefined {
    let symbol = this.checker.getSymbolAtLocation(this.tsNode(name));
    if (symbol && symbol.flags & this.ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.[0];
    if (!symbol || !declaration) return undefined;
    const file = declaration.getSourceFile();
    return {
      name: symbol.name,
      ambientModule: enclosingAmbientModule(declaration),
      fileName: file.fileName,
      fromExternalLibrary: this.services.program.isSourceFileFromExternalLibrary(file),
    };
  }

  private tsNode(node: TSESTree.Node): ts.Node {
    return this.services.esTreeNodeToTSNodeMap.get(node);
  }
}

/** `fs` for a declaration inside `declare module "fs" { … }`. */
function enclosingAmbientModule(declaration: ts.Node): string | undefined {
  const { isModuleDeclaration, isStringLiteral } = typescript();
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if (isModuleDeclaration(node) && isStringLiteral(node.name)) return node.name.text;
  }
  return undefined;
}
