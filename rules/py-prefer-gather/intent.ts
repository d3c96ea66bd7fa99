import { wordsOf } from '../../analysis/effects/vocabulary';
import { callChain, memberPath, namesRead } from '../../analysis/python/dependencies';
import { descendants, enclosingFunction } from '../../analysis/python/functions';
import type { PyNode } from '../../languages/python/syntax-tree';
import type { Facts } from './operations';
import { pythonEffectOf } from './python-words';

/**
 * Words in a comment that say the order (or the lack of overlap) is intended: "one at a time",
 * "in order", "sequentially", "must run before", "rate limit".
 */
const SEQUENTIAL_NOTE =
  /\b(?:sequential(?:ly)?|serial(?:ly|i[sz]e[ds]?)?|one (?:at a time|by one|after (?:the )?(?:other|another))|in order|in sequence|concurren\w*|parallel\w*|simultaneous\w*|race|rate.?limit\w*|throttl\w*|ordered|order matters|fifo|lock\w*|must (?:run|happen|come|finish|complete|be done) (?:before|after|first)|wait(?:s|ing)? (?:for|until))\b/i;

/** The same, in Korean (word boundaries do not apply to Hangul). */
const SEQUENTIAL_NOTE_KO = /순차|직렬|하나씩|차례로|차례대로|동시|병렬|순서/;

/** How many lines above the code a comment may sit and still speak about it. */
const LINES_ABOVE = 3;

/** Words of a `with` item that make its block one ordered unit: a transaction, a lock, a limiter. */
const ORDERED_SCOPE_WORDS = new Set([
  'transaction', 'transactional', 'atomic', 'begin', 'savepoint', 'lock', 'locked', 'rlock', 'mutex', 'semaphore',
  'sem', 'limiter', 'limit', 'throttle', 'throttler', 'serial', 'exclusive', 'critical', 'cursor', 'batch', 'pipeline',
]);

/** A comment on or just above the code says the order is intended. */
export function notedAsSequential(first: PyNode, last: PyNode, facts: Facts): boolean {
  const from = first.loc.start.line - LINES_ABOVE;
  const to = last.loc.end.line;
  return facts.sourceCode.comments.some(
    (comment) => comment.loc.end.line >= from && comment.loc.start.line <= to && (SEQUENTIAL_NOTE.test(comment.text) || SEQUENTIAL_NOTE_KO.test(comment.text)),
  );
}

/**
 * The code runs inside a block that orders it: `async with conn.transaction():`, `async with
 * lock:`, `async with semaphore:`, `async with limiter:`; or inside a loop that paces itself
 * (a sleep, backoff or retry in the loop body: polling, rate limits, retries).
 */
export function inOrderedScope(node: PyNode): boolean {
  const fn = enclosingFunction(node);
  for (let current = node.parent; current && current !== fn; current = current.parent) {
    if (current.type === 'with_statement' && orderingWith(current)) return true;
    if ((current.type === 'for_statement' || current.type === 'while_statement') && pacesItself(current)) return true;
  }
  return false;
}

function orderingWith(statement: PyNode): boolean {
  const clause = statement.children.find((child) => child.type === 'with_clause');
  for (const item of clause?.children ?? []) {
    const value = item.fields.value;
    const expression = value?.type === 'as_pattern' ? value.children[0] : value;
    if (expression && itemWords(expression).some((word) => ORDERED_SCOPE_WORDS.has(word))) return true;
  }
  return false;
}

/** The words of every name and called method in a `with` item: `self._lock` → self, lock. */
function itemWords(expression: PyNode): string[] {
  const words: string[] = [];
  for (const node of descendants(expression)) {
    if (node.type === 'identifier') words.push(...wordsOf(node.text));
  }
  return words;
}

function pacesItself(loop: PyNode): boolean {
  for (const node of descendants(loop.fields.body ?? loop)) {
    if (node.type !== 'call') continue;
    const { links } = callChain(node);
    if (links.some((link) => pythonEffectOf(link.name) === 'pause')) return true;
  }
  return false;
}

/**
 * The enclosing function already runs one of these calls together with others
 * (`asyncio.gather`, `asyncio.wait`, a task group) on another branch: this branch is sequential
 * by choice.
 */
export function combinedElsewhere(node: PyNode, calledNames: readonly string[], facts: Facts): boolean {
  const wanted = new Set(calledNames.filter((name) => name.length > 2));
  const fn = enclosingFunction(node);
  if (!fn || wanted.size === 0) return false;
  for (const child of descendants(fn)) {
    if (child.type !== 'call') continue;
    const qualified = facts.names.qualifiedName(child.fields.function);
    const method = memberPath(child.fields.function)?.at(-1);
    const combining = qualified === 'asyncio.gather' || qualified === 'asyncio.wait' || method === 'create_task' || method === 'start_soon';
    if (!combining) continue;
    for (const name of namesRead(child)) if (wanted.has(name)) return true;
    for (const inner of descendants(child)) {
      if (inner.type === 'attribute' && wanted.has(inner.fields.attribute?.text ?? '')) return true;
    }
  }
  return false;
}
