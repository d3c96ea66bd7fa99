import type { NameResolver } from '../../analysis/python/names';
import type { Binding } from '../../analysis/python/scope-bindings';
import { reachingBindings } from '../../analysis/python/values/reaching';
import type { PythonSourceCode } from '../../languages/python/source-code';
import type { PyNode } from '../../languages/python/syntax-tree';
import { isExemptCall, PATH_KIND, SAME_KIND, type Catalogue } from './catalogue';

/** Methods of a Path that hand back a Path, so `base.parent` and `base / "x"` stay Paths. */
const PATH_ATTRIBUTES = new Set(['parent']);

/**
 * What a call is, in the catalogue's words: `time.sleep` for an imported function, and
 * `requests.Session().get` for a method of an object whose making the code shows. Objects are
 * followed only where nothing is guessed: a chain (`requests.Session().get`), or a name every
 * binding of which that reaches the call makes the same kind of object. Parameters, attributes
 * (`self.session`) and names bound any other way are unknown, so their methods are never reported.
 */
export class CallKinds {
  private readonly resolving = new Set<PyNode>();

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

  /**
   * A name's kind: every binding that can reach this use makes the same kind of object (a name
   * re-bound later, `for path in paths:` after `path.stat()`, keeps the kind it has here).
   */
  private kindOfName(identifier: PyNode): string | undefined {
    const reaching = reachingBindings(identifier);
    if (!reaching || reaching.bindings.length === 0) return undefined;
    // `p = p / "x"` in a loop asks for p's kind while working it out: unknown rather than a loop.
    if (this.resolving.has(identifier)) return undefined;
    this.resolving.add(identifier);
    const kinds = new Set(reaching.bindings.map((binding) => this.kindOf(boundValue(binding))));
    this.resolving.delete(identifier);
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }
}

/**
 * The value a binding gives its name: `x = value` (the end of `a = b = value`), `with value as x`
 * (the objects followed here return themselves from `__enter__`); undefined for anything else
 * (a parameter, a loop target, an unpacking, an import, a def).
 */
function boundValue(binding: Binding): PyNode | undefined {
  if (binding.kind === 'with') return binding.value;
  if (binding.kind !== 'assignment') return undefined;
  let value = binding.value;
  while (value?.type === 'assignment') value = value.fields.right;
  return value;
}
