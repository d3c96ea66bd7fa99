import { descendants, enclosingFunction } from '../../analysis/python/functions';
import type { PyModule, PyNode } from '../../languages/python/syntax-tree';

/**
 * Whether the socket a method is called on is used the asyncio way in the same function (or at
 * module level, for a module's socket): set non-blocking (`sock.setblocking(False)`,
 * `sock.settimeout(0)`) or handed to `loop.sock_*`. Then `sock.send(...)` returns at once (or
 * raises BlockingIOError) instead of waiting. Another function's `sock` is another socket.
 */
export function isNonBlockingSocketUse(module: PyModule, methodCall: PyNode): boolean {
  const callee = methodCall.fields.function;
  const receiver = callee?.type === 'attribute' ? callee.fields.object : undefined;
  if (receiver?.type !== 'identifier') return false;
  const name = receiver.text;
  const fn = enclosingFunction(methodCall);
  const places = [...(fn ? descendants(fn, { enterFunctions: true }) : []), ...descendants(module)];
  for (const node of places) {
    if (node.type !== 'call') continue;
    const fn = node.fields.function;
    if (fn?.type !== 'attribute') continue;
    const method = fn.fields.attribute?.text ?? '';
    const args = node.fields.arguments?.children ?? [];
    const onThisSocket = fn.fields.object?.type === 'identifier' && fn.fields.object.text === name;
    if (onThisSocket && method === 'setblocking' && args[0]?.type !== 'true') return true;
    if (onThisSocket && method === 'settimeout' && isZero(args[0])) return true;
    if (method.startsWith('sock_') && args.some((arg) => arg.type === 'identifier' && arg.text === name)) return true;
  }
  return false;
}

function isZero(node: PyNode | undefined): boolean {
  return (node?.type === 'integer' || node?.type === 'float') && Number(node.text) === 0;
}
