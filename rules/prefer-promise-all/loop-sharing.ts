import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { memberRoot, overlaps, type Bindings } from '../../analysis/js/references';
import { walk } from '../../analysis/js/walk';
import type { Analysis } from './awaited';
import type { IndependentLoop } from './loops';
import { unwrapExpression } from './operations';
import { effectOfName, isLogCall } from '../../analysis/effects/vocabulary';

const ARRAY_MUTATORS = new Set(['push', 'unshift', 'splice', 'pop', 'shift', 'sort', 'reverse', 'fill', 'copyWithin']);
/** Keyed writes whose result does not depend on the order they happen in. */
const KEYED_WRITES = new Set(['set', 'add', 'delete']);

export interface SharingContext {
  loop: IndependentLoop;
  loopVariables: readonly TSESLint.Scope.Variable[];
  perItem: Bindings;
  /** The `results.push(value)` the rewrite turns into a mapped result. */
  collectCall: TSESTree.Node | undefined;
  /** Where the first await of the body starts: code before it runs in item order in the rewrite too. */
  firstAwait: number;
  awaitedReads: Bindings[];
  analysis: Analysis;
}

/**
 * Nothing in the body carries state from one iteration to the next or makes the order visible:
 * no outer variable is reassigned, outer objects only get per-item keys (`byId[item.id] = ...`,
 * `map.set(item.id, ...)`), nothing is pushed in order after an await, nothing is logged.
 */
export function sharesNothing(body: TSESTree.Statement, context: SharingContext): boolean {
  const { loop, perItem, collectCall, analysis } = context;
  let shared = false;
  const isOuter = (node: TSESTree.Node): boolean => {
    const root = memberRoot(node);
    if (root.type === AST_NODE_TYPES.ThisExpression) return true;
    if (root.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = analysis.references.referenceOf(root)?.resolved;
    return !variable || !variable.defs.some((definition) => isInside(definition.name, loop));
  };
  // A keyed write is order-free when the key is the loop index (positions do not move), or when
  // the container is only ever looked up by key; otherwise its insertion order would change.
  const keyedByItem = (key: TSESTree.Node, object: TSESTree.Node): boolean =>
    overlaps(analysis.references.readsIn(key), perItem) && (isIndexKey(key, context) || isLookupOnly(object, context));
  const early = (node: TSESTree.Node, object: TSESTree.Node): boolean => isEarlyMutation(node, object, context);
  walk(body, (node) => {
    if (shared) return false;
    const reference = analysis.references.referenceOf(node);
    if (reference?.isWrite() && (!reference.resolved || isOuter(node))) shared = true;
    if (node.type === AST_NODE_TYPES.UpdateExpression && node.argument.type === AST_NODE_TYPES.MemberExpression && isOuter(node.argument)) {
      shared = true;
    }
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression && isOuter(node.left)) {
      const { left } = node;
      const root = memberRoot(left);
      const keyed = left.computed && keyedByItem(left.property, left.object) && !overlaps(analysis.references.readsIn(node.right), analysis.references.readsIn(root));
      shared ||= !keyed && !early(node, left);
    }
    if (node.type === AST_NODE_TYPES.CallExpression && node !== collectCall) shared ||= sharedCall(node, isOuter, keyedByItem, early);
    return !shared;
  });
  return !shared;
}

/**
 * A change to an outer array or object made before the iteration's first await: the rewrite
 * runs that part of every callback in item order too, so the order is kept, as long as no
 * awaited call reads the object (it would see every item's change at once).
 */
function isEarlyMutation(node: TSESTree.Node, object: TSESTree.Node, context: SharingContext): boolean {
  if (node.range[1] > context.firstAwait) return false;
  const root = memberRoot(object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const rootBindings = context.analysis.references.readsIn(root);
  return !context.awaitedReads.some((reads) => overlaps(reads, rootBindings));
}

/** `results[i] = ...` in `for (let i = 0; i < items.length; i++)`: every item writes its own position. */
function isIndexKey(key: TSESTree.Node, context: SharingContext): boolean {
  if (context.loop.type !== AST_NODE_TYPES.ForStatement || key.type !== AST_NODE_TYPES.Identifier) return false;
  const resolved = context.analysis.references.referenceOf(key)?.resolved;
  return resolved !== null && resolved !== undefined && context.loopVariables.includes(resolved);
}

const LOOKUP_METHODS = new Set(['get', 'has', 'set', 'add', 'delete']);

/**
 * A local `{}`, `new Map()` or `new Set()` that is only ever read or written by key
 * (`byId[id]`, `cache.get(id)`): never iterated, returned or handed to other code, so the order
 * its keys were added in cannot be seen.
 */
function isLookupOnly(object: TSESTree.Node, context: SharingContext): boolean {
  const root = memberRoot(object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = context.analysis.references.referenceOf(root)?.resolved;
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable' || !isEmptyContainer(definition.node.init)) return false;
  return variable.references.every((reference) => {
    if (reference.init) return true;
    const { parent } = reference.identifier;
    if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier) return false;
    if (parent.computed) return true;
    const name = parent.property.type === AST_NODE_TYPES.Identifier ? parent.property.name : '';
    return LOOKUP_METHODS.has(name) && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent;
  });
}

function isEmptyContainer(init: TSESTree.Expression | null): boolean {
  if (init?.type === AST_NODE_TYPES.ObjectExpression) return init.properties.length === 0;
  if (init?.type !== AST_NODE_TYPES.NewExpression || init.callee.type !== AST_NODE_TYPES.Identifier) return false;
  return ['Map', 'Set'].includes(init.callee.name) && init.arguments.length === 0;
}

/** A call that is not per item: logging, an in-order mutation, or any write to something outside. */
function sharedCall(
  call: TSESTree.CallExpression,
  isOuter: (node: TSESTree.Node) => boolean,
  keyedByItem: (key: TSESTree.Node, object: TSESTree.Node) => boolean,
  early: (node: TSESTree.Node, object: TSESTree.Node) => boolean,
): boolean {
  const callee = unwrapExpression(call.callee);
  const names = calleePath(callee);
  if (isLogCall(names)) return true;
  const method = names.at(-1) ?? '';
  if (callee.type === AST_NODE_TYPES.Identifier) return effectOfName(method) === 'write' || effectOfName(method) === 'pause';
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !isOuter(callee.object)) return false;
  if (KEYED_WRITES.has(method) && call.arguments[0] && keyedByItem(call.arguments[0], callee.object)) return false;
  if (KEYED_WRITES.has(method) || ARRAY_MUTATORS.has(method)) return !early(call, callee.object);
  const effect = effectOfName(method);
  return effect === 'write' || effect === 'pause';
}

export function isInside(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

export function calleePath(node: TSESTree.Node): string[] {
  if (node.type === AST_NODE_TYPES.Identifier) return [node.name];
  if (node.type !== AST_NODE_TYPES.MemberExpression) return [];
  const object = calleePath(unwrapExpression(node.object));
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return [...object, node.property.name];
  return object;
}
