import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { resolveModuleBinding } from '../../analysis/js/module-binding';
import type { TypeFacts } from './type-facts';
import {
  effectOfName,
  httpMethodEffect,
  isPassThroughLink,
  isResourceName,
  isResourceTypeName,
  type Effect,
} from '../../analysis/effects/vocabulary';

/** What one awaited expression starts, as far as the rule can tell. */
export interface Operation {
  /** The call that starts the work; undefined when the awaited value was started earlier (`await p`). */
  call: TSESTree.CallExpression | TSESTree.NewExpression | undefined;
  effect: Effect;
  /** Ordered resources the call uses (`tx`, `this.client`, `page`), keyed by their path, with their root node. */
  resources: Map<string, TSESTree.Node>;
  /** The root of the callee chain: `items` in `items[0].load()`, `fetchUser` in `fetchUser(id)`. */
  calleeRoot: TSESTree.Node | undefined;
  /** The called names that say what the work is (`getUser` in `api.getUser(id).then(...)`). */
  names: string[];
}

/** Modules whose functions run processes, ask a person, or pace work. */
const ORDERED_MODULES = /^(?:child_process|execa|cross-spawn|zx|tinyexec|nano-spawn|inquirer|@inquirer\/.+|prompts|enquirer|@clack\/prompts|readline(?:\/promises)?|timers\/promises|delay|p-retry|async-retry|p-wait-for|p-limit|p-queue|p-throttle|bottleneck)$/;

/** SQL statements that change data or the session: order matters even on a pool. */
const WRITING_SQL = /^\s*(?:insert|update|delete|create|drop|alter|begin|start|commit|rollback|savepoint|release|set|lock|truncate|grant|revoke|merge|replace|call|exec|vacuum|copy|listen|notify|use)\b/i;

const HTTP_ROUTE = /^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)\s/;

export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

interface Link {
  name: string;
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The object the method is called on, when the callee is a member. */
  receiver: TSESTree.Node | undefined;
}

/** `a.b(x).c(y)` → links c (receiver `a.b(x)`), b (receiver `a`), outermost first. */
function chainLinks(start: TSESTree.Node): { links: Link[]; root: TSESTree.Node | undefined } {
  const links: Link[] = [];
  let current = unwrapExpression(start);
  while (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) {
    const callee = compiledCallee(unwrapExpression(current.callee));
    if (callee.type === AST_NODE_TYPES.Identifier) {
      links.push({ name: callee.name, call: current, receiver: undefined });
      return { links, root: callee };
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      links.push({ name: '', call: current, receiver: undefined });
      return { links, root: callee };
    }
    links.push({ name: memberCallName(callee), call: current, receiver: callee.object });
    current = unwrapExpression(callee.object);
  }
  return { links, root: current };
}

/** Compilers call imports as `(0, mod.fn)(...)`: the callee is the last expression. */
function compiledCallee(callee: TSESTree.Node): TSESTree.Node {
  if (callee.type !== AST_NODE_TYPES.SequenceExpression) return callee;
  const last = callee.expressions.at(-1);
  return last ? unwrapExpression(last) : callee;
}

/**
 * The name a method call goes by: `writeChangeset` for the interop form
 * `writeChangeset__default["default"](...)` a compiler writes for a default import.
 */
function memberCallName(callee: TSESTree.MemberExpression): string {
  const name = propertyName(callee) ?? '';
  if (name !== 'default' || callee.object.type !== AST_NODE_TYPES.Identifier) return name;
  return callee.object.name.replace(/_+default$/i, '');
}

function propertyName(member: TSESTree.MemberExpression): string | undefined {
  const { property } = member;
  if (!member.computed && property.type === AST_NODE_TYPES.Identifier) return property.name;
  if (!member.computed && property.type === AST_NODE_TYPES.PrivateIdentifier) return property.name;
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') return property.value;
  return undefined;
}

/** Reads an awaited expression: which call starts the work, what it does, what it holds on to. */
export function describeOperation(
  argument: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
  types: TypeFacts,
): Operation {
  const { links, root } = chainLinks(argument);
  const resources = new Map<string, TSESTree.Node>();
  const first = links[0];
  if (!first || isPromiseCombinator(first, root)) {
    return { call: undefined, effect: 'neutral', resources, calleeRoot: root, names: [] };
  }
  let effect: Effect = 'neutral';
  const names: string[] = [];
  links.forEach((link, index) => {
    const innermost = index === links.length - 1;
    if (!innermost && isPassThroughLink(link.name)) return;
    names.push(link.name);
    effect = strongest(effect, linkEffect(link, scope));
    if (link.receiver) addResource(resources, link.receiver, types);
    for (const arg of link.call.arguments) addResource(resources, arg, types);
  });
  return { call: first.call, effect, resources, calleeRoot: root, names };
}

const RANK: Record<Effect, number> = { neutral: 0, read: 1, write: 2, pause: 3 };

function strongest(a: Effect, b: Effect): Effect {
  return RANK[b] > RANK[a] ? b : a;
}

function linkEffect(link: Link, scope: TSESLint.Scope.Scope): Effect {
  if (link.call.type === AST_NODE_TYPES.NewExpression) {
    // `await new Promise(resolve => setTimeout(resolve, ms))` is a sleep; other constructors are
    // not awaited work the rule can reason about.
    return link.name === 'Promise' ? 'pause' : 'neutral';
  }
  const binding = resolveModuleBinding(link.call.callee, scope);
  if (binding && ORDERED_MODULES.test(binding.module)) {
    return binding.module.includes('timers') || binding.module === 'delay' ? 'pause' : 'write';
  }
  const command = commandEffect(link);
  if (command) return command;
  let effect = effectOfName(link.name);
  const [firstArgument] = link.call.arguments;
  const literal = firstArgument && stringValue(firstArgument);
  if (literal !== undefined) {
    const route = HTTP_ROUTE.exec(literal);
    if (route?.[1]) effect = strongest(effect, httpMethodEffect(route[1]));
    if (WRITING_SQL.test(literal)) effect = strongest(effect, 'write');
  }
  return strongest(effect, requestOptionsEffect(link));
}

/** AWS SDK v3: `client.send(new GetObjectCommand(...))` does what its command's name says. */
function commandEffect(link: Link): Effect | undefined {
  const [command] = link.call.arguments;
  if (link.name !== 'send' || command?.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const name = command.callee.type === AST_NODE_TYPES.Identifier ? command.callee.name : '';
  return name.endsWith('Command') ? effectOfName(name) : undefined;
}

/** `fetch(url, { method: 'POST' })`: the method says whether the request writes. */
function requestOptionsEffect(link: Link): Effect {
  for (const arg of link.call.arguments) {
    if (arg.type !== AST_NODE_TYPES.ObjectExpression) continue;
    for (const property of arg.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : stringValue(property.key);
      if (key !== 'method') continue;
      const method = stringValue(property.value);
      return method === undefined ? 'write' : httpMethodEffect(method);
    }
  }
  return 'neutral';
}

function stringValue(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `Promise.all(...)`, `Promise.resolve()`: already a combination, or a deliberate tick. */
function isPromiseCombinator(link: Link, root: TSESTree.Node | undefined): boolean {
  return link.receiver !== undefined && root?.type === AST_NODE_TYPES.Identifier && root.name === 'Promise';
}

/**
 * Records `node` when it is (or goes through) an ordered resource: by name (`tx.user`, `this.client`)
 * or, with types, by its type (`PoolClient`, `Page`). The key is the path up to the resource.
 */
function addResource(resources: Map<string, TSESTree.Node>, node: TSESTree.Node, types: TypeFacts): void {
  const path = memberSegments(unwrapExpression(node));
  if (!path) return;
  const at = path.segments.findIndex((segment, index) => isResourceName(segment) || (index === 0 && segment === 'this' && isResourceClass(node)));
  if (at >= 0) {
    resources.set(path.segments.slice(0, at + 1).join('.'), path.root);
    return;
  }
  if (path.segments.length > 0 && types.isResource(node)) resources.set(path.segments.join('.'), path.root);
}

/**
 * `this` in a class that is itself an ordered resource: every `this.query(...)` of a
 * `PostgresQueryRunner`, `MongoClientSession` or `AbstractCursor` goes through one connection.
 */
function isResourceClass(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) {
      return current.id !== null && isResourceTypeName(current.id.name);
    }
  }
  return false;
}

/** `this.db.client` → this, db, client; undefined for anything that is not a plain path. */
function memberSegments(node: TSESTree.Node): { segments: string[]; root: TSESTree.Node } | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return { segments: [node.name], root: node };
  if (node.type === AST_NODE_TYPES.ThisExpression) return { segments: ['this'], root: node };
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = memberSegments(unwrapExpression(node.object));
  const name = propertyName(node);
  if (!object || name === undefined) return undefined;
  return { segments: [...object.segments, name], root: object.root };
}

/** Two operations use one ordered resource, so they must not overlap. */
export function shareResource(a: Operation, b: Operation): boolean {
  for (const key of a.resources.keys()) if (b.resources.has(key)) return true;
  return false;
}
