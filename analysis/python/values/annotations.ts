import type { PyNode } from '../../../languages/python/syntax-tree';

// Type annotations as the value model reads them: what they name once `None` is set aside.
// `Optional[X]`, `Union[X, None]`, `X | None` and `"X"` all declare an X (a value that is None
// has no methods to call, so the rules only ever ask about the X); `Union[X, Y]` names both.

const OPTIONAL = new Set(['typing.Optional', 'typing_extensions.Optional']);
const UNION = new Set(['typing.Union', 'typing_extensions.Union']);
const WRAPPERS = new Set(['typing.Annotated', 'typing_extensions.Annotated', 'typing.Final', 'typing_extensions.Final', 'typing.ClassVar']);

/** The type expressions an annotation names, `None` left out; a string annotation is given back as it is. */
export function namedTypes(annotation: PyNode | undefined, qualifiedName: (node: PyNode | undefined) => string | undefined): PyNode[] {
  const type = annotation?.type === 'type' ? annotation.children[0] : annotation;
  if (!type || type.type === 'none') return [];
  // In an annotation, `|` is the only operator that makes sense.
  if (type.type === 'binary_operator') {
    const { left, right } = type.fields;
    return [...namedTypes(left, qualifiedName), ...namedTypes(right, qualifiedName)];
  }
  if (type.type === 'generic_type' || type.type === 'subscript') {
    const head = type.type === 'subscript' ? type.fields.value : type.children[0];
    const qualified = qualifiedName(head) ?? '';
    const members = typeArguments(type);
    if (OPTIONAL.has(qualified) || UNION.has(qualified)) return members.flatMap((member) => namedTypes(member, qualifiedName));
    if (WRAPPERS.has(qualified) && members[0]) return namedTypes(members[0], qualifiedName);
    // `list[Connection]` is a list: nothing the rules call methods on.
    return [type];
  }
  return [type];
}

function typeArguments(type: PyNode): PyNode[] {
  const list = type.type === 'subscript' ? type.children.slice(1) : (type.children.find((child) => child.type === 'type_parameter')?.children ?? []);
  return list.map((member) => (member.type === 'type' ? member.children[0] : member)).filter((member): member is PyNode => member !== undefined);
}

/**
 * The dotted names a string annotation spells: `"Client"`, `"Optional[db.Pool]"`, `"Pool | None"`.
 * Anything more complex gives nothing.
 */
export function stringAnnotationNames(node: PyNode): string[] | undefined {
  const content = node.children.filter((child) => child.type === 'string_content');
  if (content.length !== 1 || node.children.length > 3) return undefined;
  const text = content[0]!.text.trim();
  const optional = /^(?:(?:typing\.)?Optional\[\s*([\w.]+)\s*\]|([\w.]+)\s*\|\s*None|None\s*\|\s*([\w.]+))$/.exec(text);
  const dotted = optional ? (optional[1] ?? optional[2] ?? optional[3]) : text;
  return dotted && /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(dotted) ? [dotted] : undefined;
}
