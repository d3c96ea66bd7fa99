import { localNames, memberPath, namesRead, targetEffect, unparenthesized, visibleOutside } from '../../analysis/python/dependencies';
import { enclosingFunction } from '../../analysis/python/functions';
import type { PyNode } from '../../languages/python/syntax-tree';
import { awaitedCall, mayOverlap, type AwaitedCall, type Facts } from './operations';
import { independentRuns as splitIntoRuns } from '../../analysis/independent-runs';

/** One statement of a run: `x = await f()`, `self.x = await f()`, `x: T = await f()` or `await f()`. */
export interface Step {
  statement: PyNode;
  awaited: AwaitedCall;
  /** The assigned name or attribute path; undefined when the result is dropped. */
  target: PyNode | undefined;
  annotation: PyNode | undefined;
  bound: Set<string>;
  mutated: Set<string>;
  /** Names the awaited call reads. */
  reads: Set<string>;
  /** Names the target reads: `cache` of `cache.x = ...`. */
  targetReads: Set<string>;
}

/** Runs of adjacent awaits that do not depend on each other (see utils/independent-runs). */
export function independentRuns(statements: readonly PyNode[], facts: Facts): Step[][] {
  return splitIntoRuns(statements, (statement) => stepOf(statement, facts), independent);
}

/** Cheap pre-check: a statement that is an await or assigns one. */
export function startsWithAwait(statement: PyNode): boolean {
  const [expression] = statement.children;
  if (statement.type !== 'expression_statement' || !expression) return false;
  return expression.type === 'await' || (expression.type === 'assignment' && expression.fields.right?.type === 'await');
}

function stepOf(statement: PyNode, facts: Facts): Step | undefined {
  if (statement.type !== 'expression_statement' || statement.children.length !== 1) return undefined;
  const [expression] = statement.children;
  if (expression?.type === 'await') {
    const awaited = awaitedCall(expression, facts);
    // A dropped result means the call is made for what it does: only plain reads (warming a
    // cache, checking access) are safe to start together.
    if (awaited?.effect !== 'read') return undefined;
    return { statement, awaited, target: undefined, annotation: undefined, bound: new Set(), mutated: new Set(), reads: awaited.reads, targetReads: new Set() };
  }
  if (expression?.type !== 'assignment') return undefined;
  const { left, right, type } = expression.fields;
  // Single targets only: no `a, b = ...`, no `a = b = ...`, no `x[k] = ...`; annotations on plain names.
  if (!left || !right || right.type !== 'await' || !memberPath(left)) return undefined;
  if (type && left.type !== 'identifier') return undefined;
  const awaited = awaitedCall(right, facts);
  if (!awaited || (awaited.effect !== 'read' && awaited.effect !== 'neutral')) return undefined;
  const { bound, mutated } = targetEffect(left);
  const targetReads = left.type === 'attribute' ? namesRead(left) : new Set<string>();
  return { statement, awaited, target: left, annotation: type, bound, mutated, reads: awaited.reads, targetReads };
}

/**
 * `later` neither reads what `earlier` produced (directly, through an object it changed, or
 * through a closure), nor assigns the same thing, nor uses the same ordered resource or repeats
 * the call.
 */
function independent(earlier: Step, later: Step): boolean {
  if (!mayOverlap(earlier.awaited, later.awaited)) return false;
  if (intersects(earlier.bound, later.reads) || intersects(earlier.mutated, later.reads)) return false;
  if (intersects(earlier.bound, later.bound) || intersects(earlier.bound, later.targetReads)) return false;
  if (earlier.target && later.target && earlier.target.type === 'attribute' && memberPath(earlier.target)?.join('.') === memberPath(later.target)?.join('.')) {
    return false;
  }
  const fn = enclosingFunction(earlier.statement);
  if (!fn) return false;
  // A name or object outside this function's own locals may be read by whatever the later call runs.
  const locals = localNames(fn);
  for (const name of [...earlier.bound, ...earlier.mutated]) {
    if (!locals.has(name) || visibleOutside(name, fn)) return false;
  }
  return true;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

/** The awaited expression of a step (for the report's location). */
export function awaitOf(step: Step): PyNode {
  return unparenthesized(step.awaited.node) ?? step.awaited.node;
}
