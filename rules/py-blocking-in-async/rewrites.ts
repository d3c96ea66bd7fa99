import { descendants } from '../../analysis/python/functions';
import type { PythonSourceCode } from '../../languages/python/source-code';
import type { PyNode } from '../../languages/python/syntax-tree';

/** File methods whose `open(p).<method>(...)` chain is one blocking job a thread can do whole. */
const WHOLE_FILE_METHODS = new Set(['read', 'readlines', 'write', 'writelines']);

/**
 * Whether `await` may replace this call where it stands: in the coroutine's own code, not in a
 * generator expression (an `await` there turns it into an async generator), a class body, or
 * already under `await`.
 */
export function awaitAllowed(call: PyNode): boolean {
  if (call.parent?.type === 'await') return false;
  for (let current = call.parent; current; current = current.parent) {
    if (current.type === 'function_definition') return true;
    if (current.type === 'generator_expression' || current.type === 'class_definition' || current.type === 'lambda') return false;
    // Defaults and decorators of a nested def run in the coroutine, but read oddly with `await`.
    if (current.type === 'parameters' || current.type === 'decorator') return false;
  }
  return false;
}

/**
 * `await <expression>` in place of `node`, parenthesized where the call was the start of a
 * longer primary (`requests.get(u).json()` → `(await ...).json()`): `await` binds looser than
 * `.`, `[...]` and `(...)`.
 */
export function awaited(node: PyNode, expression: string): string {
  const parent = node.parent;
  const leadsPrimary =
    (parent?.type === 'attribute' && parent.fields.object === node) ||
    (parent?.type === 'subscript' && parent.fields.value === node) ||
    (parent?.type === 'call' && parent.fields.function === node);
  return leadsPrimary ? `(await ${expression})` : `await ${expression}`;
}

/**
 * The call's arguments written after a leading `first` argument: `f(a, b=1)` → `first, a, b=1`.
 * Arguments laid out one per line keep their layout with `first` on a line of its own.
 */
export function argumentsAfter(sourceCode: PythonSourceCode, call: PyNode, first: string): string {
  const args = call.fields.arguments;
  if (!args) return first;
  // `f(x for x in xs)`: the generator's parentheses are its own, and it needs them as a second argument.
  if (args.type === 'generator_expression') return `${first}, ${sourceCode.textOf(args)}`;
  const inner = sourceCode.textOf(args).slice(1, -1);
  if (inner.trim() === '') return first;
  const layout = /^([ \t]*\n([ \t]*))/.exec(inner);
  const [lineBreak, indent] = [layout?.[1], layout?.[2]];
  if (lineBreak !== undefined && indent !== undefined) return `${lineBreak}${first},\n${indent}${inner.slice(lineBreak.length)}`;
  return `${first}, ${inner.trimStart()}`;
}

/**
 * For `open(...)`: the `open(p).read()` chain around it when a thread can run it whole, as
 * `lambda: open(p).read()`. Undefined for any other use of the file object (a `with` block, a
 * name): moving only the `open` into a thread would leave the reads blocking.
 */
export function wholeFileChain(sourceCode: PythonSourceCode, openCall: PyNode): { node: PyNode; thunk: string } | undefined {
  const attribute = openCall.parent;
  const chain = attribute?.parent;
  if (attribute?.type !== 'attribute' || attribute.fields.object !== openCall) return undefined;
  if (chain?.type !== 'call' || chain.fields.function !== attribute) return undefined;
  if (!WHOLE_FILE_METHODS.has(attribute.fields.attribute?.text ?? '')) return undefined;
  // A lambda cannot hold `await`, `yield` or `:=`, and `super()` in it loses the method's class.
  for (const node of descendants(chain, { enterFunctions: true })) {
    if (['await', 'yield', 'named_expression'].includes(node.type)) return undefined;
    if (node.type === 'identifier' && node.text === 'super') return undefined;
  }
  return { node: chain, thunk: `lambda: ${sourceCode.textOf(chain)}` };
}
