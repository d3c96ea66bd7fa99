import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { builtinModules } from 'node:module';
import { importNamed, type NamedImport } from './imports';
import { normalizeModuleName, resolveModuleBinding, type ModuleBinding } from '../../analysis/js/module-binding';

/** How to write one export of a module at a use site. */
export interface ExportAccess {
  /** The expression to write: `readFile`, `fsp.readFile`, `util.promisify`. */
  text: string;
  /** Adds the import or require the text needs; absent when the file has it already. */
  fix?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
  /** The top-level statement that declares what `text` uses, when the file has it already. */
  statement?: TSESTree.ProgramStatement;
}

export interface AccessOptions {
  /** The module as it should be written in a new import (`node:fs/promises`, `fs-extra`). */
  specifier: string;
  /** Local name for a new named import, when the export's own name would clash (`setTimeout`). */
  localName?: string;
  filename?: string;
}

/**
 * Names `name` of `module` at `scope` the way the file already reaches that module: an existing
 * named import or destructured require (`readFile`), an existing module object (`fsp.readFile`,
 * `util.promisify`), or else a new named import merged into the file's imports. Undefined when
 * no name can be written without shadowing something.
 */
export function accessExport(
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: TSESLint.Scope.Scope,
  module: string,
  name: string,
  options: AccessOptions,
): ExportAccess | undefined {
  const existing = findExistingAccess(sourceCode, scope, module, name);
  if (existing) return existing;
  const imported: NamedImport | undefined = importNamed(sourceCode, scope, options.specifier, name, {
    ...(options.localName === undefined ? {} : { localName: options.localName }),
    ...(options.filename === undefined ? {} : { filename: options.filename }),
  });
  return imported && { text: imported.localName, fix: imported.fix, statement: imported.statement };
}

/**
 * `name` of `module` through what the file already declares at its top level and `scope` can
 * see: the export bound by name (`readFile`), else the module object (`fsp.readFile`).
 */
export function findExistingAccess(
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: TSESLint.Scope.Scope,
  module: string,
  name: string,
): ExportAccess | undefined {
  const target = normalizeModuleName(module);
  let moduleObject: ExportAccess | undefined;
  for (const { identifier, statement, binding } of resolvedTopLevelBindings(sourceCode)) {
    const isExport = binding.kind === 'export' && binding.module === target && binding.name === name;
    if (!isExport && (moduleObject || !isModuleObject(binding, target))) continue;
    // Visible here, not hidden by a closer declaration of the same name.
    if (ASTUtils.findVariable(scope, identifier.name)?.defs[0]?.name !== identifier) continue;
    if (isExport) return { text: identifier.name, statement };
    moduleObject = { text: `${identifier.name}.${name}`, statement };
  }
  return moduleObject;
}

interface ResolvedBinding extends TopLevelBinding {
  binding: ModuleBinding;
}

/** The file's top-level names that stand for a module or one of its exports, resolved once per file. */
const resolvedByProgram = new WeakMap<TSESTree.Program, ResolvedBinding[]>();

function resolvedTopLevelBindings(sourceCode: Readonly<TSESLint.SourceCode>): ResolvedBinding[] {
  const cached = resolvedByProgram.get(sourceCode.ast);
  if (cached) return cached;
  const resolved: ResolvedBinding[] = [];
  for (const { identifier, statement } of topLevelBindings(sourceCode.ast)) {
    const binding = resolveModuleBinding(identifier, sourceCode.getScope(identifier));
    if (binding) resolved.push({ identifier, statement, binding });
  }
  resolvedByProgram.set(sourceCode.ast, resolved);
  return resolved;
}

/** The file imports (or destructures from `require`) names of `module` already. */
export function importsNamesFrom(program: TSESTree.Program, module: string): boolean {
  const target = normalizeModuleName(module);
  return program.body.some((statement) => {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      return (
        statement.importKind !== 'type' &&
        normalizeModuleName(statement.source.value) === target &&
        statement.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier)
      );
    }
    return (
      statement.type === AST_NODE_TYPES.VariableDeclaration &&
      statement.declarations.some(
        ({ id, init }) => id.type === AST_NODE_TYPES.ObjectPattern && requiredSource(init) === target,
      )
    );
  });
}

function requiredSource(init: TSESTree.Expression | null): string | undefined {
  if (init?.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const [argument] = init.arguments;
  if (init.callee.name !== 'require' || argument?.type !== AST_NODE_TYPES.Literal) return undefined;
  return typeof argument.value === 'string' ? normalizeModuleName(argument.value) : undefined;
}

/** `fs/promises` is also reachable as `require('fs').promises` (and `timers/promises` likewise). */
export function isModuleObject(binding: ModuleBinding, target: string): boolean {
  if (binding.kind === 'module') return binding.module === target;
  return `${binding.module}/${binding.name}` === target && PROMISES_PROPERTY.has(target);
}

const PROMISES_PROPERTY = new Set(['fs/promises', 'dns/promises', 'timers/promises']);

/**
 * How this file writes Node's built-in modules: `node:fs/promises` unless every built-in it
 * already imports is written without the `node:` prefix.
 */
export function builtinSpecifier(program: TSESTree.Program, module: string): string {
  let bare = false;
  for (const source of moduleSources(program)) {
    if (source.startsWith('node:')) return `node:${module}`;
    if (BUILTINS.has(source)) bare = true;
  }
  return bare ? module : `node:${module}`;
}

const BUILTINS = new Set(builtinModules);

function moduleSources(program: TSESTree.Program): string[] {
  const sources: string[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) sources.push(statement.source.value);
    if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
      typeof statement.moduleReference.expression.value === 'string'
    ) {
      sources.push(statement.moduleReference.expression.value);
    }
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const { init } of statement.declarations) {
      const argument = init?.type === AST_NODE_TYPES.CallExpression ? init.arguments[0] : undefined;
      if (requiredSource(init) !== undefined && argument?.type === AST_NODE_TYPES.Literal) sources.push(String(argument.value));
    }
  }
  return sources;
}

interface TopLevelBinding {
  identifier: TSESTree.Identifier;
  statement: TSESTree.ProgramStatement;
}

/** Names declared by the file's top-level imports and variable declarations. */
function topLevelBindings(program: TSESTree.Program): TopLevelBinding[] {
  const found: TopLevelBinding[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of statement.specifiers) found.push({ identifier: specifier.local, statement });
    }
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        for (const identifier of patternIdentifiers(declarator.id)) found.push({ identifier, statement });
      }
    }
  }
  return found;
}

function patternIdentifiers(pattern: TSESTree.Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return [pattern];
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) =>
        property.type === AST_NODE_TYPES.Property ? patternIdentifiers(property.value) : [],
      );
    case AST_NODE_TYPES.AssignmentPattern:
      return patternIdentifiers(pattern.left);
    default:
      return [];
  }
}
