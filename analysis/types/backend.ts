import type { TSESTree } from '@typescript-eslint/utils';

/**
 * The handful of type-checker operations the oracle's questions are built from. Each source of
 * type information (typescript-eslint's TypeScript program, TypeScript's native checker)
 * implements it once, so every question is written once and both answer alike.
 *
 * `T`, `S` and `G` are the backend's own type, symbol and signature objects: the questions only
 * pass them back. Within one file, asking twice about the same type yields the same object.
 * A backend may throw (a checker crash, a dead checker process): the oracle catches that.
 */
export interface TypeBackend<T extends object, S extends object, G extends object> {
  /** The type of an expression (or of the function an ESTree function node is). */
  typeAt(node: TSESTree.Node): T | undefined;

  /** `any` or `unknown`: a value nobody typed. */
  isVague(type: T): boolean;
  isAny(type: T): boolean;
  isVoid(type: T): boolean;
  /** `undefined` or `null`. */
  isNullish(type: T): boolean;
  isTypeParameter(type: T): boolean;
  /** The members of a union, or undefined for any other type. */
  unionParts(type: T): readonly T[] | undefined;
  /** The members of an intersection, or undefined for any other type. */
  intersectionParts(type: T): readonly T[] | undefined;
  /** The object type behind a primitive, a type parameter's constraint, itself otherwise. */
  apparentType(type: T): T;
  nonNullableType(type: T): T;
  /** A type parameter's constraint; undefined when it has none. */
  baseConstraint(type: T): T | undefined;
  isArrayType(type: T): boolean;
  isTupleType(type: T): boolean;
  /** `string` for `string[]`, the element types of a tuple. */
  typeArguments(type: T): readonly T[];

  /** The symbol the type is named by (`Promise` for `Promise<void>`). */
  symbolOf(type: T): S | undefined;
  /** The alias the type was written through (`Awaitable` for `type Awaitable = …`). */
  aliasSymbolOf(type: T): S | undefined;
  symbolName(symbol: S): string;
  property(type: T, name: string): S | undefined;
  properties(type: T): readonly S[];
  /**
   * The type of a property or parameter symbol (as seen from `at`, else from its declaration).
   * Undefined when the symbol has no declaration and no place is given.
   */
  typeOfSymbol(symbol: S, at?: TSESTree.Node): T | undefined;
  /** Where the symbol is declared: in TypeScript's default library files all, some or none of the time. */
  defaultLibDeclarations(symbol: S): 'all' | 'some' | 'none';

  signatures(type: T, kind: 'call' | 'construct'): readonly G[];
  parameters(signature: G): readonly S[];
  /** The last parameter is `...rest`. */
  hasRestParameter(signature: G): boolean;
  returnType(signature: G): T;

  /**
   * Where the function or value an identifier (or `obj.name`) refers to is declared, through
   * imports, re-exports and renames. Undefined without a declaration.
   */
  declarationSite(name: TSESTree.Identifier): DeclarationSite | undefined;
}

/** Where a symbol is declared, as far as naming its module goes. */
export interface DeclarationSite {
  /** The symbol's own name (`readFileSync`, whatever the local alias). */
  name: string;
  /** The module of an enclosing `declare module "fs" { … }`, if any. */
  ambientModule?: string;
  fileName: string;
  /** The file comes from a package (node_modules), not from the project itself. */
  fromExternalLibrary: boolean;
}
