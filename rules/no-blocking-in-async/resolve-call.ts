import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { resolveModuleBinding } from '../../analysis/js/module-binding';
import type { TypeOracle } from '../../analysis/types/type-oracle';
import { ATOMICS_WAIT, CATALOGUED_NAMES, lookupBlockingCall, RANDOM_BYTES, type BlockingEntry } from './catalogue';

/** Below this many bytes, `randomBytes` without a callback returns in microseconds. */
export const SMALL_RANDOM_BYTES = 1024;

export interface BlockingCall {
  entry: BlockingEntry;
  /**
   * For `fs.readFileSync(...)`-style calls: the callee's object, when it is the entry's module
   * object itself (so `fs.promises` or a twin `fs.x` can be written on it).
   */
  moduleObject?: TSESTree.Expression;
  /** Found only through the type checker (a re-export): fixes that name the module stay off. */
  viaTypes: boolean;
}

/**
 * The catalogue entry a call hits, resolved like a compiler: through imports, requires and
 * aliases, then (with type information) through re-exports. A function that only shares a name
 * with a catalogued one is never matched.
 */
export function findBlockingCall(
  call: TSESTree.CallExpression,
  scope: TSESLint.Scope.Scope,
  extra: readonly BlockingEntry[],
  types: TypeOracle | undefined,
): BlockingCall | undefined {
  const { callee } = call;
  if (isGlobalMember(callee, scope, 'Atomics', 'wait')) return { entry: ATOMICS_WAIT, viaTypes: false };
  const binding = resolveModuleBinding(nativeVariantOf(callee, scope) ?? callee, scope);
  if (binding?.kind === 'module') {
    const entry = lookupBlockingCall(binding.module, undefined, extra);
    return entry && { entry, viaTypes: false };
  }
  if (binding) {
    const entry = entryFor(binding.module, binding.name, call, extra);
    if (entry) return { entry, viaTypes: false, ...moduleObjectOf(callee, scope, entry) };
  }
  // Ask the checker only about imported names (they may be re-exports, renamed or not) and
  // catalogued names on objects syntax cannot follow.
  if (!binding && !mayBeCatalogued(callee, extra)) return undefined;
  const typed = types?.moduleExport(callee);
  const entry = typed && entryFor(typed.module, typed.name, call, extra);
  return entry && { entry, viaTypes: true };
}

function entryFor(
  module: string,
  name: string,
  call: TSESTree.CallExpression,
  extra: readonly BlockingEntry[],
): BlockingEntry | undefined {
  if (module === 'crypto' && (name === 'randomBytes' || name === 'pseudoRandomBytes')) {
    return isBlockingRandomBytes(call) ? RANDOM_BYTES : undefined;
  }
  return lookupBlockingCall(module, name, extra);
}

/**
 * `randomBytes(n)` without a callback is synchronous. A literal size under
 * `SMALL_RANDOM_BYTES` (tokens, ids, salts) returns in microseconds: not worth a report.
 */
function isBlockingRandomBytes(call: TSESTree.CallExpression): boolean {
  const [size, callback] = call.arguments;
  if (callback) return false;
  return !(size?.type === AST_NODE_TYPES.Literal && typeof size.value === 'number' && size.value < SMALL_RANDOM_BYTES);
}

/** `fs.realpathSync.native(p)` blocks like `fs.realpathSync(p)`. */
function nativeVariantOf(callee: TSESTree.Node, scope: TSESLint.Scope.Scope): TSESTree.Node | undefined {
  if (callee.type !== AST_NODE_TYPES.MemberExpression || ASTUtils.getPropertyName(callee, scope) !== 'native') return undefined;
  const binding = resolveModuleBinding(callee.object, scope);
  return binding?.kind === 'export' && binding.name === 'realpathSync' ? callee.object : undefined;
}

function moduleObjectOf(
  written: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
  entry: BlockingEntry,
): Pick<BlockingCall, 'moduleObject'> {
  // `(0, fs_1.readFileSync)(p)`: compiled code calls the member without a `this`.
  const callee = written.type === AST_NODE_TYPES.SequenceExpression ? written.expressions.at(-1)! : written;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.optional) return {};
  if (callee.object.type === AST_NODE_TYPES.Super) return {};
  const object = resolveModuleBinding(callee.object, scope);
  return object?.kind === 'module' && object.module === entry.module ? { moduleObject: callee.object } : {};
}

/** A cheap filter before asking the type checker: the callee's name is one the catalogue lists. */
function mayBeCatalogued(callee: TSESTree.Node, extra: readonly BlockingEntry[]): boolean {
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier
        ? callee.property.name
        : undefined;
  return name !== undefined && (CATALOGUED_NAMES.has(name) || extra.some((entry) => entry.name === name));
}

function isGlobalMember(node: TSESTree.Node, scope: TSESLint.Scope.Scope, object: string, property: string): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed) return false;
  if (node.object.type !== AST_NODE_TYPES.Identifier || node.object.name !== object) return false;
  if (node.property.type !== AST_NODE_TYPES.Identifier || node.property.name !== property) return false;
  const variable = ASTUtils.findVariable(scope, object);
  return !variable || variable.defs.length === 0;
}

/** `fs.readFileSync` as the message shows it: the canonical name, and the alias when one was used. */
export function calleeLabel(call: TSESTree.CallExpression, entry: BlockingEntry): string {
  if (entry.module === '') return entry.name;
  const canonical = entry.name === '*' ? entry.module : `${entry.module}.${entry.name}`;
  const { callee } = call;
  const written = callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
  return written && written !== entry.name ? `${written} (${canonical})` : canonical;
}
