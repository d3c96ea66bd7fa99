import type { ParserServices, TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import { isResourceTypeName } from '../../analysis/effects/vocabulary';

/**
 * What TypeScript knows about the values the rule looks at. Every answer has a syntactic
 * fallback: without a program, `undefined` means "not known" and the callers stay careful.
 */
export interface TypeFacts {
  /** False only when the awaited value is certainly not a promise (awaiting it costs no time). */
  mayBeThenable(node: TSESTree.Node): boolean;
  /** True for arrays and tuples, false for other known types, undefined without types. */
  isArray(node: TSESTree.Node): boolean | undefined;
  /** The value's type is an ordered resource (a `PoolClient`, a `Page`, a `Transaction`, a stream). */
  isResource(node: TSESTree.Node): boolean;
}

const UNTYPED: TypeFacts = {
  mayBeThenable: () => true,
  isArray: () => undefined,
  isResource: () => false,
};

export function typeFactsFor(services: Partial<ParserServices> | undefined): TypeFacts {
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return UNTYPED;
  const { program, esTreeNodeToTSNodeMap } = services;
  const checker = program.getTypeChecker();
  const typeOf = (node: TSESTree.Node): ts.Type => checker.getTypeAtLocation(esTreeNodeToTSNodeMap.get(node));
  return {
    mayBeThenable: (node) => parts(checker, typeOf(node)).some((part) => isLoose(part) || hasThen(checker, part)),
    isArray: (node) => {
      const type = checker.getNonNullableType(typeOf(node));
      return parts(checker, type).every((part) => checker.isArrayType(part) || checker.isTupleType(part));
    },
    isResource: (node) =>
      parts(checker, typeOf(node)).some((part) => {
        const symbol = part.aliasSymbol ?? part.getSymbol();
        return symbol !== undefined && isResourceTypeName(symbol.getName());
      }),
  };
}

/** The members of a union, with type parameters replaced by their constraints. */
function parts(checker: ts.TypeChecker, type: ts.Type): ts.Type[] {
  const constrained = type.isTypeParameter() ? (checker.getBaseConstraintOfType(type) ?? type) : type;
  return constrained.isUnion() ? constrained.types : [constrained];
}

function isLoose(type: ts.Type): boolean {
  return (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter)) !== 0;
}

function hasThen(checker: ts.TypeChecker, type: ts.Type): boolean {
  const then = type.getProperty('then');
  if (!then) return false;
  const declaration = then.valueDeclaration ?? then.declarations?.[0];
  if (!declaration) return true;
  return checker.getTypeOfSymbolAtLocation(then, declaration).getCallSignatures().length > 0;
}
