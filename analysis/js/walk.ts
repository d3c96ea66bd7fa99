import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** Visits `node` and its descendants, descending below a node only while `visit` returns true. */
export function walk(node: TSESTree.Node, visit: (node: TSESTree.Node) => boolean): void {
  if (!visit(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    const children: unknown[] = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (isNode(child)) walk(child, visit);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** `a.b.c` for a chain of plain identifiers and non-computed members; '' for anything else. */
export function memberPath(node: TSESTree.Node): string {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    const object = memberPath(node.object);
    return object && `${object}.${node.property.name}`;
  }
  return '';
}

/**
 * Whether `root` or a node below it satisfies `matches`, not looking below the nodes for which
 * `descendInto` is false (say, nested functions).
 */
export function someNode(
  root: TSESTree.Node,
  matches: (node: TSESTree.Node) => boolean,
  descendInto: (node: TSESTree.Node) => boolean = () => true,
): boolean {
  let found = false;
  walk(root, (node) => {
    if (matches(node)) found = true;
    return !found && descendInto(node);
  });
  return found;
}
