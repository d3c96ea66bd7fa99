import { targetEffect, unparenthesized, waitsOrBinds } from '../../analysis/python/dependencies';
import type { PyNode } from '../../languages/python/syntax-tree';
import { isPlainTarget } from './loop';
import { awaitedCall, type AwaitedCall, type Facts } from './operations';

/** A list comprehension that awaits one item at a time, and what the rewrite needs. */
export interface ComprehensionShape {
  comprehension: PyNode;
  awaited: AwaitedCall;
  /** `for x in items` (and any `if` clauses after it), as the generator passed to gather keeps them. */
  clauses: PyNode[];
}

/**
 * `results = [await fetch(x) for x in items]` (or `return [...]`): the same question as the `for`
 * loop that collects into a list. `for` clauses (nested ones too: `for r in regions for s in
 * r.shops`), not `async for`; `if` clauses and the iterables do not await; the awaited call reads an
 * item, reads data and goes through no ordered resource; the items are not themselves the work
 * (`[await step() for step in steps]`). A dict comprehension `{k: await f(k) for k in keys}` is
 * the same question, its key computed without waiting.
 */
export function independentComprehension(comprehension: PyNode, facts: Facts): ComprehensionShape | undefined {
  if (!COMPREHENSIONS.has(comprehension.type) || !isCollectedResult(comprehension)) return undefined;
  const body = unparenthesized(comprehension.fields.body);
  const clauses = comprehension.children.filter((child) => child !== comprehension.fields.body);
  const loops = clauses.filter((clause) => clause.type === 'for_in_clause');
  if (loops.length === 0 || clauses[0] !== loops[0] || clauses.some((clause) => clause.type !== 'for_in_clause' && clause.type !== 'if_clause')) return undefined;
  const bound = new Set<string>();
  for (const loop of loops) {
    const { left, right } = loop.fields;
    if (loop.tokens.includes('async') || !left || !right || !isPlainTarget(left) || containsWait(right)) return undefined;
    const loopNames = targetEffect(left);
    if (loopNames.mutated.size > 0 || loopNames.bound.size === 0) return undefined;
    for (const name of loopNames.bound) bound.add(name);
  }
  if (clauses.some((clause) => clause.type === 'if_clause' && containsWait(clause))) return undefined;
  const key = body?.type === 'pair' ? body.fields.key : undefined;
  const value = body?.type === 'pair' ? unparenthesized(body.fields.value) : body;
  if (key && containsWait(key)) return undefined;
  const awaited = value && awaitedCall(value, facts);
  if (!awaited || awaited.resources.size > 0 || !['read', 'neutral'].includes(awaited.effect)) return undefined;
  if (![...bound].some((name) => awaited.reads.has(name))) return undefined;
  const root = awaited.calleeRoot;
  if (root?.type === 'identifier' && bound.has(root.text)) return undefined;
  return { comprehension, awaited, clauses };
}

const COMPREHENSIONS = new Set(['list_comprehension', 'dictionary_comprehension']);

/** The list is what the code keeps: the whole right side of `x = [...]` (or `x: T = [...]`), or `return [...]`. */
function isCollectedResult(comprehension: PyNode): boolean {
  const parent = comprehension.parent;
  if (parent?.type === 'assignment') return parent.fields.right === comprehension && parent.parent?.type === 'expression_statement';
  return parent?.type === 'return_statement';
}

function containsWait(node: PyNode): boolean {
  return node.type === 'await' || node.type === 'named_expression' || waitsOrBinds(node);
}
