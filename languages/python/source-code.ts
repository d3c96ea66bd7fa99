import { TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';
import type { Directive, FileProblem, TraversalStep } from '@eslint/core';
import { readSuppressions } from './directives';
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

  /** `# asyncwise: ignore[...]` comments as ESLint directives; see directives.ts. */
  getDisableDirectives(): { directives: Directive[]; problems: FileProblem[] } {
    const { suppressions, problems } = readSuppressions(this.comments);
    const start = { range: [0, 0], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } };
    return {
      directives: suppressions.map((suppression) => ({
        type: suppression.kind === 'file' ? 'disable' : 'disable-line',
        node: suppression.kind === 'file' ? start : suppression.comment,
        value: suppression.rules.join(', '),
        justification: suppression.justification,
      })),
      problems: problems.map((problem) => ({ ruleId: null, message: problem.message, loc: problem.comment.loc })),
    };
  }
}
