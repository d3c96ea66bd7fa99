import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { emptyBindings, enclosingFunction, memberRoot, overlaps, type Bindings } from '../../analysis/js/references';
import { someNode } from '../../analysis/js/walk';
import { candidateAwait, mayOverlap, type Analysis, type Candidate } from './awaited';
import { independentRuns as splitIntoRuns } from '../../analysis/independent-runs';

/** One statement of a run of awaits: `const x = await f();` or `this.x = await f();`. */
export interface Step {
  statement: TSESTree.VariableDeclaration | TSESTree.ExpressionStatement;
  candidate: Candidate;
  /** The declared or assigned pattern (`x`, `{ a, b }`, `this.x`). */
  target: TSESTree.Node;
  /** Bindings this statement gives a new value: declared or assigned variables. */
  assigned: Bindings;
  /** Objects this statement changes a property of (`this` in `this.x = ...`). */
  mutated: Bindings;
  /** Bindings the awaited call reads. */
  reads: Bindings;
  /** The object a member target writes into (`state` in `state.user = ...`). */
  targetReads: Bindings;
}

/** Runs of adjacent awaits that do not depend on each other (see utils/independent-runs). */
export function independentRuns(statements: readonly TSESTree.Statement[], analysis: Analysis): Step[][] {
  return splitIntoRuns(statements, (statement) => stepOf(statement, analysis), (earlier, later) => independent(earlier, later, analysis));
}

function stepOf(statement: TSESTree.Statement, analysis: Analysis): Step | undefined {
  if (statement.type === AST_NODE_TYPES.VariableDeclaration) return declarationStep(statement, analysis);
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) return assignmentStep(statement, analysis);
  return undefined;
}

function declarationStep(statement: TSESTree.VariableDeclaration, analysis: Analysis): Step | undefined {
  const [declarator] = statement.declarations;
  if (statement.declarations.length !== 1 || !declarator?.init || statement.declare) return undefined;
  if (statement.kind !== 'const' && statement.kind !== 'let' && statement.kind !== 'var') return undefined;
  if (hasDefaultValues(declarator.id)) return undefined;
  const candidate = candidateAwait(declarator.init, analysis);
  if (!candidate) return undefined;
  const assigned = emptyBindings();
  for (const variable of analysis.sourceCode.getDeclaredVariables(declarator)) assigned.variables.add(variable);
  return {
    statement,
    candidate,
    target: declarator.id,
    assigned,
    mutated: emptyBindings(),
    reads: analysis.references.readsIn(candidate.node.argument),
    targetReads: emptyBindings(),
  };
}

function assignmentStep(statement: TSESTree.ExpressionStatement, analysis: Analysis): Step | undefined {
  const { expression } = statement;
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return undefined;
  const { left } = expression;
  if (left.type !== AST_NODE_TYPES.Identifier && !isPlainMember(left)) return undefined;
  const candidate = candidateAwait(expression.right, analysis);
  if (!candidate) return undefined;
  const assigned = emptyBindings();
  let mutated = emptyBindings();
  if (left.type === AST_NODE_TYPES.Identifier) {
    const reference = analysis.references.referenceOf(left);
    if (reference?.resolved) assigned.variables.add(reference.resolved);
    else assigned.globals.add(left.name);
  } else {
    mutated = analysis.references.readsIn(memberRoot(left));
  }
  const reads = analysis.references.readsIn(candidate.node.argument);
  return { statement, candidate, target: left, assigned, mutated, reads, targetReads: mutated };
}

/** `this.user`, `state.cache.users`: a member path without computed keys. */
function isPlainMember(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.ThisExpression || node.type === AST_NODE_TYPES.Identifier) return true;
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && !node.optional && isPlainMember(node.object);
}

/** Default values in a pattern run code after the await; they stay where they are. */
function hasDefaultValues(pattern: TSESTree.Node): boolean {
  return someNode(
    pattern,
    (child) => child.type === AST_NODE_TYPES.AssignmentPattern,
    (child) => child.type !== AST_NODE_TYPES.TSTypeAnnotation,
  );
}

/**
 * `later` neither reads what `earlier` produced (directly, or through a closure that can see the
 * new value), nor assigns the same binding, nor uses the same ordered resource or repeats the call.
 */
function independent(earlier: Step, later: Step, analysis: Analysis): boolean {
  if (!mayOverlap(earlier.candidate, later.candidate)) return false;
  if (overlaps(earlier.assigned, later.reads) || overlaps(earlier.assigned, later.targetReads)) return false;
  if (overlaps(earlier.mutated, later.reads) || overlaps(earlier.assigned, later.assigned)) return false;
  const source = analysis.sourceCode;
  if (later.target.type === AST_NODE_TYPES.MemberExpression && source.getText(earlier.target) === source.getText(later.target)) {
    return false;
  }
  // A global given a new value may be read by any function the later call runs.
  if (earlier.assigned.globals.size > 0 || earlier.mutated.globals.size > 0) return false;
  const owner = enclosingFunction(earlier.statement);
  const laterEnd = later.statement.range[1];
  for (const variable of [...earlier.assigned.variables, ...earlier.mutated.variables]) {
    if (analysis.references.isReadByOtherFunction(variable, owner, laterEnd)) return false;
  }
  return true;
}

/** The parts of the statements a rewrite keeps: comments between them move above the result. */
export function commentsBetween(steps: readonly Step[], sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Comment[] {
  const first = steps[0]!.statement;
  const last = steps.at(-1)!.statement;
  const inside = steps.map((step) => step.candidate.node.argument.range);
  return sourceCode
    .getAllComments()
    .filter((comment) => comment.range[0] > first.range[0] && comment.range[1] < last.range[1])
    .filter((comment) => !inside.some(([start, end]) => comment.range[0] >= start && comment.range[1] <= end));
}
