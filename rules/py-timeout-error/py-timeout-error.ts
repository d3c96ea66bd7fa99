import type { RuleTextEditor } from '@eslint/core';
import { createPythonRule } from '../create-python-rule';
import { NameResolver } from '../../analysis/python/names';
import type { PyNode } from '../../languages/python/syntax-tree';
import { targetDeclared, targetsAtLeast } from '../../analysis/python/target-version';
import { runsOnlyBefore, runsOnlyFrom, versionRange } from '../../analysis/python/version-guards';

/** The names that are the builtin TimeoutError itself from Python 3.11 on. */
const ALIASES_OF_TIMEOUT_ERROR = new Set([
  'asyncio.TimeoutError',
  'asyncio.exceptions.TimeoutError',
  'concurrent.futures.TimeoutError',
  'concurrent.futures._base.TimeoutError',
]);

/** Calls whose argument names an exception class to expect. */
const EXCEPTION_CLASS_CALLS = new Set(['isinstance', 'issubclass']);
/** Test helpers (`pytest.raises`, `self.assertRaises`) expect their first argument; `suppress` takes any number. */
const EXPECTING_METHODS = new Set(['raises', 'assertRaises', 'assertRaisesRegex']);

/**
 * `asyncio.TimeoutError` where the builtin `TimeoutError` is meant and, on Python 3.11+, is the
 * very same class. The fix is safe there: the name changes, the class does not.
 */
export default createPythonRule({
  name: 'py-timeout-error',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Use the builtin TimeoutError instead of asyncio.TimeoutError (the same class since Python 3.11)',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      useBuiltin: '`{{name}}` is the builtin `TimeoutError` since Python 3.11; write `TimeoutError`.',
      writeBuiltin: 'Write `TimeoutError` (the project does not say it needs Python 3.11 or later; check before applying)',
    },
  },
  defaultOptions: [],
  create(context) {
    // Before 3.11 the classes differ, and `except TimeoutError` would miss asyncio's timeouts: only
    // code that runs on 3.11+ (the target, or a `sys.version_info >= (3, 11)` branch) is reported.
    const targetIsNew = targetsAtLeast(context.settings, 3, 11);
    // An assumed target (nothing in the project says) reports, but leaves the rewrite to the user.
    const declared = targetDeclared(context.settings);
    const { sourceCode } = context;
    const names = NameResolver.of(sourceCode.ast);
    const { imports } = names;

    function check(expression: PyNode | undefined): void {
      if (!expression || (expression.type !== 'attribute' && expression.type !== 'identifier')) return;
      const qualified = names.qualifiedName(expression);
      if (!qualified || !ALIASES_OF_TIMEOUT_ERROR.has(qualified)) return;
      // The fix writes `TimeoutError`, which must mean the builtin where it lands.
      if (imports.lookup('TimeoutError', expression) !== undefined || names.isOwnName('TimeoutError', expression)) return;
      const range = versionRange(expression, names);
      if (runsOnlyBefore(range, 11) || (!targetIsNew && !runsOnlyFrom(range, 11))) return;
      const fix = (fixer: RuleTextEditor) => {
        const pair = expression.parent;
        if (pair?.type === 'tuple' && pair.children.length === 2 && pair.children.some(isBuiltinTimeoutError)) {
          return fixer.replaceTextRange(pair.range, 'TimeoutError');
        }
        const duplicate = tupleElementRemoval(expression);
        return duplicate ? fixer.removeRange(duplicate) : fixer.replaceTextRange(expression.range, 'TimeoutError');
      };
      const safe = declared || runsOnlyFrom(range, 11);
      context.report({
        node: expression,
        messageId: 'useBuiltin',
        data: { name: sourceCode.textOf(expression) },
        fix: safe ? fix : null,
        suggest: safe ? [] : [{ messageId: 'writeBuiltin', fix }],
      });
    }

    function isBuiltinTimeoutError(node: PyNode): boolean {
      return node.type === 'identifier' && names.qualifiedName(node) === 'builtins.TimeoutError';
    }

    /** `except (A, B)`, `isinstance(e, (A, B))`: each element; anything else as it is. */
    function checkClasses(expression: PyNode | undefined): void {
      if (expression?.type === 'tuple' || expression?.type === 'parenthesized_expression') expression.children.forEach(checkClasses);
      else check(expression);
    }

    /**
     * In `(asyncio.TimeoutError, TimeoutError)` the builtin is already there: the fix drops the
     * alias with its comma instead of writing the same class twice.
     */
    function tupleElementRemoval(element: PyNode): [number, number] | undefined {
      const tuple = element.parent;
      if (tuple?.type !== 'tuple') return undefined;
      if (!tuple.children.some(isBuiltinTimeoutError)) return undefined;
      // `(asyncio.TimeoutError, TimeoutError)` → `TimeoutError`, not a one-element `(TimeoutError)`.
      if (tuple.children.length === 2) return undefined;
      const index = tuple.children.indexOf(element);
      const next = tuple.children[index + 1];
      const previous = tuple.children[index - 1];
      if (next) return [element.range[0], next.range[0]];
      return previous ? [previous.range[1], element.range[1]] : undefined;
    }

    return {
      except_clause(node) {
        checkClasses(exceptionClasses(node));
      },
      raise_statement(node) {
        // `raise asyncio.TimeoutError(...)` is a call, checked below like any other construction.
        const raised = node.children.find((child) => child !== node.fields.cause);
        if (raised?.type !== 'call') check(raised);
      },
      call(node) {
        const callee = node.fields.function;
        check(callee);
        const args = node.fields.arguments?.children ?? [];
        const name = callee?.type === 'attribute' ? callee.fields.attribute?.text : callee?.text;
        if (!name) return;
        if (EXCEPTION_CLASS_CALLS.has(name) && callee?.type === 'identifier' && names.qualifiedName(callee) === `builtins.${name}`) {
          checkClasses(args[1]);
        } else if (EXPECTING_METHODS.has(name)) {
          checkClasses(args[0]);
        } else if (name === 'suppress') {
          args.forEach(checkClasses);
        }
      },
    };
  },
});

/** The class expression of `except X`, `except X as e`, `except* X` (one node type in this grammar). */
function exceptionClasses(clause: PyNode): PyNode | undefined {
  const value = clause.fields.value ?? clause.children.find((child) => child.type !== 'block');
  return value?.type === 'as_pattern' ? value.children[0] : value;
}
