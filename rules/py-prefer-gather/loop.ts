import { callChain, namesRead, readAfter, targetEffect, unparenthesized, visibleOutside, waitsOrBinds } from '../../analysis/python/dependencies';
import { enclosingFunction } from '../../analysis/python/functions';
import type { PyNode } from '../../languages/python/syntax-tree';
import { awaitedCall, type AwaitedCall, type Facts } from './operations';

/** A `for` loop whose iterations could run together, and what the rewrite needs. */
export interface LoopShape {
  loop: PyNode;
  awaited: AwaitedCall;
  /** `x` or `k, v`: the loop target as written. */
  target: PyNode;
  iterable: PyNode;
  /** `results = []` right before the loop when the body is `results.append(await f(x))` (or `results = {}` and `results[x] = await f(x)`: keyed). */
  collected: { declaration: PyNode; name: string; keyed?: boolean } | undefined;
}

/**
 * `for x in items: await work(x)` or, after `results = []`, `for x in items:
 * results.append(await work(x))`: the body is that one statement, the call reads the item and
 * nothing ordered, and the loop variable is not used after the loop. Everything else (more
 * statements, `break`/`continue`, `try` for retries, an `else`, `async for`, totals) stays a loop.
 */
export function independentLoop(loop: PyNode, facts: Facts): LoopShape | undefined {
  if (loop.tokens.includes('async') || loop.fields.alternative) return undefined;
  const { left, right, body } = loop.fields;
  if (!left || !right || body?.children.length !== 1) return undefined;
  const loopNames = targetEffect(left);
  if (loopNames.mutated.size > 0 || loopNames.bound.size === 0 || !isPlainTarget(left)) return undefined;
  const statement = body.children[0]!;
  if (statement.type !== 'expression_statement' || statement.children.length !== 1) return undefined;
  const expression = statement.children[0]!;
  const collected = expression.type === 'await' ? undefined : (collectedInto(expression, loop) ?? keyedInto(expression, loop, loopNames.bound));
  if (expression.type !== 'await' && !collected) return undefined;
  const awaitNode = collected?.keyed ? expression.fields.right : collected ? unparenthesized(expression.fields.arguments?.children[0]) : expression;
  const awaited = awaitNode && awaitedCall(awaitNode, facts);
  if (!awaited || awaited.resources.size > 0) return undefined;
  // A dropped result means the call runs for its effect: only plain reads may overlap.
  const allowed = collected ? ['read', 'neutral'] : ['read'];
  if (!allowed.includes(awaited.effect)) return undefined;
  const reads = awaited.reads;
  if (![...loopNames.bound].some((name) => reads.has(name))) return undefined;
  // `for step in steps: await step()`, `await m.up()`: the items are the work, often in order.
  const root = awaited.calleeRoot;
  if (root?.type === 'identifier' && loopNames.bound.has(root.text)) return undefined;
  const fn = enclosingFunction(loop);
  for (const name of loopNames.bound) {
    if (visibleOutside(name, fn) || readAfter(name, loop.range[1], loop)) return undefined;
  }
  if (collected && (namesRead(right).has(collected.name) || reads.has(collected.name))) return undefined;
  return { loop, awaited, target: left, iterable: right, collected };
}

export function isPlainTarget(target: PyNode): boolean {
  if (target.type === 'identifier') return true;
  return (target.type === 'pattern_list' || target.type === 'tuple_pattern') && target.children.every(isPlainTarget);
}

/** `results[x] = await f(x)` with `results = {}` as the statement right before the loop; the key reads only the loop's names. */
function keyedInto(expression: PyNode, loop: PyNode, loopNames: ReadonlySet<string>): LoopShape['collected'] {
  if (expression.type !== 'assignment' || expression.fields.type || expression.fields.right?.type !== 'await') return undefined;
  const target = expression.fields.left;
  const dict = target?.type === 'subscript' ? target.fields.value : undefined;
  const keys = target?.type === 'subscript' ? target.children.filter((child) => child !== dict) : [];
  if (dict?.type !== 'identifier' || keys.length !== 1 || waitsOrBinds(keys[0]!) || keys[0]!.type === 'await') return undefined;
  if (![...namesRead(keys[0]!)].every((name) => loopNames.has(name))) return undefined;
  const declaration = statementBefore(loop);
  const assignment = declaration?.type === 'expression_statement' ? declaration.children[0] : undefined;
  if (assignment?.type !== 'assignment' || assignment.fields.left?.type !== 'identifier' || assignment.fields.left.text !== dict.text) return undefined;
  const value = assignment.fields.right;
  if (value?.type !== 'dictionary' || value.children.length > 0) return undefined;
  return { declaration: declaration!, name: dict.text, keyed: true };
}

function statementBefore(statement: PyNode): PyNode | undefined {
  const siblings = statement.parent?.children ?? [];
  return siblings[siblings.indexOf(statement) - 1];
}

/** `results.append(await f(x))` with `results = []` as the statement right before the loop. */
function collectedInto(expression: PyNode, loop: PyNode): LoopShape['collected'] {
  if (expression.type !== 'call') return undefined;
  const { links } = callChain(expression);
  const [link] = links;
  const argumentsList = expression.fields.arguments?.children ?? [];
  if (links.length !== 1 || link?.name !== 'append' || link.receiver?.type !== 'identifier' || argumentsList.length !== 1) return undefined;
  if (argumentsList[0]?.type !== 'await') return undefined;
  const siblings = loop.parent?.children ?? [];
  const declaration = siblings[siblings.indexOf(loop) - 1];
  const assignment = declaration?.type === 'expression_statement' ? declaration.children[0] : undefined;
  if (assignment?.type !== 'assignment' || assignment.fields.type || assignment.fields.left?.type !== 'identifier') return undefined;
  if (assignment.fields.left.text !== link.receiver.text || assignment.fields.right?.type !== 'list' || assignment.fields.right.children.length > 0) return undefined;
  return { declaration: declaration!, name: link.receiver.text };
}
