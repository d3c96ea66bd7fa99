import { descendants, enclosingFunction } from './functions';
import { ImportTable } from './imports';
import type { PyModule, PyNode } from '../../languages/python/syntax-tree';

const BINDING_TARGETS = new Set(['assignment', 'augmented_assignment', 'for_statement', 'for_in_clause', 'as_pattern', 'named_expression']);

/**
 * Resolves what an expression names: `r.get` → `requests.get` after `import requests as r`,
 * `pause` → `time.sleep` after `from time import sleep as pause`, `open` → `builtins.open`
 * unless the file defines its own `open`. Undefined when the name is the file's own (a local
 * variable, parameter, def or class) or the expression is not a plain dotted name.
 */
const resolvers = new WeakMap<PyModule, NameResolver>();

export class NameResolver {
  private readonly ownNames = new Map<PyNode | null, Set<string>>();

  constructor(
    private readonly module: PyModule,
    readonly imports: ImportTable,
  ) {}

  /** One resolver (and import table) per file, shared by every rule that lints it. */
  static of(module: PyModule): NameResolver {
    let resolver = resolvers.get(module);
    if (!resolver) resolvers.set(module, (resolver = new NameResolver(module, new ImportTable(module))));
    return resolver;
  }

  qualifiedName(expression: PyNode | undefined): string | undefined {
    if (!expression) return undefined;
    if (expression.type === 'identifier') {
      const imported = this.imports.lookup(expression.text, expression);
      if (imported) return imported;
      return this.isOwnName(expression.text, expression) ? undefined : `builtins.${expression.text}`;
    }
    if (expression.type === 'attribute') {
      const base = this.qualifiedName(expression.fields.object);
      const attribute = expression.fields.attribute?.text;
      if (!base || !attribute || base.startsWith('builtins.')) return undefined;
      return `${base}.${attribute}`;
    }
    return undefined;
  }

  /** Whether the file binds `name` itself where `at` sees it (so it is not a builtin or import). */
  isOwnName(name: string, at: PyNode): boolean {
    for (let scope = enclosingFunction(at); scope; scope = enclosingFunction(scope)) {
      if (this.namesBoundIn(scope).has(name)) return true;
    }
    return this.namesBoundIn(null).has(name);
  }

  private namesBoundIn(scope: PyNode | null): Set<string> {
    let names = this.ownNames.get(scope);
    if (names) return names;
    names = new Set<string>();
    const root = scope ?? this.module;
    if (scope?.fields.parameters) {
      for (const parameter of scope.fields.parameters.children) {
        const name = parameterName(parameter);
        if (name) names.add(name);
      }
    }
    const body = scope ? scope.fields.body : root;
    if (body) {
      for (const node of descendants(body)) {
        if ((node.type === 'function_definition' || node.type === 'class_definition') && node !== scope) {
          if (node.fields.name) names.add(node.fields.name.text);
        }
        if (BINDING_TARGETS.has(node.type)) {
          const target = node.fields.left ?? node.fields.alias ?? node.fields.name ?? node.children[1];
          for (const identifier of target ? descendants(target) : []) if (identifier.type === 'identifier') names.add(identifier.text);
        }
      }
    }
    this.ownNames.set(scope, names);
    return names;
  }
}

/** `x`, `x: int`, `x=1`, `x: int = 1`, `*args`, `**kwargs`: the name, not the annotation or default. */
export function parameterName(parameter: PyNode): string | undefined {
  if (parameter.type === 'identifier') return parameter.text;
  const named = parameter.fields.name ?? parameter.children.find((child) => child.type === 'identifier');
  return named?.type === 'identifier' ? named.text : undefined;
}
