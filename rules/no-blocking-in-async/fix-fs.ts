import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { awaitedText } from '../fixes/await-text';
import { accessExport, findExistingAccess, importsNamesFrom, type ExportAccess } from '../fixes/module-access';
import { resolveModuleBinding } from '../../analysis/js/module-binding';
import { walk } from '../../analysis/js/walk';
import type { BlockingEntry } from './catalogue';
import { argumentTexts, builtin, importFixes, propertyKey, type FixContext, type Suggestion } from './fix-context';
import type { BlockingCall } from './resolve-call';

/**
 * `fs.readFileSync(a, b)` → `await fs.promises.readFile(a, b)`, or `readFile` from
 * `node:fs/promises`, whichever fits the file; `existsSync(p)` → an `access` check.
 */
export function fsPromisesFix(context: FixContext, call: TSESTree.CallExpression, found: BlockingCall): Suggestion | undefined {
  const { entry } = found;
  const exists = entry.fix === 'fs-exists';
  const name = exists ? 'access' : entry.asyncName;
  const args = argumentTexts(context, call);
  if (!name || !args || !keepsMeaning(call, entry) || (exists && args.length !== 1)) return undefined;
  const callee = promisesFunction(context, found, name);
  if (!callee) return undefined;
  const expression = exists
    ? `${callee.text}(${args[0]}).then(() => true, () => false)`
    : `${callee.text}(${args.join(', ')})`;
  return {
    messageId: exists ? 'useAccess' : 'useFsPromises',
    data: { replacement: callee.text },
    fix: (fixer) => [fixer.replaceText(call, awaitedText(call, expression)), ...importFixes(callee.fix).map((fix) => fix(fixer))],
  };
}

/**
 * `fse.readJsonSync(p)` → `await fse.readJson(p)`: packages whose async twin takes the same
 * arguments and resolves to the same value (fs-extra, bcrypt, glob, ...).
 */
export function moduleTwinFix(context: FixContext, call: TSESTree.CallExpression, found: BlockingCall): Suggestion | undefined {
  const { entry } = found;
  const args = argumentTexts(context, call);
  if (!entry.asyncName || !args || found.viaTypes || !keepsMeaning(call, entry)) return undefined;
  const callee: ExportAccess | undefined = found.moduleObject
    ? { text: `${context.sourceCode.getText(found.moduleObject)}.${entry.asyncName}` }
    : accessExport(context.sourceCode, context.scope, entry.module, entry.asyncName, {
        specifier: entry.module,
        filename: context.filename,
      });
  if (!callee) return undefined;
  return {
    messageId: 'useAsyncTwin',
    data: { replacement: callee.text },
    fix: (fixer) => [
      fixer.replaceText(call, awaitedText(call, `${callee.text}(${args.join(', ')})`)),
      ...importFixes(callee.fix).map((fix) => fix(fixer)),
    ],
  };
}

/**
 * The `fs/promises` function, named the way the file already does: an existing import or
 * `fsp` object, then `fs.promises` on the module object the call used (or that the file already
 * writes `.promises` on), else a new import.
 */
function promisesFunction(context: FixContext, found: BlockingCall, name: string): ExportAccess | undefined {
  const { sourceCode, scope } = context;
  const existing = findExistingAccess(sourceCode, scope, 'fs/promises', name);
  if (existing) return existing;
  if (!importsNamesFrom(sourceCode.ast, 'fs/promises')) {
    const fsObject = found.viaTypes ? undefined : found.moduleObject ?? fsObjectWithPromises(context);
    if (fsObject) return { text: `${sourceCode.getText(fsObject)}.promises.${name}` };
  }
  return accessExport(sourceCode, scope, 'fs/promises', name, { specifier: builtin(context, 'fs/promises'), filename: context.filename });
}

/** A file that already writes `fs.promises.x` on a module object the call can see. */
function fsObjectWithPromises(context: FixContext): TSESTree.Identifier | undefined {
  const { sourceCode, scope } = context;
  return promisesObjects(sourceCode).find((object) => {
    // The same name must mean the fs module where the call is, too.
    const here = resolveModuleBinding(object, scope);
    return here?.kind === 'module' && here.module === 'fs';
  });
}

/** The `x` of every `x.promises` in the file where `x` is the fs module, found once per file. */
const promisesObjectsByProgram = new WeakMap<TSESTree.Program, TSESTree.Identifier[]>();

function promisesObjects(sourceCode: FixContext['sourceCode']): TSESTree.Identifier[] {
  const cached = promisesObjectsByProgram.get(sourceCode.ast);
  if (cached) return cached;
  const found: TSESTree.Identifier[] = [];
  if (/\.promises\b/.test(sourceCode.text)) {
    walk(sourceCode.ast, (node) => {
      if (
        node.type === AST_NODE_TYPES.MemberExpression &&
        !node.computed &&
        node.property.type === AST_NODE_TYPES.Identifier &&
        node.property.name === 'promises' &&
        node.object.type === AST_NODE_TYPES.Identifier
      ) {
        const binding = resolveModuleBinding(node.object, sourceCode.getScope(node));
        if (binding?.kind === 'module' && binding.module === 'fs') found.push(node.object);
      }
      return true;
    });
  }
  promisesObjectsByProgram.set(sourceCode.ast, found);
  return found;
}

/**
 * The async twin gives the same result for these arguments. Not so for a file descriptor
 * (`readFileSync(0)`: `fs/promises` wants a FileHandle) or `statSync(p, { throwIfNoEntry: false })`
 * (the promise rejects instead of resolving undefined).
 */
function keepsMeaning(call: TSESTree.CallExpression, entry: BlockingEntry): boolean {
  if (!FS_MODULES.has(entry.module)) return true;
  const [first, options] = call.arguments;
  if (first && mayBeDescriptor(first)) return false;
  if ((entry.name === 'statSync' || entry.name === 'lstatSync') && options) {
    return (
      options.type === AST_NODE_TYPES.ObjectExpression &&
      options.properties.every((property) => {
        const key = property.type === AST_NODE_TYPES.Property ? propertyKey(property) : undefined;
        return key !== undefined && key !== 'throwIfNoEntry';
      })
    );
  }
  return true;
}

const FS_MODULES = new Set(['fs', 'graceful-fs', 'fs-extra']);

function mayBeDescriptor(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'number';
  if (node.type === AST_NODE_TYPES.Identifier) return /^fd$|Fd$|descriptor/i.test(node.name);
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    return node.property.name === 'fd';
  }
  return false;
}
