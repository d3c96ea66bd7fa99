import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from './async-context';
import { walk } from './walk';

type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;

/**
 * The bindings a piece of code touches, as the scope manager resolved them: declared variables
 * (so two different `x` in two scopes never mix), plus names no declaration in the file binds
 * (globals) and whether it touches `this`.
 */
export interface Bindings {
  variables: Set<Variable>;
  globals: Set<string>;
  usesThis: boolean;
}

export function emptyBindings(): Bindings {
  return { variables: new Set(), globals: new Set(), usesThis: false };
}

export function overlaps(a: Bindings, b: Bindings): boolean {
  if (a.usesThis && b.usesThis) return true;
  for (const variable of a.variables) if (b.variables.has(variable)) return true;
  for (const name of a.globals) if (b.globals.has(name)) return true;
  return false;
}

export function mergeInto(target: Bindings, source: Bindings): void {
  for (const variable of source.variables) target.variables.add(variable);
  for (const name of source.globals) target.globals.add(name);
  target.usesThis ||= source.usesThis;
}

/**
 * Every reference of a file by its identifier node, so any piece of code can be asked which
 * bindings it reads or writes without re-resolving names by hand. Built once per file.
 */
export class ReferenceIndex {
  private readonly byIdentifier = new Map<TSESTree.Node, Reference>();

  constructor(scopeManager: TSESLint.Scope.ScopeManager | null) {
    for (const scope of scopeManager?.scopes ?? []) {
      for (const reference of scope.references) this.byIdentifier.set(reference.identifier, reference);
    }
  }

  referenceOf(identifier: TSESTree.Node): Reference | undefined {
    return this.byIdentifier.get(identifier);
  }

  /** Bindings read anywhere inside `node`, nested functions included (they may run right there). */
  readsIn(node: TSESTree.Node): Bindings {
    const found = emptyBindings();
    walk(node, (child) => {
      if (child.type === AST_NODE_TYPES.ThisExpression || child.type === AST_NODE_TYPES.Super) found.usesThis = true;
      const reference = this.byIdentifier.get(child);
      if (reference?.isRead()) addReference(found, reference);
      return true;
    });
    return found;
  }

  /** Bindings written anywhere inside `node`: assignments, updates, declarations with a value. */
  writesIn(node: TSESTree.Node): Bindings {
    const found = emptyBindings();
    walk(node, (child) => {
      const reference = this.byIdentifier.get(child);
      if (reference?.isWrite()) addReference(found, reference);
      return true;
    });
    return found;
  }

  /** Whether `variable` is read by a function other than `owner` (a closure that could see its new value). */
  isReadByOtherFunction(variable: Variable, owner: TSESTree.Node | undefined, before: number): boolean {
    return variable.references.some((reference) => {
      if (!reference.isRead()) return false;
      const fn = enclosingFunction(reference.identifier);
      if (!fn || fn === owner) return false;
      // A function declaration is hoisted and may be called from anywhere; an expression only
      // after it was created.
      return fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.range[0] < before;
    });
  }
}

function addReference(found: Bindings, reference: Reference): void {
  if (reference.resolved) found.variables.add(reference.resolved);
  else found.globals.add(reference.identifier.name);
}

/** The function whose body `node` runs in, or undefined at the top level. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** The root binding of `a.b.c` / `a[b]` / `this.x` (the object a member write changes). */
export function memberRoot(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.MemberExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.type === AST_NODE_TYPES.MemberExpression ? current.object : current.expression;
  }
  return current;
}
