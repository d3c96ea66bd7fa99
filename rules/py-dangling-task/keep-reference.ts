import type { RuleTextEdit, RuleTextEditor } from '@eslint/core';
import type { PythonSourceCode } from '../../languages/python/source-code';
import { bindingsIn, directScope, moduleOf } from '../../analysis/python/scope-bindings';
import type { PyNode } from '../../languages/python/syntax-tree';
import { isNameRead } from '../../analysis/python/value-use';

export const TASK_SET = '_background_tasks';
const TASK_NAMES = ['task', 'background_task'];

/**
 * The edits that keep a task alive until it is done, the way asyncio's documentation shows:
 *
 *     _background_tasks = set()          ← once, after the module's imports
 *     ...
 *     task = asyncio.create_task(work())
 *     _background_tasks.add(task)
 *     task.add_done_callback(_background_tasks.discard)
 *
 * Undefined when it cannot be done cleanly: the statement shares its line with other code, the
 * module binds `_background_tasks` to something else, no import line precedes the statement, or
 * no task variable name is free.
 */
export function keepReferenceEdits(
  sourceCode: PythonSourceCode,
  call: PyNode,
  statement: PyNode,
  existingName: string | undefined,
): ((fixer: RuleTextEditor) => RuleTextEdit[]) | undefined {
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const indent = text.slice(lineStart, statement.range[0]);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const newline = text.indexOf('\n', statement.range[1]);
  const lineEnd = newline === -1 ? text.length : newline;
  if (!/^[ \t]*(#.*)?$/.test(text.slice(statement.range[1], lineEnd).replace(/\r$/, ''))) return undefined;
  const lineEndBeforeComment = text.slice(statement.range[1], lineEnd).includes('#') ? lineEnd : statement.range[1];
  const module = moduleOf(call);
  const setDefinition = taskSetDefinition(sourceCode, module, statement);
  if (setDefinition === undefined) return undefined;
  const taskName = existingName ?? freeTaskName(statement);
  if (!taskName) return undefined;
  const keep = `\n${indent}${TASK_SET}.add(${taskName})\n${indent}${taskName}.add_done_callback(${TASK_SET}.discard)`;
  return (fixer) => [
    ...(setDefinition ? [fixer.insertTextAfterRange([setDefinition.at, setDefinition.at], setDefinition.text)] : []),
    ...(existingName ? [] : [fixer.insertTextBeforeRange(call.range, `${taskName} = `)]),
    fixer.insertTextAfterRange([lineEndBeforeComment, lineEndBeforeComment], keep),
  ];
}

/**
 * Where `_background_tasks = set()` goes: null when the module already has exactly that
 * definition, undefined when the name is taken by something else or there is no import line
 * above the statement to put it after.
 */
function taskSetDefinition(sourceCode: PythonSourceCode, module: PyNode, statement: PyNode): { at: number; text: string } | null | undefined {
  const bindings = bindingsIn(module, TASK_SET);
  if (bindings.length === 1) {
    const [binding] = bindings;
    const value = binding?.value;
    const isEmptySet = value?.type === 'call' && sourceCode.textOf(value).replace(/\s/g, '') === 'set()';
    return binding?.kind === 'assignment' && binding.node.parent?.parent === module && isEmptySet ? null : undefined;
  }
  if (bindings.length > 0 || isNameRead(TASK_SET, module)) return undefined;
  const imports = module.children.filter(
    (child) => (child.type === 'import_statement' || child.type === 'import_from_statement' || child.type === 'future_import_statement') &&
      child.range[1] <= statement.range[0],
  );
  const last = imports[imports.length - 1];
  if (!last) return undefined;
  const newline = sourceCode.text.indexOf('\n', last.range[1]);
  const at = newline === -1 ? sourceCode.text.length : newline;
  return { at, text: `\n\n${TASK_SET} = set()` };
}

/** A name for the task that nothing in the function (or module) uses yet. */
function freeTaskName(statement: PyNode): string | undefined {
  const scope = directScope(statement);
  if (!scope) return undefined;
  return TASK_NAMES.find((name) => bindingsIn(scope, name).length === 0 && !isNameRead(name, scope) && !isNameRead(name, moduleOf(statement)));
}
