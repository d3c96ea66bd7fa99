import { wordsOf } from '../../analysis/effects/vocabulary';
import { createPythonRule } from '../create-python-rule';
import { descendants, enclosingFunction } from '../../analysis/python/functions';
import { NameResolver, parameterName } from '../../analysis/python/names';
import { libraryKindMadeBy } from '../../analysis/python/values/library-kinds';
import type { PyNode } from '../../languages/python/syntax-tree';
import { perItemCaller } from './per-item-callers';

type MessageIds = 'sessionPerCall';

/** Functions that set things up once by their name: their sessions live as long as the program. */
const ONCE_NAMES = /^(?:main|_?async_main|run|cli|__init__|__aenter__|__enter__|setup|set_up|asyncSetUp|startup|on_startup|lifespan|start|init|initialize)$/;

/** Parameter words that mean the caller may hand in its own session. */
const SESSION_WORDS = new Set(['session', 'client', 'http', 'sess']);

export default createPythonRule<MessageIds, []>({
  name: 'py-session-per-call',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Create one HTTP client session and share it, instead of one per call of a function called per item',
      recommended: true,
    },
    schema: [],
    messages: {
      sessionPerCall:
        'A new `{{session}}` on every call of `{{function}}`, which line {{line}} calls once per item: each session opens its own connection pool, so no connection (nor its TLS handshake) is reused. Create one session and pass it in.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    const names = NameResolver.of(sourceCode.ast);
    const { imports } = names;
    if (!imports.has('aiohttp') && !imports.has('httpx')) return {};
    return {
      call(node) {
        // Only the library's own constructor call makes a session here: asked by name, not by value.
        if (libraryKindMadeBy('call', names.qualifiedName(node.fields.function))?.role !== 'http-session') return;
        const fn = enclosingFunction(node);
        const name = fn?.fields.name?.text;
        if (!fn || fn.type !== 'function_definition' || !name || ONCE_NAMES.test(name)) return;
        if (acceptsSession(fn) || escapes(node, fn)) return;
        const caller = perItemCaller(fn, names);
        if (!caller) return;
        context.report({
          node,
          messageId: 'sessionPerCall',
          data: { session: sourceCode.textOf(node.fields.function!), function: name, line: String(caller.loc.start.line) },
        });
      },
    };
  },
});

/** `async def fetch(url, session=None)`: the caller can already pass one in. */
function acceptsSession(fn: PyNode): boolean {
  return (fn.fields.parameters?.children ?? []).some((parameter) => wordsOf(parameterName(parameter) ?? '').some((word) => SESSION_WORDS.has(word)));
}

/**
 * The session leaves the function, so the caller owns it: returned or yielded (a factory or a
 * fixture), stored on an object (`self.session = ...`), or kept in a container.
 */
function escapes(creation: PyNode, fn: PyNode): boolean {
  const holder = holderName(creation);
  if (holder === undefined) return true;
  if (holder === '') return false;
  for (const node of descendants(fn.fields.body ?? fn)) {
    if (node.type !== 'identifier' || node.text !== holder) continue;
    const parent = node.parent;
    if (parent?.type === 'return_statement' || parent?.type === 'yield' || parent?.type === 'expression_list') return true;
    if (parent?.type === 'assignment' && parent.fields.right === node) return true;
    if (parent?.type === 'argument_list' && /^(?:append|add|setdefault|put|register|extend)$/.test(calledName(parent.parent))) return true;
  }
  return false;
}

function calledName(call: PyNode | null): string {
  const callee = call?.fields.function;
  return callee?.type === 'attribute' ? (callee.fields.attribute?.text ?? '') : callee?.type === 'identifier' ? callee.text : '';
}

/**
 * The local name the session is kept in: `s` of `async with aiohttp.ClientSession() as s` or
 * `s = aiohttp.ClientSession()`; '' when used in place (`async with ClientSession() as s` is also
 * the common case); undefined when it is handed straight to someone else (returned, stored).
 */
function holderName(creation: PyNode): string | undefined {
  const parent = creation.parent;
  if (parent?.type === 'as_pattern') {
    const alias = parent.fields.alias?.children[0];
    return alias?.type === 'identifier' ? alias.text : undefined;
  }
  if (parent?.type === 'with_item') return '';
  if (parent?.type === 'assignment' && parent.fields.right === creation) {
    return parent.fields.left?.type === 'identifier' ? parent.fields.left.text : undefined;
  }
  if (parent?.type === 'attribute' || parent?.type === 'call') return '';
  return undefined;
}
