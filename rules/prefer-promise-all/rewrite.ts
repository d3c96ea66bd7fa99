import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Candidate } from './awaited';
import { commentsBetween, type Step } from './sequence';

/** Past this width the calls go one per line, as a formatter would put them. */
const MAX_INLINE = 80;

/**
 * `const a = await f(); const b = await g();` → `const [a, b] = await Promise.all([f(), g()]);`,
 * keeping the declaration kind, the patterns and their types (as a tuple type). Undefined when
 * the statements cannot become one: mixed `const`/`let`, declarations mixed with assignments,
 * or types on some targets only.
 */
export function combinedStatement(steps: readonly Step[], sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const first = steps[0]!.statement;
  const indent = indentOf(first, sourceCode);
  const calls = promiseAll(steps.map((step) => step.candidate), indent);
  let combined: string;
  if (steps.every((step) => step.statement.type === AST_NODE_TYPES.VariableDeclaration)) {
    const declarations = steps.map((step) => step.statement as TSESTree.VariableDeclaration);
    const kind = declarations[0]!.kind;
    if (declarations.some((declaration) => declaration.kind !== kind || declaration.declarations[0]?.definite)) {
      return undefined;
    }
    const annotations = steps.map((step) => annotationOf(step.target));
    const typed = annotations.filter((annotation) => annotation !== undefined);
    if (typed.length !== 0 && typed.length !== annotations.length) return undefined;
    const names = steps.map((step) => patternText(step.target, sourceCode));
    const tupleType = typed.length > 0 ? `: [${typed.map((annotation) => sourceCode.getText(annotation.typeAnnotation)).join(', ')}]` : '';
    combined = `${kind} [${names.join(', ')}]${tupleType} = ${calls};`;
  } else if (steps.every((step) => step.statement.type === AST_NODE_TYPES.ExpressionStatement)) {
    const targets = steps.map((step) => sourceCode.getText(step.target));
    combined = `${needsLeadingSemicolon(first, sourceCode) ? ';' : ''}[${targets.join(', ')}] = ${calls};`;
  } else {
    return undefined;
  }
  const comments = commentsBetween(steps, sourceCode).map((comment) => sourceCode.getText(comment));
  return [...comments, combined].join(`\n${indent}`);
}

/** `f(await a(), await b())` → `f(...(await Promise.all([a(), b()])))`: the spread keeps the positions. */
export function spreadArguments(candidates: readonly Candidate[], sourceCode: Readonly<TSESLint.SourceCode>): string {
  return `...(${promiseAll(candidates, indentOf(candidates[0]!.node, sourceCode))})`;
}

function promiseAll(candidates: readonly Candidate[], indent: string): string {
  const texts = candidates.map((candidate) => candidate.text);
  const inline = `await Promise.all([${texts.join(', ')}])`;
  if (inline.length <= MAX_INLINE && !inline.includes('\n')) return inline;
  const inner = `${indent}  `;
  const items = texts.map((text) => `${inner}${text.replace(/\n/g, '\n  ')},`).join('\n');
  return `await Promise.all([\n${items}\n${indent}])`;
}

function annotationOf(target: TSESTree.Node): TSESTree.TSTypeAnnotation | undefined {
  if (
    target.type === AST_NODE_TYPES.Identifier ||
    target.type === AST_NODE_TYPES.ObjectPattern ||
    target.type === AST_NODE_TYPES.ArrayPattern
  ) {
    return target.typeAnnotation;
  }
  return undefined;
}

/** The pattern without its type annotation: `{ a, b }` of `{ a, b }: Pair`. */
function patternText(target: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const annotation = annotationOf(target);
  const end = annotation ? annotation.range[0] : target.range[1];
  return sourceCode.text.slice(target.range[0], end).trimEnd();
}

export function indentOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}

/**
 * A statement starting with `[` continues the previous line when that line has no semicolon
 * (`foo()\n[a, b] = ...` reads as `foo()[a, b] = ...`); a leading `;` keeps it separate.
 */
function needsLeadingSemicolon(statement: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const previous = sourceCode.getTokenBefore(statement);
  if (!previous) return false;
  if (previous.value === ';' || previous.value === '{' || previous.value === ':') return false;
  if (previous.value !== '}') return true;
  const owner = sourceCode.getNodeByRangeIndex(previous.range[0]);
  return owner?.type !== AST_NODE_TYPES.BlockStatement && owner?.type !== AST_NODE_TYPES.ClassBody && owner?.type !== AST_NODE_TYPES.SwitchStatement;
}
