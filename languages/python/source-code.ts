import { TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';
import type { Directive, FileProblem, TraversalStep } from '@eslint/core';
import { readSuppressions, type Suppression } from './directives';
import { multiLineStrings } from './multi-line-strings';
import type { PyComment, PyModule, PyNode } from './syntax-tree';

/** Statements that are one line of thought: with an error inside, there is nothing sound to read. */
const COMPOUND_STATEMENTS = new Set([
  'module', 'block', 'function_definition', 'class_definition', 'decorated_definition', 'if_statement',
  'elif_clause', 'else_clause', 'for_statement', 'while_statement', 'try_statement', 'except_clause',
  'except_group_clause', 'finally_clause', 'with_statement', 'match_statement', 'case_clause',
]);

/** Text and tree of one Python file, in the shape ESLint's Linter drives rules with. */
export class PythonSourceCode extends TextSourceCodeBase<{
  LangOptions: Record<string, unknown>;
  RootNode: PyModule;
  SyntaxElementWithLoc: PyNode | PyComment;
  ConfigNode: PyComment;
}> {
  readonly comments: PyComment[];

  constructor(text: string, ast: PyModule) {
    super({ text, ast });
    this.comments = ast.comments;
  }

  override getParent(node: PyNode): PyNode | undefined {
    return node.parent ?? undefined;
  }

  /** The text of a node as written. */
  textOf(node: PyNode | PyComment): string {
    return this.text.slice(node.range[0], node.range[1]);
  }

  /**
   * Enter and exit steps, depth first. Half-typed code is left out rather than guessed at: ERROR
   * regions and simple statements that contain one are skipped whole, so a line being typed never
   * produces a finding, while the rest of the file is still checked.
   */
  override *traverse(): Iterable<TraversalStep> {
    const steps: TraversalStep[] = [];
    const visit = (node: PyNode): void => {
      if (node.type === 'ERROR' || (node.hasError && !COMPOUND_STATEMENTS.has(node.type))) return;
      steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, node.parent] }));
      for (const child of node.children) visit(child);
      steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, node.parent] }));
    };
    visit(this.ast);
    yield* steps;
  }

  getInlineConfigNodes(): PyComment[] {
    return [];
  }

  /**
   * `# asyncwise: ignore[...]` comments as ESLint directives; see directives.ts. A line suppression
   * where a triple-quoted string ends covers the string's lines too: from the start of the line the
   * string starts on to the comment (a `disable` and an `enable`), since no comment fits in between.
   */
  getDisableDirectives(): { directives: Directive[]; problems: FileProblem[] } {
    const { suppressions, problems } = readSuppressions(this.comments);
    const strings = suppressions.some((suppression) => suppression.kind === 'line') ? multiLineStrings(this.ast) : [];
    const directives = suppressions.flatMap((suppression): Directive[] => {
      const value = suppression.rules.join(', ');
      const { justification, comment } = suppression;
      if (suppression.kind === 'file') return [{ type: 'disable', node: pointAt(1), value, justification }];
      const starts = strings.filter((string) => string.loc.end.line === comment.loc.start.line).map((string) => string.loc.start.line);
      // The `enable` would also end a file-wide suppression of the same rules, which covers these lines anyway.
      if (starts.length === 0 || coveredByFile(suppressions, suppression.rules)) return [{ type: 'disable-line', node: comment, value, justification }];
      const end = { range: [comment.range[1], comment.range[1]] as [number, number], loc: { start: comment.loc.end, end: comment.loc.end } };
      return [
        { type: 'disable', node: pointAt(Math.min(...starts)), value, justification },
        { type: 'enable', node: end, value, justification },
      ];
    });
    return { directives, problems: problems.map((problem) => ({ ruleId: null, message: problem.message, loc: problem.comment.loc })) };
  }
}

/** A place at the start of a line, for directives that start there. */
function pointAt(line: number): { range: [number, number]; loc: PyNode['loc'] } {
  return { range: [0, 0], loc: { start: { line, column: 0 }, end: { line, column: 0 } } };
}

function coveredByFile(suppressions: Suppression[], rules: string[]): boolean {
  const file = suppressions.filter((suppression) => suppression.kind === 'file');
  if (file.some((suppression) => suppression.rules.length === 0)) return true;
  return rules.length > 0 && rules.every((rule) => file.some((suppression) => suppression.rules.includes(rule)));
}
