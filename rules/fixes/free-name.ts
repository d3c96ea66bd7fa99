import { ASTUtils, type TSESLint } from '@typescript-eslint/utils';

/**
 * A variable name that can be declared at `scope` without shadowing or hiding anything: not bound
 * there or in any enclosing scope, not read as a global anywhere in the file, and not declared in
 * a scope inside `scope` (where a new outer binding could be hidden from code that meant it).
 * Tries `base`, then `base2`, `base3`, ...
 */
export function freeVariableName(scope: TSESLint.Scope.Scope, base: string): string {
  const taken = namesAround(scope);
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? base : `${base}${suffix}`;
    if (!taken.has(candidate) && !ASTUtils.findVariable(scope, candidate)) return candidate;
  }
}

function namesAround(scope: TSESLint.Scope.Scope): Set<string> {
  const names = new Set<string>();
  let global = scope;
  while (global.upper) global = global.upper;
  for (const reference of global.through) names.add(reference.identifier.name);
  const pending = [...scope.childScopes];
  for (let child = pending.pop(); child; child = pending.pop()) {
    for (const variable of child.variables) names.add(variable.name);
    pending.push(...child.childScopes);
  }
  return names;
}
