import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule';
import { ReferenceIndex } from '../../analysis/js/references';
import { typeOracle } from '../../analysis/types/oracle-for-file';
import { candidateAwait, isInOrderedScope, mayOverlap, type Analysis, type Candidate } from './awaited';
import { loopReplacement, replacedRange } from './loop-rewrite';
import { isSequentialOnPurpose } from './intent';
import { independentLoop, type IndependentLoop } from './loops';
import { combinedStatement, spreadArguments } from './rewrite';
import { independentRuns } from './sequence';
import { typeFactsFor } from './type-facts';

type MessageIds = 'sequentialAwaits' | 'sequentialLoop' | 'usePromiseAll' | 'mapWithPromiseAll';

export default createRule<[], MessageIds>({
  name: 'prefer-promise-all',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Prefer running independent awaits together with Promise.all instead of one after another',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      sequentialAwaits: 'These {{count}} awaits run one after another; together they would take as long as the slowest.',
      sequentialLoop: 'This loop awaits one item at a time; together the items would take as long as the slowest.',
      usePromiseAll: 'Start them together with `Promise.all`',
      mapWithPromiseAll: 'Start every item together with `Promise.all(….map(async …))`',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    let analysis: Analysis | undefined;
    // Built on first use: most files have no adjacent awaits, and then no index is needed.
    const analyze = (): Analysis =>
      (analysis ??= {
        sourceCode,
        references: new ReferenceIndex(sourceCode.scopeManager),
        types: typeFactsFor(typeOracle(context)),
      });

    function checkStatements(statements: readonly TSESTree.Statement[]): void {
      if (countAwaitingStatements(statements) < 2) return;
      for (const run of independentRuns(statements, analyze())) {
        const first = run[0]!.statement;
        const last = run.at(-1)!.statement;
        const names = run.flatMap((step) => step.candidate.operation.names);
        if (isInOrderedScope(first, sourceCode) || isSequentialOnPurpose([first, last], names, sourceCode)) continue;
        const replacement = combinedStatement(run, sourceCode);
        context.report({
          loc: { start: first.loc.start, end: last.loc.end },
          messageId: 'sequentialAwaits',
          data: { count: run.length },
          suggest: replacement === undefined ? [] : [
            { messageId: 'usePromiseAll', fix: (fixer) => fixer.replaceTextRange([first.range[0], last.range[1]], replacement) },
          ],
        });
      }
    }

    /** `f(await a(), await b())` and `[await a(), await b()]`: b starts only after a is done. */
    function checkElements(elements: readonly (TSESTree.Node | null)[]): void {
      if (elements.filter((element) => element?.type === AST_NODE_TYPES.AwaitExpression).length < 2) return;
      let run: Candidate[] = [];
      const flush = (): void => {
        if (run.length >= 2) reportElements(run);
        run = [];
      };
      for (const element of elements) {
        const candidate = element && candidateAwait(element, analyze());
        if (!candidate) {
          flush();
          continue;
        }
        if (run.some((earlier) => !mayOverlap(earlier, candidate))) flush();
        run.push(candidate);
      }
      flush();
    }

    function reportElements(run: Candidate[]): void {
      const first = run[0]!.node;
      const last = run.at(-1)!.node;
      const names = run.flatMap((candidate) => candidate.operation.names);
      if (isInOrderedScope(first, sourceCode) || isSequentialOnPurpose([first, last], names, sourceCode)) return;
      const replacement = spreadArguments(run, sourceCode);
      context.report({
        loc: { start: first.loc.start, end: last.loc.end },
        messageId: 'sequentialAwaits',
        data: { count: run.length },
        suggest: [{ messageId: 'usePromiseAll', fix: (fixer) => fixer.replaceTextRange([first.range[0], last.range[1]], replacement) }],
      });
    }

    // Loops are judged on exit, and only those with an await somewhere inside: no extra walk.
    const loopAwaits: boolean[] = [];
    const enterLoop = (): void => {
      loopAwaits.push(false);
    };
    const markAwait = (): void => {
      loopAwaits.fill(true);
    };

    function checkLoop(loop: IndependentLoop): void {
      if (!loopAwaits.pop() || isInOrderedScope(loop, sourceCode)) return;
      const shape = independentLoop(loop, analyze());
      if (!shape || isSequentialOnPurpose([loop], shape.calledNames, sourceCode)) return;
      const head = sourceCode.getTokenBefore(loop.body);
      const replaced = replacedRange(shape);
      const replacement = loopReplacement(shape, sourceCode, analyze().types);
      context.report({
        loc: { start: loop.loc.start, end: head?.loc.end ?? loop.loc.end },
        messageId: 'sequentialLoop',
        suggest: [{ messageId: 'mapWithPromiseAll', fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(replaced, replacement) }],
      });
    }

    return {
      Program: (node) => checkStatements(node.body),
      BlockStatement: (node) => checkStatements(node.body),
      SwitchCase: (node) => checkStatements(node.consequent),
      CallExpression: (node) => checkElements(node.arguments),
      NewExpression: (node) => checkElements(node.arguments),
      ArrayExpression: (node) => checkElements(node.elements),
      AwaitExpression: markAwait,
      ForOfStatement: enterLoop,
      ForStatement: enterLoop,
      'ForOfStatement:exit': checkLoop,
      'ForStatement:exit': checkLoop,
    };
  },
});

/** Cheap pre-check before any analysis: statements that hold an `await` at their top. */
function countAwaitingStatements(statements: readonly TSESTree.Statement[]): number {
  let count = 0;
  for (const statement of statements) {
    if (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations[0]?.init?.type === AST_NODE_TYPES.AwaitExpression) count += 1;
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.AssignmentExpression) {
      if (statement.expression.right.type === AST_NODE_TYPES.AwaitExpression) count += 1;
    }
  }
  return count;
}
