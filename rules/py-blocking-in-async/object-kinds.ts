import { descendants, enclosingFunction } from '../../analysis/python/functions';
import { parameterName, type NameResolver } from '../../analysis/python/names';
import type { PythonSourceCode } from '../../languages/python/source-code';
import type { PyNode } from '../../languages/python/syntax-tree';
import { isExemptCall, PATH_KIND, SAME_KIND, type Catalogue } from './catalogue';
import { moduleOf } from '../../analysis/python/scope-bindings';

/** Methods of a Path that hand back a Path, so `base.parent` and `base / "x"` stay Paths. */
const PATH_ATTRIBUTES = new Set(['parent']);

/**
 * What a call is, in the catalogue's words: `time.sleep` for an imported function, and
 * `requests.Session().get` for a method of an object whose making the code shows. Objects are
 * followed only where nothing is guessed: a chain (`requests.Session().get`), or a local or
 * module-level name every binding of which makes the same kind of object. Parameters, attributes
 * (`self.session`) and names bound any other way are unknown, so their methods are never reported.
 */
export class CallKinds {
  private readonly bindingKinds = new Map<string, string | undefined>();
  private readonly resolving = new Set<string>();

  constructor(
    private readonly sourceCode: PythonSourceCode,
    private readonly names: NameResolver,
    private readonly catalogue: Catalogue,
  ) {}

  /** The catalogue key of a call (`time.sleep`, `sqlite3.connect().execute`), when there is one. */
  callKey(call: PyNode): string | undefined {
    const callee = call.fields.function;
    const qualified = this.names.qualifiedName(callee);
    if (qualified) return qualified;
    if (callee?.type !== 'attribute') return undefined;
    const kind = this.kindOf(callee.fields.object);
    const method = callee.fields.attribute?.text;
    return kind && method ? `${kind}.${method}` : undefined;
  }

  /** The kind of object an expression is (`requests.Session()`), when the code shows it. */
  kindOf(expression: PyNode | undefined): string | undefined {
    if (!expression) return undefined;
    switch (expression.type) {
      case 'parenthesized_expression':
        return expression.children.length === 1 ? this.kindOf(expression.children[0]) : undefined;
      case 'call': {
        const key = this.callKey(expression);
        if (!key || this.isExempt(expression, key)) return undefined;
        return this.tracked(`${key}()`);
      }
      case 'binary_operator': {
        const { left, right } = expression.fields;
        if (!left || !right) return undefined;
        const operator = this.sourceCode.text.slice(left.range[1], right.range[0]).trim();
        return operator === '/' && this.kindOf(left) === PATH_KIND ? PATH_KIND : undefined;
      }
      case 'attribute': {
        const attribute = expression.fields.attribute?.text ?? '';
        return PATH_ATTRIBUTES.has(attribute) && this.kindOf(expression.fields.object) === PATH_KIND ? PATH_KIND : undefined;
      }
      case 'identifier':
        return this.kindOfName(expression);
      default:
        return undefined;
    }
  }

  /** A catalogued call that does not block in this form (see isExemptCall). */
  isExempt(call: PyNode, key: string): boolean {
    const first = call.fields.arguments?.children[0];
    return isExemptCall(key, first ? this.sourceCode.textOf(first) : undefined);
  }

  private tracked(kind: string): string | undefined {
    const same = SAME_KIND[kind] ?? kind;
    return this.catalogue.isTrackedKind(same) ? same : undefined;
  }

  /** A name's kind: every binding in the scope that owns it makes the same kind of object. */
  private kindOfName(identifier: PyNode): string | undefined {
    const name = identifier.text;
    const scope = owningScope(name, identifier);
    if (scope === 'unknown') return undefined;
    const cacheKey = `${scope ? scope.range.join(':') : 'module'}:${name}`;
    if (this.bindingKinds.has(cacheKey)) return this.bindingKinds.get(cacheKey);
    // `p = p / "x"` asks for p's kind while working it out: unknown rather than a loop.
    if (this.resolving.has(cacheKey)) return undefined;
    this.resolving.add(cacheKey);
    const values = bindingValues(name, scope ?? moduleOf(identifier));
    let kind: string | undefined;
    if (values && values.length > 0) {
      const kinds = new Set(values.map((value) => this.kindOf(value)));
      kind = kinds.size === 1 ? [...kinds][0] : undefined;
    }
    this.resolving.delete(cacheKey);
    this.bindingKinds.set(cacheKey, kind);
    return kind;
  }
}

/**
 * The function whose local `name` is (null: the module), or 'unknown' when a parameter,
 * `global` or `nonlocal` makes the binding something this file does not show.
 */
function owningScope(name: string, at: PyNode): PyNode | null | 'unknown' {
  // Asked for every receiver name; each answer walks a function body, so it is kept per scope.
  const start = enclosingFunction(at) ?? moduleOf(at);
  let answers = owningScopes.get(start);
  if (!answers) owningScopes.set(start, (answers = new Map<string, PyNode | null | 'unknown'>()));
  let answer = answers.get(name);
  if (answer === undefined) answers.set(name, (answer = findOwningScope(name, at)));
  return answer;
}

const owningScopes = new WeakMap<PyNode, Map<string, PyNode | null | 'unknown'>>();

function findOwningScope(name: string, at: PyNode): PyNode | null | 'unknown' {
  for (let scope = enclosingFunction(at); scope; scope = enclosingFunction(scope)) {
    if (scope.type === 'lambda' || hasParameter(scope, name)) return 'unknown';
    const body = scope.fields.body;
    if (!body) return 'unknown';
    let binds = false;
    for (const node of descendants(body)) {
      if ((node.type === 'global_statement' || node.type === 'nonlocal_statement') && node.children.some((child) => child.text === name)) return 'unknown';
      if (!binds && bindsName(node, name)) binds = true;
    }
    if (binds) return scope;
  }
  // A module-level name that some function rebinds through `global` can hold anything.
  return globalNames(moduleOf(at)).has(name) ? 'unknown' : null;
}

const globalNamesByModule = new WeakMap<PyNode, Set<string>>();

/** Every name a `global` statement anywhere in the module names. */
function globalNames(root: PyNode): Set<string> {
  let names = globalNamesByModule.get(root);
  if (!names) {
    names = new Set<string>();
    for (const node of descendants(root, { enterFunctions: true })) {
      if (node.type === 'global_statement') for (const child of node.children) names.add(child.text);
    }
    globalNamesByModule.set(root, names);
  }
  return names;
}

function hasParameter(fn: PyNode, name: string): boolean {
  return (fn.fields.parameters?.children ?? []).some((parameter) => parameterName(parameter) === name);
}

function bindsName(node: PyNode, name: string): boolean {
  return bindingValue(node, name) !== undefined;
}

/** A binding whose value this file does not show as one expression. */
const UNKNOWN_VALUE = Symbol('unknown binding');
type BoundValue = PyNode | typeof UNKNOWN_VALUE;

/**
 * What a node binds `name` to: the assigned expression, the `with ... as name` value, or
 * UNKNOWN_VALUE for any other binding (a loop target, a tuple unpacking, an import, a def).
 * Undefined when the node does not bind the name.
 */
function bindingValue(node: PyNode, name: string): BoundValue | undefined {
  const isName = (target: PyNode | undefined): boolean => target?.type === 'identifier' && target.text === name;
  const mentions = (target: PyNode | undefined): boolean => target !== undefined && boundNames(target).includes(name);
  switch (node.type) {
    case 'assignment': {
      const { left, right } = node.fields;
      if (isName(left)) return right?.type === 'assignment' ? finalValue(right) : (right ?? UNKNOWN_VALUE);
      return mentions(left) ? UNKNOWN_VALUE : undefined;
    }
    case 'augmented_assignment':
    case 'for_statement':
    case 'for_in_clause':
    case 'named_expression':
      return mentions(node.fields.left ?? node.fields.name) ? UNKNOWN_VALUE : undefined;
    case 'as_pattern': {
      const target = node.fields.alias;
      if (!mentions(target)) return undefined;
      const identifier = target?.children.length === 1 ? target.children[0] : undefined;
      // `with X as name`: the value of X (the objects followed here return themselves from __enter__).
      return node.parent?.type === 'with_item' && isName(identifier) ? (node.children[0] ?? UNKNOWN_VALUE) : UNKNOWN_VALUE;
    }
    case 'function_definition':
    case 'class_definition':
      return node.fields.name?.text === name ? UNKNOWN_VALUE : undefined;
    case 'import_statement':
    case 'import_from_statement':
    case 'delete_statement':
      return [...descendants(node)].some((child) => child.type === 'identifier' && child.text === name) ? UNKNOWN_VALUE : undefined;
    default:
      return undefined;
  }
}

/** The names a target binds: `a`, `(a, *b)`; none for `self.a` or `a[i]`, which bind nothing. */
function boundNames(target: PyNode): string[] {
  if (target.type === 'identifier') return [target.text];
  if (target.type === 'attribute' || target.type === 'subscript') return [];
  return target.children.flatMap(boundNames);
}

/** `a = b = X()`: the value at the end of the chain. */
function finalValue(assignment: PyNode): BoundValue {
  let current = assignment;
  while (current.type === 'assignment' && current.fields.right) current = current.fields.right;
  return current.type === 'assignment' ? UNKNOWN_VALUE : current;
}

/** Every value `name` is bound to directly in `scope` (nested functions and classes have their own). */
function bindingValues(name: string, scope: PyNode): PyNode[] | undefined {
  const body = scope.type === 'module' ? scope : scope.fields.body;
  if (!body) return undefined;
  const values: PyNode[] = [];
  for (const node of descendants(body)) {
    if (node !== scope && (node.type === 'function_definition' || node.type === 'class_definition')) {
      if (node.fields.name?.text === name) return undefined;
      continue;
    }
    const value = bindingValue(node, name);
    if (value === UNKNOWN_VALUE) return undefined;
    if (value) values.push(value);
  }
  return values;
}
