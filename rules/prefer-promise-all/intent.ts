import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { enclosingFunction } from '../../analysis/js/references';
import { walk } from '../../analysis/js/walk';

/**
 * Words in a comment that say the order (or the lack of overlap) is intended:
 * "Avoid concurrent queries on the same pg client", "one at a time to respect the rate limit",
 * "must run before", "in order".
 */
const SEQUENTIAL_NOTE =
  /\b(?:sequential(?:ly)?|serial(?:ly|i[sz]e[ds]?)?|one (?:at a time|by one|after (?:the )?(?:other|another))|in order|in sequence|concurren\w*|parallel\w*|simultaneous\w*|race|rate.?limit\w*|throttl\w*|ordered|order matters|fifo|lock\w*|must (?:run|happen|come|finish|complete|be done) (?:before|after|first)|wait(?:s|ing)? (?:for|until))\b/i;

/** The same, in Korean (word boundaries do not apply to Hangul). */
const SEQUENTIAL_NOTE_KO = /순차|직렬|하나씩|차례로|차례대로|동시|병렬|순서/;

/** How many lines above the code a comment may sit and still speak about it. */
const LINES_ABOVE = 3;

/**
 * The author said, in a comment on or just above the code, that it is sequential on purpose (or
 * the same function already runs these calls with `Promise.all` on another branch and chose not
 * to here). Either way the order is a decision, not an oversight.
 */
export function isSequentialOnPurpose(
  nodes: readonly TSESTree.Node[],
  calledNames: readonly string[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const node = nodes[0]!;
  const first = node.loc.start.line - LINES_ABOVE;
  const last = nodes.at(-1)!.loc.end.line;
  const noted = sourceCode
    .getAllComments()
    .some((comment) => comment.loc.end.line >= first && comment.loc.start.line <= last && (SEQUENTIAL_NOTE.test(comment.value) || SEQUENTIAL_NOTE_KO.test(comment.value)));
  return noted || combinedElsewhere(node, calledNames, sourceCode);
}

/** The enclosing function passes one of these calls to `Promise.all`/`allSettled` somewhere else. */
function combinedElsewhere(node: TSESTree.Node, calledNames: readonly string[], sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const names = calledNames.filter((name) => name.length > 2);
  if (names.length === 0) return false;
  const owner = enclosingFunction(node) ?? sourceCode.ast;
  let found = false;
  walk(owner, (child) => {
    if (found) return false;
    if (isPromiseCombination(child)) {
      const text = sourceCode.getText(child);
      found = names.some((name) => wordPattern(name).test(text));
    }
    return !found;
  });
  return found;
}

function isPromiseCombination(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const { object, property } = node.callee;
  return (
    object.type === AST_NODE_TYPES.Identifier &&
    object.name === 'Promise' &&
    property.type === AST_NODE_TYPES.Identifier &&
    ['all', 'allSettled'].includes(property.name)
  );
}

/** `name` as a whole identifier (names may start with `$` or `#`). */
function wordPattern(name: string): RegExp {
  return new RegExp(`(?<![\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`);
}
