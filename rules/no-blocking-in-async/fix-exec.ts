import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { freeVariableName } from '../fixes/free-name';
import { accessExport, type ExportAccess } from '../fixes/module-access';
import { resolveModuleBinding } from '../../analysis/js/module-binding';
import { catchReadsSyncError, isArgumentList, readExecOptions, type ExecOptions } from './exec-options';
import { builtin, importFixes, type Fix, type FixContext, type Suggestion } from './fix-context';
import type { BlockingCall } from './resolve-call';
import { removeBinding, removesStatement, renameBinding, soleUseBinding, type SoleUseBinding } from './sync-binding';

/**
 * `execSync(cmd)` → `(await execAsync(cmd, { encoding: 'buffer' })).stdout`, with
 * `const execAsync = promisify(exec)` declared once at the top of the file. The result keeps its
 * type: a Buffer unless the call set an encoding (and `execSync(cmd).toString()` becomes the plain
 * string result). `execFileSync` likewise with `execFile`.
 */
export function execFix(context: FixContext, call: TSESTree.CallExpression, found: BlockingCall): Suggestion | undefined {
  const asyncName = found.entry.asyncName;
  if (asyncName !== 'exec' && asyncName !== 'execFile') return undefined;
  const parts = splitArguments(context, call, asyncName);
  if (!parts || catchReadsSyncError(call, context.sourceCode)) return undefined;
  // toString() decodes a Buffer; with an encoding set the value was text already.
  const decoded = parts.options.hasEncoding ? undefined : decodedByToString(call);
  // A statement of its own: the output is not used, so neither its type nor `.stdout` matters.
  const unused = call.parent?.type === AST_NODE_TYPES.ExpressionStatement;
  const options = optionsText(parts.options, decoded !== undefined || unused);
  const helper = promisifiedHelper(context, asyncName, soleUseBinding(context, call));
  if (!helper) return undefined;
  const args = [...parts.leading, ...(options ? [options] : [])].join(', ');
  const replaced = decoded ?? call;
  const text = unused ? `await ${helper.name}(${args})` : `(await ${helper.name}(${args})).stdout`;
  return {
    messageId: 'useExecAsync',
    data: { helper: helper.name },
    fix: (fixer) => [fixer.replaceText(replaced, text), ...helper.fixes.map((fix) => fix(fixer))],
  };
}

interface ExecArguments {
  /** The command (and for execFile, the argument list) as written. */
  leading: string[];
  options: ExecOptions;
}

function splitArguments(context: FixContext, call: TSESTree.CallExpression, asyncName: string): ExecArguments | undefined {
  const { sourceCode, scope, types } = context;
  const args = call.arguments;
  if (args.length === 0 || args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  const texts = args.map((argument) => sourceCode.getText(argument));
  let leadingCount = 1;
  // execFileSync(file, args?, options?): the second argument is the list when it is an array.
  if (asyncName === 'execFile' && args.length >= 2) {
    const second = args[1]!;
    if (isArgumentList(second, scope, types)) leadingCount = 2;
    else if (args.length > 2 || second.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  }
  if (args.length > leadingCount + 1) return undefined;
  const options = readExecOptions(sourceCode, args[leadingCount]);
  return options && { leading: texts.slice(0, leadingCount), options };
}

/**
 * The options to pass so the promise resolves the same kind of value: `{ encoding: 'buffer' }`
 * where the sync call returned a Buffer, nothing extra where it returned text (exec's default).
 */
function optionsText(options: ExecOptions, textWillDo: boolean): string | undefined {
  if (textWillDo || options.result === 'text' || options.hasEncoding) {
    return options.properties.length > 0 ? `{ ${options.properties.join(', ')} }` : undefined;
  }
  return `{ ${[...options.properties, "encoding: 'buffer'"].join(', ')} }`;
}

/** `execSync(cmd).toString()` (or `.toString('utf8')`) on a Buffer result: the call that decodes it. */
function decodedByToString(call: TSESTree.CallExpression): TSESTree.CallExpression | undefined {
  const member = call.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== call || member.computed) return undefined;
  if (member.property.type !== AST_NODE_TYPES.Identifier || member.property.name !== 'toString') return undefined;
  const outer = member.parent;
  if (outer?.type !== AST_NODE_TYPES.CallExpression || outer.callee !== member) return undefined;
  const [encoding, ...rest] = outer.arguments;
  if (rest.length > 0) return undefined;
  const utf8 = !encoding || (encoding.type === AST_NODE_TYPES.Literal && (encoding.value === 'utf8' || encoding.value === 'utf-8'));
  return utf8 ? outer : undefined;
}

interface Helper {
  name: string;
  fixes: Fix[];
}

/**
 * The file's `promisify(exec)` function: an existing top-level one, or a new
 * `const execAsync = promisify(exec);` placed after the declarations it uses. When the rewritten
 * call was the only use of an `execSync` binding, that binding goes: it becomes the `exec` import
 * the helper needs, or is deleted when `exec` is at hand already.
 */
function promisifiedHelper(context: FixContext, asyncName: 'exec' | 'execFile', syncBinding: SoleUseBinding | undefined): Helper | undefined {
  const removal = syncBinding && removeBinding(context, syncBinding);
  const existing = existingHelper(context, asyncName);
  if (existing) return { name: existing, fixes: removal ? [removal] : [] };
  const { sourceCode, scope, filename } = context;
  const promisify = accessExport(sourceCode, scope, 'util', 'promisify', { specifier: builtin(context, 'util'), filename });
  const available = promisify && accessExport(sourceCode, scope, 'child_process', asyncName, { specifier: builtin(context, 'child_process'), filename });
  if (!promisify || !available) return undefined;
  const target: ExportAccess = syncBinding && available.fix
    ? { text: available.text, fix: renameBinding(syncBinding, asyncName, available.text), statement: syncBinding.statement }
    : available;
  // Deleting a whole statement could meet the helper's insertion after it: only names in braces go then.
  const unused = syncBinding && !available.fix && removal && !removesStatement(syncBinding) ? [removal] : [];
  const name = freeVariableName(scope, `${asyncName}Async`);
  const declaration = `const ${name} = ${promisify.text}(${target.text});`;
  const anchor = helperAnchor(context, [promisify, target]);
  const insert: Fix = anchor
    ? (fixer) => fixer.insertTextAfter(anchor, `\n${declaration}`)
    : (fixer) => fixer.insertTextBefore(firstStatement(context)!, `${declaration}\n`);
  if (!anchor && !firstStatement(context)) return undefined;
  // The imports go first: at one insertion point, edits keep their order.
  return { name, fixes: [...importFixes(promisify.fix, target.fix), insert, ...unused] };
}

/** The top-level statement after which both names are declared; undefined for "at the very top". */
function helperAnchor(context: FixContext, accesses: ExportAccess[]): TSESTree.ProgramStatement | undefined {
  const program = context.sourceCode.ast;
  const lastImport = program.body.filter((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration).at(-1);
  let anchor: TSESTree.ProgramStatement | undefined;
  for (const access of accesses) {
    // A new import lands after the last import, or (CommonJS) at the very top.
    const place = access.statement ?? (access.fix ? lastImport : undefined);
    if (place && (!anchor || place.range[1] > anchor.range[1])) anchor = place;
  }
  return anchor ?? lastImport;
}

function firstStatement(context: FixContext): TSESTree.ProgramStatement | undefined {
  return context.sourceCode.ast.body.find(
    (statement) => !(statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined),
  );
}

/** `const execAsync = util.promisify(cp.exec)` already at the top level, visible here. */
function existingHelper(context: FixContext, asyncName: string): string | undefined {
  const { sourceCode, scope } = context;
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.kind !== 'const') continue;
    for (const { id, init } of statement.declarations) {
      if (id.type !== AST_NODE_TYPES.Identifier || init?.type !== AST_NODE_TYPES.CallExpression) continue;
      if (ASTUtils.findVariable(scope, id.name)?.defs[0]?.name !== id) continue;
      const promisify = resolveModuleBinding(init.callee, scope);
      const target = init.arguments.length === 1 ? resolveModuleBinding(init.arguments[0]!, scope) : undefined;
      if (
        promisify?.kind === 'export' && promisify.module === 'util' && promisify.name === 'promisify' &&
        target?.kind === 'export' && target.module === 'child_process' && target.name === asyncName
      ) {
        return id.name;
      }
    }
  }
  return undefined;
}
