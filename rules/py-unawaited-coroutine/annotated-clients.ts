import type { ClientKind } from '../../analysis/python/async-clients';
import { classOfSelf } from '../../analysis/python/async-definitions';
import { descendants } from '../../analysis/python/functions';
import { resolveName } from '../../analysis/python/scope-bindings';
import type { PyNode } from '../../languages/python/syntax-tree';
import { absoluteImportName, importedPath } from '../../analysis/python/workspace-modules';

/** Client classes as an annotation names them (through the file's imports), and the kind they make. */
const ANNOTATED_TYPES: Record<string, ClientKind> = {
  'aiohttp.ClientSession': 'aiohttp.ClientSession',
  'aiohttp.client.ClientSession': 'aiohttp.ClientSession',
  'aiohttp.ClientResponse': 'aiohttp.ClientResponse',
  'aiohttp.client_reqrep.ClientResponse': 'aiohttp.ClientResponse',
  'httpx.AsyncClient': 'httpx.AsyncClient',
  'asyncpg.Connection': 'asyncpg.Connection',
  'asyncpg.connection.Connection': 'asyncpg.Connection',
  'asyncpg.pool.PoolConnectionProxy': 'asyncpg.Connection',
  'asyncpg.Pool': 'asyncpg.Pool',
  'asyncpg.pool.Pool': 'asyncpg.Pool',
};

const OPTIONAL = new Set(['typing.Optional', 'typing_extensions.Optional']);
const UNION = new Set(['typing.Union', 'typing_extensions.Union']);

/**
 * The client kind a receiver is declared as: a parameter `session: aiohttp.ClientSession` (also
 * `ClientSession` imported from aiohttp, `"ClientSession"`, `Optional[...]`, `... | None`), or
 * `self.session` where the class annotates that attribute (`session: ClientSession` in the class
 * body, `self.session: ClientSession = ...` in a method). Every binding of the name must be
 * annotated with the same kind: a parameter rebound without an annotation is unknown.
 */
export function annotatedClientKind(receiver: PyNode): ClientKind | undefined {
  if (receiver.type === 'identifier') return annotatedVariable(receiver);
  if (receiver.type === 'attribute') return annotatedSelfAttribute(receiver);
  return undefined;
}

function annotatedVariable(identifier: PyNode): ClientKind | undefined {
  const resolved = resolveName(identifier.text, identifier);
  if (!resolved || resolved.scope.type !== 'function_definition') return undefined;
  return agree(
    resolved.bindings.map((binding) => {
      if (binding.kind === 'parameter') return kindOfAnnotation(binding.node.fields.type);
      if (binding.kind === 'assignment') return kindOfAnnotation(binding.node.fields.type);
      return undefined;
    }),
  );
}

/** Answers per class and attribute name: asked for every `self.x.method()` call, each a walk of the whole class. */
const annotatedAttributes = new WeakMap<PyNode, Map<string, ClientKind | undefined>>();

function annotatedSelfAttribute(attribute: PyNode): ClientKind | undefined {
  const object = attribute.fields.object;
  const name = attribute.fields.attribute?.text;
  const cls = object ? classOfSelf(object) : undefined;
  if (!cls || !name) return undefined;
  let byName = annotatedAttributes.get(cls);
  if (!byName) annotatedAttributes.set(cls, (byName = new Map<string, ClientKind | undefined>()));
  if (!byName.has(name)) byName.set(name, annotationOfAttribute(cls, name));
  return byName.get(name);
}

/** The client kind the class's annotations give `self.<name>`, when they agree. */
function annotationOfAttribute(cls: PyNode, name: string): ClientKind | undefined {
  const annotations: (PyNode | undefined)[] = [];
  for (const node of descendants(cls, { enterFunctions: true })) {
    if (node.type === 'function_definition' && node.fields.name?.text === name) return undefined;
    if (node.type !== 'assignment' || !node.fields.type) continue;
    const left = node.fields.left;
    const inClassBody = left?.type === 'identifier' && left.text === name && node.parent?.parent?.parent === cls;
    const onSelf = left?.type === 'attribute' && left.fields.attribute?.text === name && left.fields.object !== undefined && classOfSelf(left.fields.object) === cls;
    if (inClassBody || onSelf) annotations.push(node.fields.type);
  }
  return annotations.length > 0 ? agree(annotations.map(kindOfAnnotation)) : undefined;
}

/** `ClientSession`, `aiohttp.ClientSession`, `Optional[ClientSession]`, `ClientSession | None`, `"ClientSession"`. */
export function kindOfAnnotation(annotation: PyNode | undefined): ClientKind | undefined {
  let type = annotation?.type === 'type' ? annotation.children[0] : annotation;
  if (!type) return undefined;
  if (type.type === 'string') return kindOfAnnotationText(stringContent(type), type);
  type = withoutNone(type);
  if (!type) return undefined;
  if (type.type === 'string') return kindOfAnnotationText(stringContent(type), type);
  return ANNOTATED_TYPES[absoluteImportName(type) ?? ''];
}

/** `X | None`, `None | X`, `Optional[X]`, `Union[X, None]` → X; anything else as it is. */
function withoutNone(type: PyNode): PyNode | undefined {
  // In an annotation, `|` is the only operator that takes `None`.
  if (type.type === 'binary_operator') {
    const { left, right } = type.fields;
    if (left?.type === 'none' && right) return withoutNone(right);
    if (right?.type === 'none' && left) return withoutNone(left);
    return undefined;
  }
  if (type.type === 'generic_type' || type.type === 'subscript') {
    const head = type.type === 'subscript' ? type.fields.value : type.children[0];
    const qualified = absoluteImportName(head) ?? '';
    const members = typeArguments(type);
    if (OPTIONAL.has(qualified) && members.length === 1) return withoutNone(members[0]!);
    if (UNION.has(qualified) && members.length === 2) {
      const [a, b] = members;
      if (a?.type === 'none' && b) return withoutNone(b);
      if (b?.type === 'none' && a) return withoutNone(a);
    }
    return undefined;
  }
  return type;
}

function typeArguments(type: PyNode): PyNode[] {
  const list = type.type === 'subscript' ? type.children.slice(1) : type.children.find((child) => child.type === 'type_parameter')?.children ?? [];
  return list.map((member) => (member.type === 'type' ? member.children[0] : member)).filter((member): member is PyNode => member !== undefined);
}

function stringContent(node: PyNode): string {
  const content = node.children.filter((child) => child.type === 'string_content');
  return content.length === 1 && node.children.length <= 3 ? content[0]!.text : '';
}

/** A string annotation: a dotted name, optionally `Optional[...]` or `... | None` around it. */
function kindOfAnnotationText(text: string, at: PyNode): ClientKind | undefined {
  const trimmed = text.trim();
  const optional = /^(?:(?:typing\.)?Optional\[\s*([\w.]+)\s*\]|([\w.]+)\s*\|\s*None|None\s*\|\s*([\w.]+))$/.exec(trimmed);
  const dotted = optional ? (optional[1] ?? optional[2] ?? optional[3]) : trimmed;
  if (!dotted || !/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(dotted)) return undefined;
  const [root, ...rest] = dotted.split('.');
  const bindings = resolveName(root!, at)?.bindings ?? [];
  if (bindings.length === 0 || bindings.some((binding) => binding.kind !== 'import')) return undefined;
  const paths = bindings.map((binding) => importedPath(binding.node, root!));
  const [first] = paths;
  if (!first || first.level !== 0 || paths.some((other) => other?.path.join('.') !== first.path.join('.'))) return undefined;
  return ANNOTATED_TYPES[[...first.path, ...rest].join('.')];
}

function agree(kinds: (ClientKind | undefined)[]): ClientKind | undefined {
  const [first] = kinds;
  return first && kinds.every((kind) => kind === first) ? first : undefined;
}
