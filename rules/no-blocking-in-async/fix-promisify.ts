import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { awaitedText } from '../fixes/await-text';
import { accessExport, type ExportAccess } from '../fixes/module-access';
import { argumentTexts, builtin, importFixes, isTypeScriptFile, type FixContext, type Suggestion } from './fix-context';
import type { BlockingCall } from './resolve-call';

/**
 * `gzipSync(buf)` → `await promisify(gzip)(buf)`, `pbkdf2Sync(...)` → `await promisify(pbkdf2)(...)`:
 * the callback twin takes the same arguments and its callback gets the same value the sync call
 * returns, so the promisified call resolves to it.
 */
export function promisifyFix(context: FixContext, call: TSESTree.CallExpression, found: BlockingCall): Suggestion | undefined {
  const { entry } = found;
  const args = argumentTexts(context, call);
  if (!entry.asyncName || !args) return undefined;
  const { sourceCode, scope, filename } = context;
  const promisify = accessExport(sourceCode, scope, 'util', 'promisify', { specifier: builtin(context, 'util'), filename });
  const target: ExportAccess | undefined =
    found.moduleObject && !found.viaTypes
      ? { text: `${sourceCode.getText(found.moduleObject)}.${entry.asyncName}` }
      : promisify && accessExport(sourceCode, scope, entry.module, entry.asyncName, { specifier: builtin(context, entry.module), filename });
  if (!promisify || !target) return undefined;
  const expression = `${promisify.text}(${target.text})(${args.join(', ')})`;
  let replacement = awaitedText(call, expression);
  if (entry.asyncName === 'scrypt' && isTypeScriptFile(context)) {
    // TypeScript promisifies scrypt's overloads as (password, salt, keylen) => Promise<unknown>:
    // the options form does not type-check, and the result needs its type back.
    if (args.length !== 3) return undefined;
    replacement = typeAsserted(call, `await ${expression} as Buffer`);
  }
  return {
    messageId: 'usePromisify',
    data: { replacement: `${promisify.text}(${target.text})` },
    fix: (fixer) => [fixer.replaceText(call, replacement), ...importFixes(promisify.fix, target.fix).map((fix) => fix(fixer))],
  };
}

/** `x as T`, parenthesized unless it stands where any expression may (a statement, a declaration, an argument). */
function typeAsserted(node: TSESTree.Node, text: string): string {
  const { parent } = node;
  const bare =
    parent?.type === AST_NODE_TYPES.ReturnStatement ||
    parent?.type === AST_NODE_TYPES.ExpressionStatement ||
    (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) ||
    (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) ||
    parent?.type === AST_NODE_TYPES.ArrayExpression;
  return bare ? text : `(${text})`;
}

/**
 * `Atomics.wait(...)` → `await Atomics.waitAsync(...).value`: `value` is the same result string,
 * either at once (`'not-equal'`, `'timed-out'`) or as a promise of it. With types, only where the
 * file's lib declares `waitAsync`.
 */
export function waitAsyncFix(context: FixContext, call: TSESTree.CallExpression): Suggestion | undefined {
  const args = argumentTexts(context, call);
  if (!args || !libHasWaitAsync(context, call)) return undefined;
  return {
    messageId: 'useWaitAsync',
    fix: (fixer) => fixer.replaceText(call, awaitedText(call, `Atomics.waitAsync(${args.join(', ')}).value`)),
  };
}

function libHasWaitAsync(context: FixContext, call: TSESTree.CallExpression): boolean {
  if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return true;
  return context.types?.hasProperty(call.callee.object, 'waitAsync') ?? true;
}
