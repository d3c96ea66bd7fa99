import { AST_NODE_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { requiredModule } from '../../analysis/js/module-binding';
import type { Fix, FixContext } from './fix-context';

/**
 * `execSync` imported by name (`import { execSync } from 'child_process'`, or
 * `const { execSync } = require('child_process')`) and called only here: once the call is
 * rewritten, nothing uses the binding any more.
 */
export interface SoleUseBinding {
  /** The specifier or destructured property that declares it. */
  declarator: TSESTree.ImportSpecifier | TSESTree.Property;
  /** The import or `const` statement holding it. */
  statement: TSESTree.ImportDeclaration | TSESTree.VariableDeclaration;
}

export function soleUseBinding(context: FixContext, call: TSESTree.CallExpression): SoleUseBinding | undefined {
  if (call.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(context.scope, call.callee);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition) return undefined;
  const uses = variable.references.filter((reference) => !reference.init);
  if (uses.length !== 1 || uses[0]?.identifier !== call.callee) return undefined;
  if (definition.type === 'ImportBinding' && definition.node.type === AST_NODE_TYPES.ImportSpecifier) {
    return { declarator: definition.node, statement: definition.parent as TSESTree.ImportDeclaration };
  }
  if (definition.type !== 'Variable' || definition.parent?.type !== AST_NODE_TYPES.VariableDeclaration) return undefined;
  const { id, init } = definition.node;
  if (definition.parent.declarations.length !== 1 || id.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  if (init?.type !== AST_NODE_TYPES.CallExpression || requiredModule(init, context.scope) !== 'child_process') return undefined;
  // `{ execSync, ...rest }`: what `rest` holds depends on the names beside it.
  if (id.properties.some((candidate) => candidate.type === AST_NODE_TYPES.RestElement)) return undefined;
  const property = id.properties.find(
    (candidate): candidate is TSESTree.Property => candidate.type === AST_NODE_TYPES.Property && candidate.value === definition.name,
  );
  return property && { declarator: property, statement: definition.parent };
}

/** The binding turned into the import the fix needs: `execSync` → `exec` (as `local`, if named so). */
export function renameBinding(binding: SoleUseBinding, exported: string, local: string): Fix {
  const text = binding.declarator.type === AST_NODE_TYPES.ImportSpecifier
    ? (local === exported ? exported : `${exported} as ${local}`)
    : (local === exported ? exported : `${exported}: ${local}`);
  return (fixer) => fixer.replaceText(binding.declarator, text);
}

/**
 * The binding deleted with the comma beside it, or the whole statement when it declares nothing
 * else. Undefined when it is the only name in braces beside a default or namespace import (the
 * braces would have to go too): left as it is, unused but harmless.
 */
export function removeBinding(context: FixContext, binding: SoleUseBinding): Fix | undefined {
  const { sourceCode } = context;
  const { declarator, statement } = binding;
  const siblings: TSESTree.Node[] = declarator.type === AST_NODE_TYPES.ImportSpecifier
    ? (statement as TSESTree.ImportDeclaration).specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier)
    : (declarator.parent as TSESTree.ObjectPattern).properties;
  if (siblings.length === 1) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.specifiers.length > 1) return undefined;
    const next = sourceCode.text[statement.range[1]] === '\n' ? 1 : 0;
    return (fixer) => fixer.removeRange([statement.range[0], statement.range[1] + next]);
  }
  const index = siblings.indexOf(declarator);
  const neighbour = siblings[index + 1];
  // `a, execSync, b` → `a, b`: up to the next one; the last one goes with the comma before it.
  const range: TSESTree.Range = neighbour ? [declarator.range[0], neighbour.range[0]] : [siblings[index - 1]!.range[1], declarator.range[1]];
  return (fixer) => fixer.removeRange(range);
}

/** Whether removing the binding deletes its whole statement (it declares nothing else). */
export function removesStatement(binding: SoleUseBinding): boolean {
  return binding.declarator.type === AST_NODE_TYPES.ImportSpecifier
    ? binding.statement.type === AST_NODE_TYPES.ImportDeclaration && binding.statement.specifiers.length === 1
    : (binding.declarator.parent as TSESTree.ObjectPattern).properties.length === 1;
}
