import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { freeVariableName } from '../fixes/free-name';
import { indentOf } from './callback-text';
import { outerExpression, withMethod, type CallParts } from './concurrent-fix';

/** Methods whose answer can be read off the array of awaited results directly. */
const ONE_STEP = new Set(['some', 'every', 'findIndex', 'findLastIndex']);
/** Methods that return items, so the results must be matched back to the items by index. */
const TWO_STEP = new Set(['filter', 'find', 'findLast']);

export interface PredicateRewrite {
  fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

/**
 * Await every check first, then ask the question of the results:
 * `(await Promise.all(items.map(check))).some(Boolean)`, or for `filter`/`find`
 * `const keep = await Promise.all(items.map(check)); ... items.filter((_, i) => keep[i]) ...`.
 * Only where `await` may be written; undefined where the rewrite would change what runs when.
 */
export function predicateRewrite(
  sourceCode: Readonly<TSESLint.SourceCode>,
  parts: CallParts,
  method: string,
): PredicateRewrite | undefined {
  if (parts.optional || !['array', 'unknown', 'iterator'].includes(parts.kind)) return undefined;
  const promises = `await Promise.all(${withMethod(sourceCode, parts, 'map')})`;
  if (ONE_STEP.has(method)) {
    const target = awaitedOrSelf(outerExpression(parts.call));
    return { fix: (fixer) => [fixer.replaceText(target, `(${promises}).${method}(Boolean)`)] };
  }
  if (!TWO_STEP.has(method) || parts.kind === 'iterator' || !isStable(parts.callee.object)) return undefined;
  const statement = enclosingStatement(parts.call);
  if (!statement) return undefined;
  const flags = freeVariableName(sourceCode.getScope(statement), flagsBase(statement, method));
  const indent = indentOf(sourceCode, statement);
  return {
    fix: (fixer) => [
      fixer.insertTextBefore(statement, `const ${flags} = ${promises};\n${indent}`),
      fixer.replaceText(parts.call, `${parts.receiverText}.${method}((_, i) => ${flags}[i])`),
    ],
  };
}

/** `await items.some(...)` already awaits; the rewrite replaces the whole `await`. */
function awaitedOrSelf(node: TSESTree.Expression): TSESTree.Expression {
  return node.parent.type === AST_NODE_TYPES.AwaitExpression ? node.parent : node;
}

/** Evaluating it twice gives the same object: `items`, `this.items`, `order.lines`. */
function isStable(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.ThisExpression) return true;
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.optional) return false;
  if (node.computed && node.property.type !== AST_NODE_TYPES.Literal) return false;
  return isStable(node.object);
}

/**
 * The statement whose first work is this call, so computing the checks just before it changes
 * nothing else: `const x = items.filter(...)...;`, `x = ...;`, `return ...;`, in a statement list.
 * The call may only sit under member accesses, calls on its result, `await` and type assertions.
 * Undefined when the result is not used at all.
 */
function enclosingStatement(call: TSESTree.CallExpression): TSESTree.Statement | undefined {
  let child: TSESTree.Node = call;
  let used = false;
  for (let current = call.parent; ; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.MemberExpression:
        if (current.object !== child) return undefined;
        used = true;
        continue;
      case AST_NODE_TYPES.CallExpression:
        if (current.callee !== child) return undefined;
        continue;
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        continue;
      case AST_NODE_TYPES.VariableDeclarator:
        if (current.init !== child || current.parent.declarations.length !== 1) return undefined;
        return inStatementList(current.parent);
      case AST_NODE_TYPES.AssignmentExpression:
        if (current.right !== child || current.left.type !== AST_NODE_TYPES.Identifier) return undefined;
        return current.parent.type === AST_NODE_TYPES.ExpressionStatement ? inStatementList(current.parent) : undefined;
      case AST_NODE_TYPES.ReturnStatement:
        return inStatementList(current);
      case AST_NODE_TYPES.ExpressionStatement:
        // A result nobody reads needs no rewrite into one that is read.
        return used ? inStatementList(current) : undefined;
      default:
        return undefined;
    }
  }
}

function inStatementList(statement: TSESTree.Statement): TSESTree.Statement | undefined {
  const { parent } = statement;
  if (!parent) return undefined;
  const lists = [AST_NODE_TYPES.BlockStatement, AST_NODE_TYPES.Program, AST_NODE_TYPES.SwitchCase, AST_NODE_TYPES.StaticBlock];
  // `export const x = ...` is a declaration inside an export; the checks go before the export.
  if (parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return inStatementList(parent);
  return lists.includes(parent.type) ? statement : undefined;
}

/** `activeUsers` → `activeUsersFlags`; otherwise a name that says what the array holds. */
function flagsBase(statement: TSESTree.Statement, method: string): string {
  const declarator = statement.type === AST_NODE_TYPES.VariableDeclaration ? statement.declarations[0] : undefined;
  if (declarator?.id.type === AST_NODE_TYPES.Identifier) return `${declarator.id.name}Flags`;
  if (
    statement.type === AST_NODE_TYPES.ExpressionStatement &&
    statement.expression.type === AST_NODE_TYPES.AssignmentExpression &&
    statement.expression.left.type === AST_NODE_TYPES.Identifier
  ) {
    return `${statement.expression.left.name}Flags`;
  }
  return method === 'filter' ? 'keep' : 'matches';
}
