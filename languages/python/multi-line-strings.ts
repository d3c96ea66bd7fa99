import type { PyModule, PyNode } from './syntax-tree';

/**
 * Strings (f-strings too) that span lines, outermost only. No comment can be written on their
 * inner lines: a suppression for those lines goes where the string ends.
 */
export function multiLineStrings(module: PyModule): PyNode[] {
  const found: PyNode[] = [];
  const visit = (node: PyNode): void => {
    if (node.type === 'string' && node.loc.start.line < node.loc.end.line) {
      found.push(node);
      return;
    }
    node.children.forEach(visit);
  };
  visit(module);
  return found;
}
