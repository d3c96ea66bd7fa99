import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { builtinSpecifier } from '../fixes/module-access';
import type { TypeOracle } from '../../analysis/types/type-oracle';

export type MessageIds =
  | 'blockingCall'
  | 'busyWait'
  | 'useFsPromises'
  | 'useAccess'
  | 'useAsyncTwin'
  | 'useExecAsync'
  | 'usePromisify'
  | 'useWaitAsync'
  | 'useTimer';

export type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;
export type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/** What every fix builder needs to know about the file and the place of the finding. */
export interface FixContext {
  sourceCode: Readonly<TSESLint.SourceCode>;
  scope: TSESLint.Scope.Scope;
  filename: string;
  /** Type information for the file, when there is some. */
  types: TypeOracle | undefined;
}

/** `node:util` or `util`, as this file writes built-in modules. */
export function builtin(context: FixContext, module: string): string {
  return builtinSpecifier(context.sourceCode.ast, module);
}

export function isTypeScriptFile(context: FixContext): boolean {
  return /\.[cm]?tsx?$/.test(context.filename);
}

/** The call's arguments as written, or undefined when one is spread (its count is unknown). */
export function argumentTexts(context: FixContext, call: TSESTree.CallExpression): string[] | undefined {
  if (call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined;
  return call.arguments.map((argument) => context.sourceCode.getText(argument));
}

/** The import edits of several accesses, dropping the ones the file needs no edit for. */
export function importFixes(...fixes: (Fix | undefined)[]): Fix[] {
  return fixes.filter((fix): fix is Fix => fix !== undefined);
}

/** The key of a written property (`a`, `'a'`), or undefined when computed. */
export function propertyKey(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : undefined;
}
