import { classCoroutineMethods, classOfSelf, isCoroutineFunction } from '../async-definitions';
import { unparenthesized } from '../dependencies';
import { descendants } from '../functions';
import { NameResolver } from '../names';
import { bindingsIn, resolveName, type Binding } from '../scope-bindings';
import { importedPath, importedPathOf, workspaceModuleDefining } from '../workspace-modules';
import { isAsync, type PyModule, type PyNode } from '../../../languages/python/syntax-tree';
import { namedTypes, stringAnnotationNames } from './annotations';
import { ANNOTATED, CALLABLE_KINDS, LIBRARY_KINDS, MADE_BY, type LibraryKind, type Taking } from './library-kinds';
import { reachingBindings } from './reaching';

/**
 * What a value is, as far as the rules care: an object of a known async library
 * (`asyncpg.Connection`), or an instance of a class of the workspace, whose `async def` methods
 * are known from its source.
 */
export type ValueKind =
  | { type: 'library'; name: string; info: LibraryKind; coroutines: ReadonlySet<string> }
  | { type: 'instance'; name: string; coroutines: ReadonlySet<string>; cls: PyNode; values: PythonValues };

export interface ValuesContext {
  filename?: string;
  cwd?: string;
}

/** How deep the model follows one question through names, attributes and other files. */
const MAX_DEPTH = 6;

const models = new WeakMap<PyModule, PythonValues>();

/**
 * The value model of one Python file, shared by every rule that lints it (the way ruff's semantic
 * model is built once and handed to each rule). It answers "what does this expression hold?"
 * from how the value was made, what the code declares, and which bindings reach the place
 * asked about. Every answer is cached for the file's lifetime; an unknown is `undefined`, never a
 * guess: when the candidate values of a name disagree, the name is unknown.
 */
export class PythonValues {
  readonly names: NameResolver;
  private readonly kinds = new WeakMap<PyNode, ValueKind | null>();
  private readonly attributeKinds = new WeakMap<PyNode, Map<string, ValueKind | null>>();
  private readonly pending = new Set<PyNode>();

  private constructor(
    readonly module: PyModule,
    readonly context: ValuesContext,
  ) {
    this.names = NameResolver.of(module);
  }

  static of(module: PyModule, context: ValuesContext = {}): PythonValues {
    let model = models.get(module);
    if (!model) models.set(module, (model = new PythonValues(module, context)));
    return model;
  }

  /** The kind of value an expression holds, when the code shows it. */
  kindOf(expression: PyNode | undefined, depth = 0): ValueKind | undefined {
    const node = unparenthesized(expression);
    if (!node || depth > MAX_DEPTH) return undefined;
    const cached = this.kinds.get(node);
    if (cached !== undefined) return cached ?? undefined;
    // `p = p.parent`-like cycles through attributes and names: unknown rather than a loop.
    if (this.pending.has(node)) return undefined;
    this.pending.add(node);
    const kind = this.computeKind(node, depth);
    this.pending.delete(node);
    this.kinds.set(node, kind ?? null);
    return kind;
  }

  private computeKind(node: PyNode, depth: number): ValueKind | undefined {
    switch (node.type) {
      case 'identifier':
        return this.kindOfName(node, depth);
      case 'attribute':
        return this.kindOfAttribute(node, depth);
      case 'subscript': {
        const owner = this.kindOf(node.fields.value, depth + 1);
        return owner?.type === 'library' && owner.info.members ? library(owner.info.members) : undefined;
      }
      case 'call':
        return this.kindOfCall(node, 'call', depth);
      case 'await': {
        const inner = unparenthesized(node.children[0]);
        return inner?.type === 'call' ? this.kindOfCall(inner, 'await', depth) : undefined;
      }
      default:
        return undefined;
    }
  }

  private kindOfName(identifier: PyNode, depth: number): ValueKind | undefined {
    const reaching = reachingBindings(identifier);
    if (!reaching) return undefined;
    return agree(reaching.bindings.map((binding) => this.kindOfBinding(binding, depth)));
  }

  /** What one binding gives its name; 'none' for `= None`, which a rule never calls a method on. */
  private kindOfBinding(binding: Binding, depth: number): ValueKind | 'none' | undefined {
    const { node } = binding;
    if (binding.kind === 'parameter') return node.fields.type ? this.kindOfAnnotation(node.fields.type, depth) : undefined;
    if (binding.kind === 'assignment') {
      const annotation = node.fields.type;
      if (annotation) return this.kindOfAnnotation(annotation, depth);
      const value = finalValue(binding.value);
      if (value?.type === 'none') return 'none';
      return this.kindOf(value, depth + 1);
    }
    if (binding.kind === 'with') {
      const statement = node.parent?.parent;
      const asynchronous = statement?.type === 'with_statement' && statement.tokens.includes('async');
      return asynchronous ? this.enteredKind(binding.value, depth) : undefined;
    }
    return undefined;
  }

  /** `async with X as x`: what `__aenter__` gives for the values known here. */
  private enteredKind(value: PyNode | undefined, depth: number): ValueKind | undefined {
    const node = unparenthesized(value);
    if (node?.type === 'call') {
      const made = this.kindOfCall(node, 'async-with', depth);
      if (made) return made;
    }
    // Sessions, connections, clients and pools enter as themselves.
    const kind = this.kindOf(node, depth + 1);
    return kind?.type === 'library' && kind.info.role !== 'other' ? kind : undefined;
  }

  private kindOfAttribute(attribute: PyNode, depth: number): ValueKind | undefined {
    const object = attribute.fields.object;
    const name = attribute.fields.attribute?.text;
    if (!object || !name) return undefined;
    const self = classOfSelf(object);
    if (self) return this.attributeOfClass(self, name, depth);
    const owner = this.kindOf(object, depth + 1);
    if (owner?.type === 'instance') return owner.values.attributeOfClass(owner.cls, name, depth + 1);
    if (owner?.type === 'library' && owner.info.members && !owner.info.coroutines.has(name) && !name.startsWith('_')) return library(owner.info.members);
    return undefined;
  }

  /**
   * `self.name` of a class: its annotation (in the class body or on `self.name: T = ...`) when it
   * has one, else what every assignment to it in the class makes (`= None` resets aside).
   */
  attributeOfClass(cls: PyNode, name: string, depth: number): ValueKind | undefined {
    let table = this.attributeKinds.get(cls);
    if (!table) this.attributeKinds.set(cls, (table = new Map<string, ValueKind | null>()));
    if (table.has(name)) return table.get(name) ?? undefined;
    table.set(name, null);
    const kind = this.computeAttribute(cls, name, depth);
    table.set(name, kind ?? null);
    return kind;
  }

  private computeAttribute(cls: PyNode, name: string, depth: number): ValueKind | undefined {
    const sites = attributeSites(cls).get(name);
    if (!sites || sites === 'unknown') return undefined;
    if (sites.annotations.length > 0) return agree(sites.annotations.map((annotation) => this.kindOfAnnotation(annotation, depth + 1)));
    return agree(sites.values.map((value) => (finalValue(value)?.type === 'none' ? 'none' : this.kindOf(finalValue(value), depth + 1))));
  }

  /** `x = f(...)`, `await f(...)`, `async with f(...) as x`: what the call makes. */
  private kindOfCall(call: PyNode, taking: Taking, depth: number): ValueKind | undefined {
    const callee = unparenthesized(call.fields.function);
    if (!callee) return undefined;
    const qualified = this.names.qualifiedName(callee);
    const made = qualified ? MADE_BY[taking][qualified] : undefined;
    if (made) return library(made);
    if (qualified?.startsWith('builtins.')) return undefined;
    if (callee.type === 'attribute') {
      const method = callee.fields.attribute?.text ?? '';
      const owner = this.kindOf(callee.fields.object, depth + 1);
      if (owner?.type === 'library') {
        const returned = owner.info.returns?.[taking]?.[method];
        if (returned) return library(returned);
        return undefined;
      }
      if (owner?.type === 'instance') return owner.values.methodResult(owner.cls, method, taking, depth + 1);
      // A pool the file does not make here (`self._pool`, a parameter) still hands out one connection per acquire.
      if (!owner && method === 'acquire' && taking !== 'call' && namedLikePool(callee.fields.object)) return library('pool.Connection');
    }
    const callable = this.kindOf(callee, depth + 1);
    if (callable?.type === 'library') {
      const made = CALLABLE_KINDS[taking]?.[callable.name];
      return made ? library(made) : undefined;
    }
    return this.definitionResult(callee, taking, depth);
  }

  /** What calling the def or class a callee names gives: an instance, or the def's return annotation. */
  private definitionResult(callee: PyNode, taking: Taking, depth: number): ValueKind | undefined {
    const local = callee.type === 'identifier' ? this.localDefinition(callee) : undefined;
    if (local) return this.definitionCall(local, taking, depth);
    const imported = importedPathOf(callee);
    if (!imported || imported.level === 0 && !this.context.cwd) return undefined;
    if (!this.context.filename) return undefined;
    const found = workspaceModuleDefining(this.context.filename, imported, this.context.cwd);
    const name = imported.path.at(-1);
    if (!found || !name) return undefined;
    const other = PythonValues.of(found.module, { filename: found.file, cwd: this.context.cwd });
    const bindings = bindingsIn(found.module, name);
    if (bindings.length !== 1 || (bindings[0]!.kind !== 'def' && bindings[0]!.kind !== 'class')) return undefined;
    return other.definitionCall(bindings[0]!.node, taking, depth + 1);
  }

  /** The def or class every binding of a plain name makes it, in this file. */
  private localDefinition(identifier: PyNode): PyNode | undefined {
    const resolved = resolveName(identifier.text, identifier);
    if (!resolved || resolved.bindings.length !== 1) return undefined;
    const [binding] = resolved.bindings;
    return binding?.kind === 'def' || binding?.kind === 'class' ? binding.node : undefined;
  }

  definitionCall(definition: PyNode, taking: Taking, depth: number): ValueKind | undefined {
    if (definition.type === 'class_definition') return taking === 'call' ? this.instanceOf(definition) : undefined;
    // A coroutine function's annotation describes what awaiting its coroutine gives.
    const wanted: Taking = isCoroutineFunction(definition) ? 'await' : 'call';
    if (taking !== wanted || (!isCoroutineFunction(definition) && isAsync(definition))) return undefined;
    const returns = definition.fields.return_type;
    return returns ? this.kindOfAnnotation(returns, depth + 1) : undefined;
  }

  /** A method's result on an instance of `cls`, from its return annotation. */
  methodResult(cls: PyNode, method: string, taking: Taking, depth: number): ValueKind | undefined {
    const bindings = bindingsIn(cls, method);
    if (bindings.length !== 1 || bindings[0]!.kind !== 'def') return undefined;
    return this.definitionCall(bindings[0]!.node, taking, depth);
  }

  instanceOf(cls: PyNode): ValueKind {
    return { type: 'instance', name: cls.fields.name?.text ?? '', coroutines: classCoroutineMethods(cls), cls, values: this };
  }

  /** What an annotation declares: a library class, a class of this file or the workspace, through aliases and `Optional`. */
  kindOfAnnotation(annotation: PyNode | undefined, depth: number): ValueKind | undefined {
    if (!annotation || depth > MAX_DEPTH) return undefined;
    const types = namedTypes(annotation, (node) => this.names.qualifiedName(node));
    if (types.length === 0) return undefined;
    return agree(types.map((type) => this.kindOfTypeName(type, depth)));
  }

  private kindOfTypeName(type: PyNode, depth: number): ValueKind | undefined {
    if (type.type === 'string') {
      const [dotted] = stringAnnotationNames(type) ?? [];
      return dotted ? this.kindOfDottedText(dotted, type) : undefined;
    }
    const qualified = this.names.qualifiedName(type);
    if (qualified) {
      const annotated = ANNOTATED[qualified];
      if (annotated) return library(annotated);
    }
    if (type.type === 'identifier') {
      const resolved = resolveName(type.text, type);
      if (!resolved || resolved.bindings.length !== 1) return undefined;
      const [binding] = resolved.bindings;
      if (binding?.kind === 'class') return this.instanceOf(binding.node);
      // `Connection = asyncpg.Connection`, `Handle: TypeAlias = Optional[Client]`.
      if (binding?.kind === 'assignment' && resolved.scope.type === 'module') return this.kindOfAnnotation(binding.value, depth + 1);
      if (binding?.kind === 'other' && binding.node.type === 'type_alias_statement') return this.kindOfAnnotation(binding.node.fields.right, depth + 1);
      if (binding?.kind === 'import') return this.definitionResultAsType(type, depth);
      return undefined;
    }
    return type.type === 'attribute' ? this.definitionResultAsType(type, depth) : undefined;
  }

  /** A class imported from the workspace, named in an annotation: its instances. */
  private definitionResultAsType(type: PyNode, depth: number): ValueKind | undefined {
    const kind = this.definitionResult(type, 'call', depth + 1);
    return kind?.type === 'instance' ? kind : undefined;
  }

  /** `"Client"`, `"db.Pool"`: a dotted name in a string annotation, looked up from `at`. */
  private kindOfDottedText(dotted: string, at: PyNode): ValueKind | undefined {
    const [root, ...rest] = dotted.split('.');
    const bindings = resolveName(root!, at)?.bindings ?? [];
    if (bindings.length !== 1) return undefined;
    const [binding] = bindings;
    if (binding?.kind === 'class' && rest.length === 0) return this.instanceOf(binding.node);
    if (binding?.kind !== 'import') return undefined;
    const imported = importedPath(binding.node, root!);
    if (!imported) return undefined;
    if (imported.level === 0) {
      const annotated = ANNOTATED[[...imported.path, ...rest].join('.')];
      if (annotated) return library(annotated);
    }
    if (!this.context.filename) return undefined;
    const path = { level: imported.level, path: [...imported.path, ...rest] };
    const found = workspaceModuleDefining(this.context.filename, path, this.context.cwd);
    const name = path.path.at(-1);
    if (!found || !name) return undefined;
    const classes = bindingsIn(found.module, name);
    if (classes.length !== 1 || classes[0]!.kind !== 'class') return undefined;
    return PythonValues.of(found.module, { filename: found.file, cwd: this.context.cwd }).instanceOf(classes[0]!.node);
  }
}

const libraryKinds = new Map<string, ValueKind>();

function library(name: string): ValueKind | undefined {
  const info = LIBRARY_KINDS[name];
  if (!info) return undefined;
  let kind = libraryKinds.get(name);
  if (!kind) libraryKinds.set(name, (kind = { type: 'library', name, info, coroutines: info.coroutines }));
  return kind;
}

/** `pool`, `self._pool`, `db_pool`: the last name of the expression says it is a pool. */
function namedLikePool(expression: PyNode | undefined): boolean {
  const name = expression?.type === 'attribute' ? expression.fields.attribute?.text : expression?.type === 'identifier' ? expression.text : undefined;
  return /(?:^|_)pool$/i.test(name ?? '');
}

/** `a = b = X()`: the value at the end of the chain. */
function finalValue(value: PyNode | undefined): PyNode | undefined {
  let current = value;
  while (current?.type === 'assignment') current = current.fields.right;
  return current;
}

/** How a class sets each attribute: annotations and assigned values, or 'unknown' (a method of that name, `+=`, a bare `x: T` is fine). */
type AttributeSites = Map<string, { annotations: PyNode[]; values: PyNode[] } | 'unknown'>;

const sitesByClass = new WeakMap<PyNode, AttributeSites>();

/** One walk of the class per file, however many attributes are asked about. */
function attributeSites(cls: PyNode): AttributeSites {
  let table = sitesByClass.get(cls);
  if (table) return table;
  table = new Map();
  const entry = (name: string) => {
    let sites = table.get(name);
    if (!sites) table.set(name, (sites = { annotations: [], values: [] }));
    return sites;
  };
  for (const node of descendants(cls, { enterFunctions: true })) {
    if ((node.type === 'function_definition' || node.type === 'class_definition') && node !== cls && node.fields.name) {
      table.set(node.fields.name.text, 'unknown');
      continue;
    }
    if (node.type !== 'assignment' && node.type !== 'augmented_assignment') continue;
    const left = node.fields.left;
    const inClassBody = left?.type === 'identifier' && node.parent?.parent?.parent === cls;
    const onSelf = left?.type === 'attribute' && left.fields.object !== undefined && left.fields.attribute !== undefined && classOfSelf(left.fields.object) === cls;
    if (!inClassBody && !onSelf) continue;
    const name = inClassBody ? left.text : (left.fields.attribute?.text ?? '');
    const sites = entry(name);
    if (sites === 'unknown') continue;
    if (node.type === 'augmented_assignment') table.set(name, 'unknown');
    else if (node.fields.type) sites.annotations.push(node.fields.type);
    else if (node.fields.right) sites.values.push(node.fields.right);
  }
  sitesByClass.set(cls, table);
  return table;
}

/** One kind when every candidate names it (`None` candidates aside); unknown otherwise. */
function agree(kinds: (ValueKind | 'none' | undefined)[]): ValueKind | undefined {
  const known = kinds.filter((kind) => kind !== 'none');
  const [first] = known;
  if (!first) return undefined;
  return known.every((kind) => kind !== undefined && sameKind(kind, first)) ? first : undefined;
}

function sameKind(a: ValueKind, b: ValueKind): boolean {
  if (a.type === 'library' || b.type === 'library') return a.type === b.type && a.name === b.name;
  return a.cls === b.cls;
}
