import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule';
import { typeOracle } from '../../analysis/types/oracle-for-file';
import { findAsyncContext } from '../../analysis/js/async-context';
import { awaitsAccumulator, isInlineCallback, returnsPromise } from './callback';
import { receiverText, type TextContext } from './callback-text';
import { outerExpression, promiseCombinatorArgument, promisesText, type CallParts } from './concurrent-fix';
import { predicateRewrite } from './predicate-fix';
import { syntacticReceiverKind, type ReceiverKind } from './receiver';
import { sequentialLoopText } from './sequential-fix';

export type MessageIds =
  | 'forEachCallback'
  | 'predicateCallback'
  | 'comparatorCallback'
  | 'reduceCallback'
  | 'runSequentially'
  | 'runConcurrently'
  | 'passPromises'
  | 'awaitChecksFirst';

type Category = 'forEach' | 'predicate' | 'comparator' | 'reduce';

/**
 * Methods that call their callback and use (or drop) its return value synchronously. `map` and
 * `flatMap` are not here: their array of promises can be awaited, and dropping it is a floating
 * promise, reported by the rule for those.
 */
const CATEGORIES = new Map<string, Category>([
  ['forEach', 'forEach'],
  ['filter', 'predicate'], ['some', 'predicate'], ['every', 'predicate'], ['find', 'predicate'],
  ['findIndex', 'predicate'], ['findLast', 'predicate'], ['findLastIndex', 'predicate'],
  ['sort', 'comparator'], ['toSorted', 'comparator'],
  ['reduce', 'reduce'], ['reduceRight', 'reduce'],
]);

const MESSAGE_FOR: Record<Category, MessageIds> = {
  forEach: 'forEachCallback',
  predicate: 'predicateCallback',
  comparator: 'comparatorCallback',
  reduce: 'reduceCallback',
};

interface Finding extends CallParts {
  method: string;
  category: Category;
  /** The kind came from types, or from code that shows what the receiver is. */
  kindKnown: boolean;
}

export default createRule<[], MessageIds>({
  name: 'no-async-array-callback',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow async callbacks in array methods that never wait for them',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      forEachCallback: '`{{method}}` ignores the promise of this async callback: nothing waits for the work to finish.',
      predicateCallback: '`{{method}}` gets a promise from this async callback, and a promise is always truthy.',
      comparatorCallback: '`{{method}}` gets a promise from this async comparator, not a number, so nothing is sorted.',
      reduceCallback: '`{{method}}` passes the previous promise as the accumulator, and this callback never awaits it.',
      runSequentially: 'Run one after another: `for...of` with `await`',
      runConcurrently: 'Run at the same time: `await Promise.all(...)`',
      passPromises: 'Pass the promises to `{{combinator}}`',
      awaitChecksFirst: 'Await every check with `Promise.all`, then `{{method}}` the results',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    const types = typeOracle(context);
    // Without types, any value may be a promise to wait for.
    const textContext: TextContext = { sourceCode, mayBePromise: (node) => types?.mayBeThenable(node) ?? true };
    /** Findings that only syntax supports, held until the whole file shows which methods it defines itself. */
    const pending: Finding[] = [];
    const ownMethods = new Set<string>();

    function checkCall(call: TSESTree.CallExpression): void {
      const { callee } = call;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type === AST_NODE_TYPES.Super) return;
      const [callback] = call.arguments;
      if (!callback || callback.type === AST_NODE_TYPES.SpreadElement) return;
      // Most calls are ruled out by their plain method name, before any scope lookup.
      if (!callee.computed && !(callee.property.type === AST_NODE_TYPES.Identifier && CATEGORIES.has(callee.property.name))) return;
      const scope = sourceCode.getScope(call);
      const method = ASTUtils.getPropertyName(callee, scope);
      const category = method === null ? undefined : CATEGORIES.get(method);
      if (!method || !category) return;
      if (!returnsPromise(callback, scope, types)) return;
      // A reduce that awaits its accumulator chains the calls on purpose.
      if (category === 'reduce' && (!isInlineCallback(callback) || awaitsAccumulator(sourceCode, callback))) return;

      const verdict = types?.methodReceiver(callee.object, method);
      if (verdict && !verdict.builtin) return;
      const kind: ReceiverKind = verdict?.kind ?? syntacticReceiverKind(callee.object, scope);
      const finding: Finding = {
        call, callee, callback, method, category, kind,
        receiverText: receiverText(sourceCode, callee),
        optional: call.parent.type === AST_NODE_TYPES.ChainExpression && hasOptionalLink(call),
        kindKnown: verdict !== undefined || kind !== 'unknown',
      };
      if (finding.kindKnown) report(finding);
      else pending.push(finding);
    }

    function report(finding: Finding): void {
      context.report({
        node: finding.callee.property,
        messageId: MESSAGE_FOR[finding.category],
        data: { method: finding.method },
        suggest: suggestionsFor(finding),
      });
    }

    function suggestionsFor(finding: Finding): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      // `items['forEach'](...)` is left as written.
      if (finding.callee.computed) return [];
      if (finding.category === 'forEach') return forEachSuggestions(finding);
      if (finding.category !== 'predicate' || !findAsyncContext(finding.call)?.awaitAllowed) return [];
      const rewrite = predicateRewrite(sourceCode, finding, finding.method);
      return rewrite ? [{ messageId: 'awaitChecksFirst', data: { method: finding.method }, fix: rewrite.fix }] : [];
    }

    function forEachSuggestions(finding: Finding): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const outer = outerExpression(finding.call);
      const promises = promisesText(sourceCode, finding);
      const combinator = promiseCombinatorArgument(outer);
      if (combinator) {
        // `Promise.all(items.forEach(...))` only needs the promises it was meant to get.
        return promises === undefined
          ? []
          : [{ messageId: 'passPromises', data: { combinator }, fix: (fixer) => fixer.replaceText(outer, promises) }];
      }
      if (!findAsyncContext(finding.call)?.awaitAllowed) return [];
      const awaited = outer.parent.type === AST_NODE_TYPES.AwaitExpression ? outer.parent : outer;
      if (awaited.parent.type !== AST_NODE_TYPES.ExpressionStatement) return [];
      const statement = awaited.parent;
      const suggestions: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const loop = isInlineCallback(finding.callback)
        ? sequentialLoopText(textContext, {
            callback: finding.callback, receiver: finding.callee.object, receiverText: finding.receiverText,
            kind: finding.kind, optional: finding.optional, statement,
          })
        : undefined;
      if (loop !== undefined) {
        suggestions.push({ messageId: 'runSequentially', fix: (fixer) => fixer.replaceText(statement, loop) });
      }
      if (promises !== undefined) {
        const text = `await Promise.all(${promises})`;
        suggestions.push({ messageId: 'runConcurrently', fix: (fixer) => fixer.replaceText(awaited, text) });
      }
      return suggestions;
    }

    /** Methods of the file's own classes and objects: calls of those names may not be the built-in ones. */
    function recordOwnMethod(key: TSESTree.Node, computed: boolean, value: TSESTree.Node | null | undefined): void {
      if (computed || !value || !isFunctionLike(value)) return;
      if (key.type === AST_NODE_TYPES.Identifier) ownMethods.add(key.name);
      else if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') ownMethods.add(key.value);
    }

    return {
      CallExpression: checkCall,
      MethodDefinition: (node) => recordOwnMethod(node.key, node.computed, node.value),
      PropertyDefinition: (node) => recordOwnMethod(node.key, node.computed, node.value),
      Property: (node) => recordOwnMethod(node.key, node.computed, node.value),
      TSMethodSignature: (node) => recordOwnMethod(node.key, node.computed, node),
      AssignmentExpression(node) {
        if (node.left.type === AST_NODE_TYPES.MemberExpression) recordOwnMethod(node.left.property, node.left.computed, node.right);
      },
      'Program:exit'() {
        // Without types, `list.forEach(async ...)` in a file that defines its own `forEach` may well
        // call that one (which may await its callback); stay silent then.
        for (const finding of pending) if (!ownMethods.has(finding.method)) report(finding);
      },
    };
  },
});

function isFunctionLike(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression ||
    node.type === AST_NODE_TYPES.TSMethodSignature
  );
}

/** `a?.items.forEach(...)`: some link of the chain up to this call is optional. */
function hasOptionalLink(call: TSESTree.CallExpression): boolean {
  for (let node: TSESTree.Node = call; ; ) {
    if ((node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.MemberExpression) && node.optional) return true;
    if (node.type === AST_NODE_TYPES.CallExpression) node = node.callee;
    else if (node.type === AST_NODE_TYPES.MemberExpression) node = node.object;
    else return false;
  }
}
