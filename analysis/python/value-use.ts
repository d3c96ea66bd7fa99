import { descendants } from './functions';
import { bindingsIn, directScope } from './scope-bindings';
import type { PyNode } from '../../languages/python/syntax-tree';

/**
 * What becomes of the value an expression produces:
 * - `dropped`: the expression is a statement of its own, so the value is thrown away at once;
 * - `unread`: it is stored in a local variable (`x = value`) that nothing in the function ever reads;
 * - `used`: anything else (awaited, returned, passed on, yielded, stored in an attribute or
 *   container, read later, or stored where other code may read it, like a module-level name).
 */
export type ValueFate =
  | { kind: 'dropped'; statement: PyNode }
  | { kind: 'unread'; name: string; target: PyNode; statement: PyNode }
  | { kind: 'used' };

export function valueFate(expression: PyNode): ValueFate {
  const outer = throughParentheses(expression);
  const parent = outer.parent;
  if (parent?.type === 'expression_statement' && parent.children.length === 1) return { kind: 'dropped', statement: parent };
  if (parent?.type === 'assignment' && parent.fields.right === outer && parent.parent?.type === 'expression_statement') {
    const target = parent.fields.left;
    if (target?.type !== 'identifier' || !isUnreadLocal(target)) return { kind: 'used' };
    return { kind: 'unread', name: target.text, target, statement: parent.parent };
  }
  return { kind: 'used' };
}

/** The outermost `( ... )` around an expression: `(f())` is still `f()` for what happens to it. */
export function throughParentheses(expression: PyNode): PyNode {
  let node = expression;
  while (node.parent?.type === 'parenthesized_expression') node = node.parent;
  return node;
}

/**
 * Whether the variable an assignment binds is a function's local that is never read. Names at
 * module or class level may be read from anywhere, and `global`/`nonlocal` names belong to
 * another scope, so those always count as read.
 */
function isUnreadLocal(target: PyNode): boolean {
  const scope = directScope(target);
  if (scope?.type !== 'function_definition') return false;
  const declaredElsewhere = bindingsIn(scope, target.text).some(
    (binding) => binding.node.type === 'global_statement' || binding.node.type === 'nonlocal_statement',
  );
  return !declaredElsewhere && !isNameRead(target.text, scope);
}

/**
 * Whether any code in `scope` (closures included) reads `name`. Order is ignored on purpose: in a
 * loop, a read written above an assignment happens after it. Only plain rebindings (`name = ...`)
 * and names that are not variables (attribute and keyword names, def names) are not reads; every
 * other mention counts, which errs towards "read".
 */
export function isNameRead(name: string, scope: PyNode): boolean {
  const body = scope.type === 'module' ? scope : scope.fields.body;
  if (!body) return false;
  for (const node of descendants(body, { enterFunctions: true })) {
    if (node.type === 'identifier' && node.text === name && !isNonReadPosition(node)) return true;
  }
  return false;
}

function isNonReadPosition(identifier: PyNode): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'attribute':
      return parent.fields.attribute === identifier;
    case 'keyword_argument':
      return parent.fields.name === identifier;
    case 'function_definition':
    case 'class_definition':
      return parent.fields.name === identifier;
    case 'assignment':
      return parent.fields.left === identifier;
    default:
      return false;
  }
}
