/** One node of a Python syntax tree: tree-sitter's node, copied into plain objects ESLint can walk. */
export interface PyNode {
  /** tree-sitter-python's node type: `call`, `function_definition`, `identifier`, … */
  type: string;
  /** Character offsets (UTF-16, like JavaScript strings) into the file's text. */
  range: [number, number];
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  parent: PyNode | null;
  /** Named children in source order; comments are kept apart (see PyModule.comments). */
  children: PyNode[];
  /** Named children by the grammar's field name (`function`, `arguments`, `body`, `left`, …). */
  fields: Record<string, PyNode | undefined>;
  /** Anonymous tokens a rule may need: `operator` of a comparison, the `async` of `async def`. */
  tokens: string[];
  /** The text of a leaf (identifier, integer, string_content); empty for inner nodes. */
  text: string;
  /** Set on ERROR nodes, tokens the parser inserted, and nodes that contain either. */
  hasError: boolean;
}

export interface PyComment {
  type: 'comment';
  text: string;
  range: [number, number];
  loc: PyNode['loc'];
}

export interface PyModule extends PyNode {
  type: 'module';
  comments: PyComment[];
  /** Where the first syntax error starts (an offset), when the text is not valid Python. */
  syntaxErrorAt?: number;
}

/** The grammar's field name used for a child, when a rule needs it by position rather than name. */
export function field(node: PyNode | undefined | null, name: string): PyNode | undefined {
  return node?.fields[name];
}

export function isAsync(node: PyNode): boolean {
  return node.tokens.includes('async');
}
