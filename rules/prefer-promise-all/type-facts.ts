import type { TSESTree } from '@typescript-eslint/utils';
import { isResourceTypeName } from '../../analysis/effects/vocabulary';
import type { TypeOracle } from '../../analysis/types/type-oracle';

/**
 * What types say about the values the rule looks at. Every answer has a syntactic fallback:
 * without types, `undefined` means "not known" and the callers stay careful.
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

export function typeFactsFor(types: TypeOracle | undefined): TypeFacts {
  if (!types) return UNTYPED;
  return {
    mayBeThenable: (node) => types.mayBeThenable(node),
    isArray: (node) => types.isArray(node),
    isResource: (node) => types.typeNames(node).some(isResourceTypeName),
  };
}
