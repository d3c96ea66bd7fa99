import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { TypeOracle } from '../../analysis/types/type-oracle';
import { propertyKey } from './fix-context';

/** What `execSync`'s options ask for, as far as a promisified `exec` can give the same. */
export interface ExecOptions {
  /** The properties as written. */
  properties: string[];
  /** `buffer` when the sync call returns a Buffer, `text` when it returns a string. */
  result: 'buffer' | 'text';
  /** An `encoding` property is written. */
  hasEncoding: boolean;
}

/**
 * Reads an options object literal. Undefined when exec cannot behave the same: `stdio` other
 * than `'pipe'` (the output goes elsewhere, or is inherited, so nothing is captured), `input`
 * (exec has no stdin option), an `encoding` whose value is unknown, a spread or computed key.
 */
export function readExecOptions(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | undefined): ExecOptions | undefined {
  if (!node) return { properties: [], result: 'buffer', hasEncoding: false };
  if (node.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const options: ExecOptions = { properties: [], result: 'buffer', hasEncoding: false };
  for (const property of node.properties) {
    const key = property.type === AST_NODE_TYPES.Property ? propertyKey(property) : undefined;
    if (property.type !== AST_NODE_TYPES.Property || key === undefined || key === 'input') return undefined;
    const { value } = property;
    if (key === 'stdio') {
      // 'pipe' is what exec does anyway (and exec's options have no `stdio`): drop it.
      if (value.type === AST_NODE_TYPES.Literal && value.value === 'pipe') continue;
      return undefined;
    }
    if (key === 'encoding') {
      if (value.type !== AST_NODE_TYPES.Literal || (value.value !== null && typeof value.value !== 'string')) return undefined;
      options.result = value.value === null || value.value === 'buffer' ? 'buffer' : 'text';
      options.hasEncoding = true;
    }
    options.properties.push(sourceCode.getText(property));
  }
  return options;
}

/** The argument list of `execFile` is an array (and not the options), as written or as typed. */
export function isArgumentList(node: TSESTree.Node, scope: TSESLint.Scope.Scope, types: TypeOracle | undefined): boolean {
  if (node.type === AST_NODE_TYPES.ArrayExpression) return true;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const definition = ASTUtils.findVariable(scope, node)?.defs[0];
    if (definition?.type === 'Variable' && definition.node.init?.type === AST_NODE_TYPES.ArrayExpression) return true;
  }
  // Arrays, readonly arrays and tuples (`string[] | undefined` too).
  return types?.isArray(node) ?? false;
}

/** An error thrown by `execSync` has `status`, `output` and `pid`; one from promisified `exec` does not. */
const SYNC_ONLY_ERROR_FIELDS = new Set(['status', 'output', 'pid']);

/** The call sits in a `try` whose `catch` reads a field only the synchronous call's error has. */
export function catchReadsSyncError(call: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  for (let child = call, current = call.parent; current; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler?.param) {
      if (readsSyncField(current.handler.param, sourceCode)) return true;
    }
  }
  return false;
}

function readsSyncField(param: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (param.type === AST_NODE_TYPES.ObjectPattern) {
    return param.properties.some(
      (property) => property.type === AST_NODE_TYPES.Property && SYNC_ONLY_ERROR_FIELDS.has(propertyKey(property) ?? ''),
    );
  }
  if (param.type !== AST_NODE_TYPES.Identifier) return true;
  const [variable] = sourceCode.getDeclaredVariables(param.parent);
  return (variable?.references ?? []).some((reference) => {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return false;
    // A computed access could name anything.
    if (member.computed) return member.property.type !== AST_NODE_TYPES.Literal || SYNC_ONLY_ERROR_FIELDS.has(String(member.property.value));
    return member.property.type === AST_NODE_TYPES.Identifier && SYNC_ONLY_ERROR_FIELDS.has(member.property.name);
  });
}
