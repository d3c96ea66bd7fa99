import { lineStarts, positionAt } from '../line-starts';
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
  let parsed = text;
  for (let attempt = 0; ; attempt++) {
    const tree = pythonParser().parse(parsed);
    if (!tree) throw new Error('tree-sitter returned no tree');
    try {
      const brokenLines = tree.rootNode.type === 'ERROR' && attempt < MAX_RECOVERIES ? innermostErrorLines(tree.rootNode) : [];
      if (brokenLines.length === 0) {
        const module = convert(tree.walk(), parsed);
        if (parsed !== text) module.hasError = true;
        return module;
      }
      parsed = blankLines(parsed, brokenLines);
    } finally {
      tree.delete();
    }
  }
}

/**
 * Sometimes one broken line (`def (` typed at the end of a file) makes tree-sitter give up on the
 * whole file: the root itself is an ERROR and nothing would be checked while the line is typed.
 * Then the innermost broken lines are blanked (spaces keep every offset) and the text parsed
 * again, at most this many times.
 */
const MAX_RECOVERIES = 3;

type TreeNode = NonNullable<ReturnType<ReturnType<typeof pythonParser>['parse']>>['rootNode'];
type Cursor = ReturnType<NonNullable<ReturnType<ReturnType<typeof pythonParser>['parse']>>['walk']>;

/** The start rows of ERROR nodes that contain no other ERROR node (below the root). */
function innermostErrorLines(root: TreeNode): number[] {
  const rows = new Set<number>();
  const visit = (node: TreeNode): boolean => {
    let inner = false;
    for (const child of node.children) if (child && visit(child)) inner = true;
    const isError = node.type === 'ERROR' || node.isMissing;
    if (isError && !inner && node !== root) rows.add(node.startPosition.row);
    return isError || inner;
  };
  visit(root);
  return [...rows];
}

function blankLines(text: string, rows: number[]): string {
  const lines = text.split('\n');
  for (const row of rows) lines[row] = (lines[row] ?? '').replace(/[^\r]/g, ' ');
  return lines.join('\n');
}

function convert(cursor: Cursor, text: string): PyModule {
  const lines = lineStarts(text, /\n/);
  const comments: PyComment[] = [];

  // Two to four calls into WebAssembly per node: each one marshals the cursor, so none is repeated.
  const build = (parent: PyNode | null, type: string): PyNode => {
    const node = new PlainNode(lines, type, cursor.startIndex, cursor.endIndex, parent, type === 'ERROR' || cursor.nodeIsMissing);
    if (!cursor.gotoFirstChild()) {
      node.text = text.slice(node.range[0], node.range[1]);
      return node;
    }
    do {
      const childType = cursor.nodeType;
      if (!cursor.nodeIsNamed) {
        if (KEPT_TOKENS.has(childType)) node.tokens.push(childType);
        if (cursor.nodeIsMissing) node.hasError = true;
        continue;
      }
      if (childType === 'comment') {
        const comment = new PlainNode(lines, 'comment', cursor.startIndex, cursor.endIndex, null, false);
        comments.push({ type: 'comment', text: text.slice(comment.range[0], comment.range[1]), range: comment.range, loc: comment.loc });
        continue;
      }
      const fieldName = cursor.currentFieldName;
      const child = build(node, childType);
      node.children.push(child);
      if (fieldName && !node.fields[fieldName]) node.fields[fieldName] = child;
      if (child.hasError) node.hasError = true;
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
    return node;
  };

  const root = build(null, cursor.nodeType) as PyModule;
  root.comments = comments;
  // The module spans the whole text, also the trailing blank lines tree-sitter leaves out.
  root.range = [0, text.length];
  return root;
}

/** A node whose line/column location is worked out only when asked for (few nodes ever are). */
class PlainNode implements PyNode {
  range: [number, number];
  children: PyNode[] = [];
  fields: Record<string, PyNode | undefined> = {};
  tokens: string[] = [];
  text = '';
  private location: PyNode['loc'] | undefined;

  constructor(
    private readonly lines: number[],
    public type: string,
    start: number,
    end: number,
    public parent: PyNode | null,
    public hasError: boolean,
  ) {
    this.range = [start, end];
  }

  get loc(): PyNode['loc'] {
    this.location ??= { start: positionAt(this.lines, this.range[0]), end: positionAt(this.lines, this.range[1]) };
    return this.location;
  }
}
