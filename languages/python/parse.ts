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
  let firstBlanked: number | undefined;
  for (let attempt = 0; ; attempt++) {
    const tree = pythonParser().parse(parsed);
    if (!tree) throw new Error('tree-sitter returned no tree');
    try {
      const brokenLines = tree.rootNode.type === 'ERROR' && attempt < MAX_RECOVERIES ? innermostErrorLines(tree.rootNode) : [];
      if (brokenLines.length === 0) {
        const module = convert(tree, parsed);
        if (firstBlanked !== undefined) {
          module.hasError = true;
          module.syntaxErrorAt = Math.min(module.syntaxErrorAt ?? Infinity, firstBlanked);
        }
        return module;
      }
      const blanked = firstCharacterOfLine(parsed, Math.min(...brokenLines));
      firstBlanked = Math.min(firstBlanked ?? Infinity, blanked);
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
type Tree = NonNullable<ReturnType<ReturnType<typeof pythonParser>['parse']>>;

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

/** The offset of the first non-blank character of a 0-based row (its end when it is blank). */
function firstCharacterOfLine(text: string, row: number): number {
  let start = 0;
  for (let line = 0; line < row; line++) start = text.indexOf('\n', start) + 1;
  const end = text.indexOf('\n', start);
  const lineText = text.slice(start, end === -1 ? text.length : end);
  return start + (lineText.length - lineText.trimStart().length);
}

function blankLines(text: string, rows: number[]): string {
  const lines = text.split('\n');
  for (const row of rows) lines[row] = (lines[row] ?? '').replace(/[^\r]/g, ' ');
  return lines.join('\n');
}

function convert(tree: Tree, text: string): PyModule {
  const lines = lineStarts(text, /\n/);
  const comments: PyComment[] = [];
  const cursor = tree.walk();
  const { types } = tree.language;
  const isNamed = namedTypes(tree.language);
  // Without an error anywhere (most files) there are no inserted tokens to look for.
  const mayMiss = tree.rootNode.hasError;
  /** Where the first syntax error starts: nodes come in document order, so the first one seen. */
  let syntaxErrorAt: number | undefined;

  // Every call into WebAssembly marshals the cursor: one call for the type, and positions and the
  // field name only for named nodes, the ones kept. Names and "is named" come from JavaScript tables.
  const build = (parent: PyNode | null, type: string): PyNode => {
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    const missing = mayMiss && start === end && cursor.nodeIsMissing;
    const node = new PlainNode(lines, type, start, end, parent, type === 'ERROR' || missing);
    if (node.hasError) syntaxErrorAt ??= start;
    if (!cursor.gotoFirstChild()) {
      node.text = text.slice(start, end);
      return node;
    }
    do {
      const typeId = cursor.nodeTypeId;
      const childType = types[typeId] ?? 'ERROR';
      if (!isNamed(typeId)) {
        if (KEPT_TOKENS.has(childType)) node.addToken(childType);
        if (mayMiss && cursor.nodeIsMissing) {
          node.hasError = true;
          syntaxErrorAt ??= cursor.startIndex;
        }
        continue;
      }
      if (childType === 'comment') {
        const comment = new PlainNode(lines, 'comment', cursor.startIndex, cursor.endIndex, null, false);
        comments.push({ type: 'comment', text: text.slice(comment.range[0], comment.range[1]), range: comment.range, loc: comment.loc });
        continue;
      }
      const fieldName = cursor.currentFieldName;
      const child = build(node, childType);
      node.addChild(child, fieldName);
      if (child.hasError) node.hasError = true;
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
    return node;
  };

  const root = build(null, cursor.nodeType) as PyModule;
  root.comments = comments;
  if (syntaxErrorAt !== undefined) root.syntaxErrorAt = syntaxErrorAt;
  // The module spans the whole text, also the trailing blank lines tree-sitter leaves out.
  root.range = [0, text.length];
  return root;
}

type Language = Tree['language'];
const namedTables = new WeakMap<Language, (typeId: number) => boolean>();

/** Whether a node type is named, asked of the grammar once per type instead of once per node. */
function namedTypes(language: Language): (typeId: number) => boolean {
  let table = namedTables.get(language);
  if (!table) {
    const known = new Map<number, boolean>();
    table = (typeId) => {
      let named = known.get(typeId);
      if (named === undefined) known.set(typeId, (named = language.nodeTypeIsNamed(typeId)));
      return named;
    };
    namedTables.set(language, table);
  }
  return table;
}

/** Shared by the many nodes that have no children, fields or kept tokens (leaves, mostly). */
const NO_NODES: readonly PyNode[] = Object.freeze([]);
const NO_FIELDS: Readonly<Record<string, PyNode | undefined>> = Object.freeze({});
const NO_TOKENS: readonly string[] = Object.freeze([]);

/** A node whose line/column location is worked out only when asked for (few nodes ever are). */
class PlainNode implements PyNode {
  range: [number, number];
  children = NO_NODES as PyNode[];
  fields = NO_FIELDS as Record<string, PyNode | undefined>;
  tokens = NO_TOKENS as string[];
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

  addChild(child: PyNode, fieldName: string | null | undefined): void {
    if (this.children === NO_NODES) this.children = [];
    this.children.push(child);
    if (!fieldName || this.fields[fieldName]) return;
    if (this.fields === NO_FIELDS) this.fields = {};
    this.fields[fieldName] = child;
  }

  addToken(token: string): void {
    if (this.tokens === NO_TOKENS) this.tokens = [];
    this.tokens.push(token);
  }

  get loc(): PyNode['loc'] {
    this.location ??= { start: positionAt(this.lines, this.range[0]), end: positionAt(this.lines, this.range[1]) };
    return this.location;
  }
}
