import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode } from '../../analysis/js/async-context';
import { overlaps, type Bindings } from '../../analysis/js/references';
import { someNode, walk } from '../../analysis/js/walk';
import { candidateAwait, type Analysis } from './awaited';
import { unwrapExpression } from './operations';
import { calleePath, isInside, sharesNothing, type SharingContext } from './loop-sharing';
import { wordsOf } from '../../analysis/effects/vocabulary';

export type IndependentLoop = TSESTree.ForOfStatement | TSESTree.ForStatement;

/** A loop whose iterations could run at the same time, and what the rewrite needs to know. */
export interface LoopShape {
  loop: IndependentLoop;
  /** The callback parameters: `item` / `{ id, name }` for for...of, `_, i` for an index loop. */
  params: string;
  /** The collection to map over: `items` for both `for (const x of items)` and `i < items.length`. */
  collection: TSESTree.Expression;
  /** `continue` statements of this loop; in a callback they become `return`. */
  continues: TSESTree.ContinueStatement[];
  /** `results.push(value)` as the last statement: the rewrite pushes the mapped values in order. */
  collect: Collect | undefined;
  /** The names of the awaited calls. */
  calledNames: string[];
}

export interface Collect {
  statement: TSESTree.ExpressionStatement;
  array: TSESTree.Identifier;
  value: TSESTree.Node;
  /** `const results = [];` right before the loop: the rewrite can declare it with the results. */
  declaration: TSESTree.VariableDeclaration | undefined;
}


/**
 * A `for...of` or index `for` loop whose body awaits one read per item and whose iterations share
 * nothing: no variable from outside is reassigned (totals, cursors, "previous" values), nothing
 * order-sensitive is collected, nothing is logged, no `break`/`return` ends it early and no
 * `continue` depends on an awaited value. Anything else is ordered work and stays a loop.
 */
export function independentLoop(loop: IndependentLoop, analysis: Analysis): LoopShape | undefined {
  const head = loop.type === AST_NODE_TYPES.ForOfStatement ? forOfHead(loop, analysis) : indexHead(loop, analysis);
  if (!head) return undefined;
  const { body } = loop;
  const inner = innerParts(body, labelOf(loop));
  if (!inner || inner.awaits.length === 0) return undefined;
  const firstAwait = Math.min(...inner.awaits.map((node) => node.range[0]));
  // A `continue` or a throw after an await depends on what was awaited: the loop stops or skips
  // by the result, and which item's error surfaces first would change.
  if ([...inner.continues, ...inner.throws].some((statement) => statement.range[0] > firstAwait)) return undefined;

  const perItem = perIterationBindings(loop, head.loopVariables, analysis);
  const calledNames: string[] = [];
  for (const node of inner.awaits) {
    if (node.parent.type === AST_NODE_TYPES.ExpressionStatement) return undefined;
    const candidate = candidateAwait(node, analysis);
    if (!candidate) return undefined;
    calledNames.push(...candidate.operation.names);
    if (!overlaps(analysis.references.readsIn(node.argument), perItem)) return undefined;
    if (callsTheItem(candidate.operation.calleeRoot, head.loopVariables, analysis)) return undefined;
    for (const root of candidate.operation.resources.values()) {
      if (!isPerItem(root, perItem, analysis)) return undefined;
    }
  }
  const collect = collectedValue(body, loop, analysis, inner.continues.length);
  const collectCall = collect?.statement.expression;
  const awaitedReads = inner.awaits.map((node) => analysis.references.readsIn(node.argument));
  const context: SharingContext = { loop, loopVariables: head.loopVariables, perItem, collectCall, firstAwait, awaitedReads, analysis };
  if (!sharesNothing(body, context)) return undefined;
  return { loop, params: head.params, collection: head.collection, continues: inner.continues, collect, calledNames };
}

interface Head {
  loopVariables: readonly TSESLint.Scope.Variable[];
  params: string;
  collection: TSESTree.Expression;
}

function forOfHead(loop: TSESTree.ForOfStatement, analysis: Analysis): Head | undefined {
  const { left } = loop;
  if (loop.await || left.type !== AST_NODE_TYPES.VariableDeclaration || left.kind === 'var') return undefined;
  const [declarator] = left.declarations;
  if (left.declarations.length !== 1 || !declarator) return undefined;
  const loopVariables = analysis.sourceCode.getDeclaredVariables(declarator);
  return { loopVariables, params: analysis.sourceCode.getText(declarator.id), collection: loop.right };
}

/** `for (let i = 0; i < items.length; i++)`, with neither `i` nor `items` changed in the body. */
function indexHead(loop: TSESTree.ForStatement, analysis: Analysis): Head | undefined {
  const { init, test, update } = loop;
  if (init?.type !== AST_NODE_TYPES.VariableDeclaration || init.kind !== 'let' || init.declarations.length !== 1) return undefined;
  const declarator = init.declarations[0]!;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.init?.type !== AST_NODE_TYPES.Literal || declarator.init.value !== 0) {
    return undefined;
  }
  const index = declarator.id.name;
  if (test?.type !== AST_NODE_TYPES.BinaryExpression || test.operator !== '<' || !isName(test.left, index)) return undefined;
  const length = test.right;
  if (length.type !== AST_NODE_TYPES.MemberExpression || length.computed || !isName(length.property, 'length')) return undefined;
  if (!isPlainPath(length.object) || !isIncrement(update, index)) return undefined;
  const loopVariables = analysis.sourceCode.getDeclaredVariables(declarator);
  const variable = loopVariables[0];
  if (!variable || variable.references.some((reference) => reference.isWrite() && isInside(reference.identifier, loop.body))) {
    return undefined;
  }
  const unused = usesName(loop.body, '_') ? '_item' : '_';
  return { loopVariables, params: `${unused}, ${index}`, collection: length.object };
}

function isIncrement(update: TSESTree.Expression | null, index: string): boolean {
  if (update?.type === AST_NODE_TYPES.UpdateExpression) return update.operator === '++' && isName(update.argument, index);
  return (
    update?.type === AST_NODE_TYPES.AssignmentExpression &&
    update.operator === '+=' &&
    isName(update.left, index) &&
    update.right.type === AST_NODE_TYPES.Literal &&
    update.right.value === 1
  );
}

function isName(node: TSESTree.Node, name: string): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === name;
}

function isPlainPath(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.ThisExpression) return true;
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && !node.optional && isPlainPath(node.object);
}

function usesName(node: TSESTree.Node, name: string): boolean {
  return someNode(node, (child) => isName(child, name));
}

function labelOf(loop: IndependentLoop): string | undefined {
  return loop.parent.type === AST_NODE_TYPES.LabeledStatement ? loop.parent.label.name : undefined;
}

interface InnerParts {
  awaits: TSESTree.AwaitExpression[];
  continues: TSESTree.ContinueStatement[];
  /** `throw` statements and calls that throw (`assert(...)`, `throwInvalidKey(...)`). */
  throws: TSESTree.Node[];
}

const THROWING_VERBS = new Set(['throw', 'assert', 'fail', 'invariant', 'raise', 'abort']);

/**
 * The awaits of one iteration and the `continue`s that end it. Undefined when the body can end
 * the loop early or waits in a nested loop (that inner loop is reported on its own).
 */
function innerParts(body: TSESTree.Statement, label: string | undefined): InnerParts | undefined {
  const parts: InnerParts = { awaits: [], continues: [], throws: [] };
  const innerLabels = new Set<string>();
  let ordered = false;
  const visit = (node: TSESTree.Node, inLoop: boolean, inSwitch: boolean): void => {
    if (ordered || isFunctionNode(node)) return;
    switch (node.type) {
      case AST_NODE_TYPES.AwaitExpression:
        // An await in a nested loop: that loop is the one to look at.
        if (inLoop) ordered = true;
        else parts.awaits.push(node);
        break;
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.ReturnStatement:
        ordered = true;
        return;
      case AST_NODE_TYPES.LabeledStatement:
        innerLabels.add(node.label.name);
        break;
      case AST_NODE_TYPES.ThrowStatement:
        parts.throws.push(node);
        break;
      case AST_NODE_TYPES.CallExpression:
        if (THROWING_VERBS.has(wordsOf(calleePath(unwrapExpression(node.callee)).at(-1) ?? '')[0] ?? '')) parts.throws.push(node);
        break;
      case AST_NODE_TYPES.BreakStatement:
        // Ends this loop (or an outer one) early: the remaining items depend on what came before.
        if (node.label ? !innerLabels.has(node.label.name) : !inLoop && !inSwitch) ordered = true;
        return;
      case AST_NODE_TYPES.ContinueStatement:
        if (node.label ? node.label.name === label : !inLoop) parts.continues.push(node);
        else if (node.label && !innerLabels.has(node.label.name)) ordered = true;
        return;
      default:
        break;
    }
    const loopHere = isLoop(node);
    const switchHere = node.type === AST_NODE_TYPES.SwitchStatement;
    forEachChild(node, (child) => visit(child, inLoop || loopHere, inSwitch || switchHere));
  };
  visit(body, false, false);
  return ordered ? undefined : parts;
}

function isLoop(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement
  );
}

function forEachChild(node: TSESTree.Node, visit: (child: TSESTree.Node) => void): void {
  walk(node, (child) => {
    if (child === node) return true;
    visit(child);
    return false;
  });
}


/** The loop variables and every variable of the body computed from them (`const url = base + item.id`). */
function perIterationBindings(loop: IndependentLoop, loopVariables: readonly TSESLint.Scope.Variable[], analysis: Analysis): Bindings {
  const derived: Bindings = { variables: new Set(loopVariables), globals: new Set(), usesThis: false };
  walk(loop.body, (node) => {
    if (node.type === AST_NODE_TYPES.VariableDeclarator && node.init && overlaps(analysis.references.readsIn(node.init), derived)) {
      for (const variable of analysis.sourceCode.getDeclaredVariables(node)) derived.variables.add(variable);
    }
    return !isFunctionNode(node);
  });
  return derived;
}

function isPerItem(root: TSESTree.Node, perItem: Bindings, analysis: Analysis): boolean {
  const resolved = analysis.references.referenceOf(root)?.resolved;
  return resolved !== undefined && resolved !== null && perItem.variables.has(resolved);
}

/** `for (const task of tasks) await task()`: the items are steps to run, in order. */
function callsTheItem(root: TSESTree.Node | undefined, loopVariables: readonly TSESLint.Scope.Variable[], analysis: Analysis): boolean {
  if (root?.type !== AST_NODE_TYPES.Identifier) return false;
  const resolved = analysis.references.referenceOf(root)?.resolved;
  if (!resolved || !loopVariables.includes(resolved)) return false;
  return root.parent.type === AST_NODE_TYPES.CallExpression && root.parent.callee === root;
}

/** `results.push(value)` ending the body, with `results` used nowhere else in the loop. */
function collectedValue(
  body: TSESTree.Statement,
  loop: IndependentLoop,
  analysis: Analysis,
  continueCount: number,
): LoopShape['collect'] {
  if (body.type !== AST_NODE_TYPES.BlockStatement || continueCount > 0) return undefined;
  const last = body.body.at(-1);
  if (last?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  const call = last.expression;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1) return undefined;
  const [value] = call.arguments;
  const { callee } = call;
  if (!value || value.type === AST_NODE_TYPES.SpreadElement || callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (callee.computed || !isName(callee.property, 'push') || callee.object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const array = callee.object;
  const variable = analysis.references.referenceOf(array)?.resolved;
  if (!variable || isInside(variable.defs[0]?.node ?? array, loop)) return undefined;
  const elsewhere = variable.references.some((reference) => isInside(reference.identifier, loop) && reference.identifier !== array);
  if (elsewhere) return undefined;
  return { statement: last, array, value, declaration: emptyArrayDeclaredBefore(loop, variable) };
}

/** The statement just before the loop (or its label) is `const results = [];` for this array. */
function emptyArrayDeclaredBefore(loop: IndependentLoop, variable: TSESLint.Scope.Variable): TSESTree.VariableDeclaration | undefined {
  const statement = loop.parent.type === AST_NODE_TYPES.LabeledStatement ? loop.parent : loop;
  const { parent } = statement;
  const siblings: readonly TSESTree.Node[] | undefined =
    parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program
      ? parent.body
      : parent.type === AST_NODE_TYPES.SwitchCase
        ? parent.consequent
        : undefined;
  const previous = siblings?.[siblings.indexOf(statement) - 1];
  if (previous?.type !== AST_NODE_TYPES.VariableDeclaration || previous.declarations.length !== 1) return undefined;
  const [declarator] = previous.declarations;
  const isEmptyArray = declarator?.init?.type === AST_NODE_TYPES.ArrayExpression && declarator.init.elements.length === 0;
  const declares = declarator?.id.type === AST_NODE_TYPES.Identifier && variable.defs.some((definition) => definition.name === declarator.id);
  return isEmptyArray && declares && previous.kind !== 'var' ? previous : undefined;
}
