import { descendants } from './functions';
import { parameterName } from './names';
import type { PyNode } from '../../languages/python/syntax-tree';

/**
 * How a name gets its value in one scope. Anything a rule cannot read precisely is `other`, and a
 * rule that needs certainty treats a name with any `other` binding as unknown.
 */
export interface Binding {
  kind: 'def' | 'class' | 'import' | 'parameter' | 'assignment' | 'with' | 'other';
  /** The def, class, import, parameter, assignment or with_item that binds the name. */
  node: PyNode;
  /** What is bound: the right side of `x = value`, the expression of `with value as x`. */
  value?: PyNode;
}

const FUNCTION_TYPES = new Set(['function_definition', 'lambda']);
const SCOPE_TYPES = new Set(['module', 'function_definition', 'lambda', 'class_definition']);

/**
 * The scopes Python looks a name up in from `at`, innermost first: the class body when `at` is
 * directly in one, the enclosing functions (class bodies around them are skipped, as in Python),
 * then the module.
 */
export function lookupScopes(at: PyNode): PyNode[] {
  const scopes: PyNode[] = [];
  for (let scope = directScope(at); scope; scope = scope.type === 'module' ? undefined : directScope(scope)) {
    if (scope.type !== 'class_definition' || scopes.length === 0) scopes.push(scope);
  }
  return scopes;
}

/** The scope whose own body holds `node`: the nearest function, lambda, class or the module. */
export function directScope(node: PyNode): PyNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (SCOPE_TYPES.has(current.type)) {
      // A def's name, parameters and decorators belong to the scope around the def.
      if (current.type !== 'module' && !isInsideBody(node, current)) continue;
      return current;
    }
  }
  return undefined;
}

export function moduleOf(node: PyNode): PyNode {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

/** Where `name` is looked up from `at`: the innermost scope that binds it, and its bindings there. */
export function resolveName(name: string, at: PyNode): { scope: PyNode; bindings: Binding[] } | undefined {
  for (const scope of lookupScopes(at)) {
    const bindings = bindingsIn(scope, name);
    if (bindings.length > 0) return { scope, bindings };
  }
  return undefined;
}

const cache = new WeakMap<PyNode, Map<string, Binding[]>>();

/** Every binding of `name` made directly in `scope` (nested functions and classes are other scopes). */
export function bindingsIn(scope: PyNode, name: string): Binding[] {
  let table = cache.get(scope);
  if (!table) {
    table = collectBindings(scope);
    cache.set(scope, table);
  }
  return table.get(name) ?? [];
}

/** Every name `scope` binds directly. */
export function bindingNames(scope: PyNode): string[] {
  bindingsIn(scope, '');
  return [...(cache.get(scope)?.keys() ?? [])];
}

function collectBindings(scope: PyNode): Map<string, Binding[]> {
  const table = new Map<string, Binding[]>();
  const add = (name: string | undefined, binding: Binding): void => {
    if (!name) return;
    const list = table.get(name) ?? [];
    list.push(binding);
    table.set(name, list);
  };
  if (FUNCTION_TYPES.has(scope.type)) {
    for (const parameter of scope.fields.parameters?.children ?? []) add(parameterName(parameter), { kind: 'parameter', node: parameter });
  }
  const body = scope.type === 'module' ? scope : scope.fields.body;
  if (!body) return table;
  for (const node of descendants(body)) {
    if (node === body) continue;
    switch (node.type) {
      case 'function_definition':
        add(node.fields.name?.text, { kind: 'def', node });
        break;
      case 'class_definition':
        add(node.fields.name?.text, { kind: 'class', node });
        break;
      case 'import_statement':
      case 'import_from_statement':
        for (const local of importedLocalNames(node)) add(local, { kind: 'import', node });
        break;
      case 'assignment':
      case 'augmented_assignment': {
        const left = node.fields.left;
        if (left?.type === 'identifier' && node.type === 'assignment') add(left.text, { kind: 'assignment', node, value: node.fields.right });
        else for (const identifier of targetNames(left)) add(identifier, { kind: 'other', node });
        break;
      }
      case 'as_pattern': {
        const target = node.fields.alias;
        const names = targetNames(target);
        const withItem = node.parent?.type === 'with_item' ? node.parent : undefined;
        const simple = names.length === 1 && target?.children[0]?.type === 'identifier';
        for (const identifier of names) {
          add(identifier, withItem && simple ? { kind: 'with', node: withItem, value: node.children[0] } : { kind: 'other', node });
        }
        break;
      }
      case 'for_statement':
      case 'for_in_clause':
        for (const identifier of targetNames(node.fields.left)) add(identifier, { kind: 'other', node });
        break;
      case 'named_expression':
        add(node.fields.name?.text, { kind: 'other', node });
        break;
      case 'global_statement':
      case 'nonlocal_statement':
      case 'delete_statement':
        for (const identifier of targetNames(node)) add(identifier, { kind: 'other', node });
        break;
      case 'case_pattern':
        for (const identifier of targetNames(node)) add(identifier, { kind: 'other', node });
        break;
      default:
        break;
    }
  }
  return table;
}

/** The names an assignment target binds: `a`, `a, b`, `[a, *b]`; attributes and subscripts bind none. */
function targetNames(target: PyNode | undefined): string[] {
  if (!target) return [];
  if (target.type === 'identifier') return [target.text];
  if (target.type === 'attribute' || target.type === 'subscript') return [];
  return target.children.flatMap(targetNames);
}

/** The local names an import statement binds: `import a.b` binds `a`; `from m import x as y` binds `y`. */
export function importedLocalNames(node: PyNode): string[] {
  const from = node.fields.module_name;
  return node.children
    .filter((child) => child !== from && (child.type === 'dotted_name' || child.type === 'aliased_import'))
    .map((child) => {
      if (child.type === 'aliased_import') return child.fields.alias?.text ?? '';
      return child.children[0]?.text ?? '';
    })
    .filter((name) => name !== '');
}

function isInsideBody(node: PyNode, scope: PyNode): boolean {
  const body = scope.fields.body;
  return body !== undefined && node.range[0] >= body.range[0] && node.range[1] <= body.range[1] && hasAncestor(node, body);
}

function hasAncestor(node: PyNode, ancestor: PyNode): boolean {
  for (let current: PyNode | null = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}
