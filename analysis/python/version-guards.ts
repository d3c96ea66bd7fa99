import { resolveName } from './scope-bindings';
import type { NameResolver } from './names';
import type { PyNode } from '../../languages/python/syntax-tree';

// Code under `if sys.version_info < (3, 7):` runs only on Pythons before 3.7, and code under its
// `else:` only from 3.7 on. Rules whose advice depends on the version judge such code for the
// versions that run it: `get_event_loop()` in a branch for 3.6 has no better spelling there.

/** The Python versions a piece of code can run on, as minor versions of Python 3: [from, below). */
export interface VersionRange {
  /** The lowest minor version that runs the code (0 when unbounded). */
  from: number;
  /** The first minor version that no longer runs it (Infinity when unbounded). */
  below: number;
}

const ANY: VersionRange = { from: 0, below: Infinity };

/** The versions that run `node`, from the `sys.version_info` checks of the `if`s around it. */
export function versionRange(node: PyNode, names: NameResolver): VersionRange {
  let range = ANY;
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'if_statement' || parent.type === 'elif_clause') {
      const condition = parent.fields.condition;
      if (child === condition) continue;
      const inConsequence = parent.fields.consequence === child;
      if (inConsequence && condition) range = intersect(range, whenTrue(condition, names));
      if (parent.type === 'if_statement' && !inConsequence) range = intersect(range, branchRange(parent, child, names));
    }
    if (parent.type === 'conditional_expression') {
      const [consequence, condition, alternative] = parent.children;
      if (condition && child === consequence) range = intersect(range, whenTrue(condition, names));
      if (condition && child === alternative) range = intersect(range, whenFalse(condition, names));
    }
  }
  return range;
}

/** An `elif`/`else` of `statement`: every earlier condition was false (and the elif's own is true, added by the caller). */
function branchRange(statement: PyNode, branch: PyNode, names: NameResolver): VersionRange {
  let range = ANY;
  const condition = statement.fields.condition;
  if (condition) range = intersect(range, whenFalse(condition, names));
  for (const clause of statement.children) {
    if (clause === branch) break;
    if (clause.type === 'elif_clause' && clause.fields.condition) range = intersect(range, whenFalse(clause.fields.condition, names));
  }
  return range;
}

function whenTrue(condition: PyNode, names: NameResolver, depth = 0): VersionRange {
  return comparisonRange(condition, names, false, depth) ?? ANY;
}

function whenFalse(condition: PyNode, names: NameResolver, depth = 0): VersionRange {
  return comparisonRange(condition, names, true, depth) ?? ANY;
}

/**
 * `sys.version_info >= (3, 7)`, `sys.version_info[:2] < (3, 11)`, `not ...`, and a module-level flag bound once to such a check (`PY_37 = sys.version_info >= (3, 7)`).
 */
function comparisonRange(condition: PyNode, names: NameResolver, negated: boolean, depth: number): VersionRange | undefined {
  if (depth > 3) return undefined;
  if (condition.type === 'parenthesized_expression' && condition.children.length === 1) return comparisonRange(condition.children[0]!, names, negated, depth);
  if (condition.type === 'not_operator' && condition.fields.argument) return comparisonRange(condition.fields.argument, names, !negated, depth);
  if (condition.type === 'identifier') {
    const bindings = resolveName(condition.text, condition)?.bindings ?? [];
    const [binding] = bindings;
    if (bindings.length !== 1 || binding?.kind !== 'assignment' || !binding.value) return undefined;
    return comparisonRange(binding.value, names, negated, depth + 1);
  }
  if (condition.type !== 'comparison_operator' || condition.children.length !== 2) return undefined;
  const [left, right] = condition.children;
  const operator = condition.tokens.find((token) => ['<', '<=', '>', '>='].includes(token));
  if (!left || !right || !operator || !isVersionInfo(left, names)) return undefined;
  const minor = pythonThreeMinor(right);
  if (minor === undefined) return undefined;
  // `(3, 7)`: < means below 3.7; <= (3, 7) means up to and including 3.7; likewise for > and >=.
  const atLeast = operator === '>=' ? minor : operator === '>' ? minor + 1 : undefined;
  const below = operator === '<' ? minor : operator === '<=' ? minor + 1 : undefined;
  if (atLeast !== undefined) return negated ? { from: 0, below: atLeast } : { from: atLeast, below: Infinity };
  if (below !== undefined) return negated ? { from: below, below: Infinity } : { from: 0, below };
  return undefined;
}

function isVersionInfo(node: PyNode, names: NameResolver): boolean {
  const target = node.type === 'subscript' ? node.fields.value : node;
  return names.qualifiedName(target) === 'sys.version_info';
}

/** `(3, 7)`, `(3, 7, 1)` → 7; anything that is not Python 3 → undefined. */
function pythonThreeMinor(tuple: PyNode): number | undefined {
  if (tuple.type !== 'tuple' || tuple.children.length < 2) return undefined;
  const [major, minor] = tuple.children;
  if (major?.type !== 'integer' || minor?.type !== 'integer' || major.text !== '3') return undefined;
  return Number(minor.text);
}

function intersect(a: VersionRange, b: VersionRange): VersionRange {
  return { from: Math.max(a.from, b.from), below: Math.min(a.below, b.below) };
}

/** Whether every version that runs the code is before 3.`minor`. */
export function runsOnlyBefore(range: VersionRange, minor: number): boolean {
  return range.below <= minor;
}

/** Whether every version that runs the code is 3.`minor` or later. */
export function runsOnlyFrom(range: VersionRange, minor: number): boolean {
  return range.from >= minor;
}
