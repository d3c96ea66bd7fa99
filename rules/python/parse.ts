import type { PyComment, PyModule, PyNode } from './syntax-tree';
import { pythonParser } from './tree-sitter';

/** Anonymous tokens kept on their parent: the ones rules ask about. */
const KEPT_TOKENS = new Set(['async', 'await', 'not', 'in', 'is', '==', '!=', '<', '>', '<=', '>=', '*', '**', '=']);

/**
 * Parses Python text into plain objects. tree-sitter recovers from syntax errors, so there is
 * always a tree; broken regions are ERROR nodes (or inserted tokens) and carry `hasError`.
 * The WebAssembly tree is freed before returning: nothing outside holds wasm memory.
 */
export function parsePython(text: string): PyModule {
  const tree = pythonParser().parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  try {
    return convert(tree.walk(), text);
  } finally {
    tree.delete();
  }
}

type Cursor = ReturnType<NonNullable<ReturnType<ReturnType<typeof pythonParser>['parse']>>['walk']>;

function convert(cursor: Cursor, text: string): PyModule {
  const lines = lineStarts(text);
  const comments: PyComment[] = [];
  const locOf = (start: number, end: number): PyNode['loc'] => ({ start: position(lines, start), end: position(lines, end) });

  const build = (parent: PyNode | null): PyNode => {
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    const node: PyNode = {
      type: cursor.nodeType,
      range: [start, end],
      loc: locOf(start, end),
      parent,
      children: [],
      fields: {},
      tokens: [],
      text: '',
      hasError: cursor.nodeType === 'ERROR' || cursor.nodeIsMissing,
    };
    if (!cursor.gotoFirstChild()) {
      node.text = text.slice(start, end);
      return node;
    }
    do {
      const type = cursor.nodeType;
      if (type === 'comment') {
        comments.push({ type: 'comment', text: text.slice(cursor.startIndex, cursor.endIndex), range: [cursor.startIndex, cursor.endIndex], loc: locOf(cursor.startIndex, cursor.endIndex) });
        continue;
      }
      const fieldName = cursor.currentFieldName;
      if (!cursor.nodeIsNamed) {
        if (KEPT_TOKENS.has(type)) node.tokens.push(type);
        if (cursor.nodeIsMissing) node.hasError = true;
        continue;
      }
      const child = build(node);
      node.children.push(child);
      if (fieldName && !node.fields[fieldName]) node.fields[fieldName] = child;
      if (child.hasError) node.hasError = true;
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
    return node;
  };

  const root = build(null) as PyModule;
  root.comments = comments;
  // The module spans the whole text, also the trailing blank lines tree-sitter leaves out.
  root.range = [0, text.length];
  root.loc = locOf(0, text.length);
  return root;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** 1-based line, 0-based column, as ESLint reports JavaScript. */
function position(starts: number[], index: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: index - (starts[low] ?? 0) };
}
