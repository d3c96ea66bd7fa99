import { descendants } from './functions';
import { bindingNames, bindingsIn, directScope, resolveName } from './scope-bindings';
import { isAsync, type PyNode } from '../../languages/python/syntax-tree';

/**
 * Decorators that hand back the function they decorate, so an `async def` under them still makes
 * a coroutine when called. Any other decorator may wrap it into something else entirely
 * (`@asynccontextmanager`, asgiref's `@async_to_sync`, a framework's route registry), so a
 * decorated `async def` counts only when all its decorators are listed here.
 */
const TRANSPARENT_DECORATORS = new Set([
  'staticmethod', 'classmethod', 'abstractmethod', 'abc.abstractmethod', 'overload', 'typing.overload',
  'override', 'typing.override', 'typing_extensions.override', 'final', 'typing.final', 'wraps', 'functools.wraps',
]);

/** The decorators above a def, outermost first; none for a plain def or a lambda. */
export function decoratorsOf(fn: PyNode): PyNode[] {
  const parent = fn.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.children.filter((child) => child.type === 'decorator');
}

/** `@name`, `@a.b`, `@wraps(f)` → `name`, `a.b`, `wraps`; undefined for anything more complex. */
export function decoratorName(decorator: PyNode): string | undefined {
  let expression = decorator.children[0];
  if (expression?.type === 'call') expression = expression.fields.function;
  return expression ? dottedText(expression) : undefined;
}

function dottedText(expression: PyNode): string | undefined {
  if (expression.type === 'identifier') return expression.text;
  if (expression.type !== 'attribute') return undefined;
  const object = expression.fields.object;
  const base = object ? dottedText(object) : undefined;
  const attribute = expression.fields.attribute?.text;
  return base && attribute ? `${base}.${attribute}` : undefined;
}

export function hasOnlyTransparentDecorators(fn: PyNode): boolean {
  return decoratorsOf(fn).every((decorator) => TRANSPARENT_DECORATORS.has(decoratorName(decorator) ?? ''));
}

/** Whether a def's own body yields (nested defs and lambdas are theirs, not its). */
export function isGenerator(fn: PyNode): boolean {
  const body = fn.fields.body;
  if (!body) return false;
  for (const node of descendants(body)) if (node.type === 'yield') return true;
  return false;
}

/**
 * Whether calling this def returns a coroutine: `async def`, not an async generator (that returns
 * an async iterator, which cannot be awaited), and not reshaped by a decorator.
 */
export function isCoroutineFunction(fn: PyNode): boolean {
  return fn.type === 'function_definition' && isAsync(fn) && !isGenerator(fn) && hasOnlyTransparentDecorators(fn);
}

/**
 * The `async def` a plain name calls from `at`, when every binding of that name in the scope Python
 * finds it in is a coroutine function (a second `def`, an assignment or an import of the same name
 * makes it unknown).
 */
export function coroutineFunctionNamed(name: string, at: PyNode): PyNode | undefined {
  const resolved = resolveName(name, at);
  if (!resolved) return undefined;
  const { bindings } = resolved;
  if (!bindings.every((binding) => binding.kind === 'def' && isCoroutineFunction(binding.node))) return undefined;
  return bindings[0]?.node;
}

/** The names a module binds only to coroutine functions: what another file may import and call. */
export function moduleCoroutineNames(module: PyNode): Set<string> {
  const names = new Set<string>();
  for (const name of bindingNames(module)) {
    const bindings = bindingsIn(module, name);
    if (bindings.every((binding) => binding.kind === 'def' && isCoroutineFunction(binding.node))) names.add(name);
  }
  return names;
}

const classMethodCache = new WeakMap<PyNode, Set<string>>();

/**
 * The coroutine methods a class has: its own `async def`s and those it inherits from base classes
 * defined in the same file (left to right, depth first, as long as every base before is known). A
 * name the class binds otherwise, or assigns as an attribute anywhere inside the class
 * (`self.fetch = ...`), is left out; so is anything a base from elsewhere might define first.
 */
export function classCoroutineMethods(cls: PyNode): Set<string> {
  const cached = classMethodCache.get(cls);
  if (cached) return cached;
  classMethodCache.set(cls, new Set());
  const methods = new Set(ownCoroutineMethods(cls));
  const shadowed = new Set([...bindingNames(cls), ...assignedAttributes(cls)]);
  for (const base of baseClasses(cls)) {
    // A base from another module may define any name first: nothing more is known past it.
    if (!base) break;
    for (const name of classCoroutineMethods(base)) if (!shadowed.has(name)) methods.add(name);
    for (const name of bindingNames(base)) shadowed.add(name);
  }
  classMethodCache.set(cls, methods);
  return methods;
}

function ownCoroutineMethods(cls: PyNode): Set<string> {
  const assigned = assignedAttributes(cls);
  const methods = new Set<string>();
  for (const name of bindingNames(cls)) {
    const bindings = bindingsIn(cls, name);
    if (assigned.has(name)) continue;
    if (bindings.every((binding) => binding.kind === 'def' && isCoroutineFunction(binding.node))) methods.add(name);
  }
  return methods;
}

function assignedAttributes(cls: PyNode): Set<string> {
  const names = new Set<string>();
  for (const node of descendants(cls, { enterFunctions: true })) {
    if (node.type !== 'assignment' && node.type !== 'augmented_assignment') continue;
    for (const target of descendants(node.fields.left ?? node)) {
      if (target.type === 'attribute' && target.fields.attribute) names.add(target.fields.attribute.text);
    }
  }
  return names;
}

/** The bases of a class in order, each the class of this file it names, or undefined when not one (`object` is skipped). */
function baseClasses(cls: PyNode): (PyNode | undefined)[] {
  const list = cls.fields.superclasses?.children ?? [];
  const bases: (PyNode | undefined)[] = [];
  for (const base of list) {
    if (base.type === 'keyword_argument') continue;
    if (base.type === 'identifier' && base.text === 'object') continue;
    const resolved = base.type === 'identifier' ? resolveName(base.text, cls) : undefined;
    const [binding] = resolved?.bindings ?? [];
    bases.push(resolved?.bindings.length === 1 && binding?.kind === 'class' && binding.node !== cls ? binding.node : undefined);
  }
  return bases;
}

/**
 * The class whose instance (or class, in a classmethod) a name stands for: `self` in a method,
 * also seen from a closure inside it. Undefined in a staticmethod, or when the name is rebound.
 */
export function classOfSelf(receiver: PyNode): PyNode | undefined {
  if (receiver.type !== 'identifier') return undefined;
  const resolved = resolveName(receiver.text, receiver);
  if (!resolved || resolved.bindings.length !== 1) return undefined;
  const [binding] = resolved.bindings;
  const method = resolved.scope;
  if (binding?.kind !== 'parameter' || method.type !== 'function_definition') return undefined;
  if (method.fields.parameters?.children[0] !== binding.node) return undefined;
  if (decoratorsOf(method).some((decorator) => decoratorName(decorator) === 'staticmethod')) return undefined;
  const owner = directScope(method);
  return owner?.type === 'class_definition' ? owner : undefined;
}
