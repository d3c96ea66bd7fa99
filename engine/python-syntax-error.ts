import type { Linter, SourceCode } from 'eslint';
import type { PyModule } from '../languages/python/syntax-tree';

/**
 * A Python file that is not valid Python, told like a JavaScript parse error (ESLint's "Parsing
 * error" at the first broken spot). Unlike JavaScript, the rules still ran on the rest: tree-sitter
 * recovers, and a finding in the parts that parse is as real as ever.
 */
export function pythonSyntaxError(sourceCode: SourceCode): Linter.LintMessage | undefined {
  const module = sourceCode.ast as unknown as Partial<PyModule>;
  if (module.type !== 'module' || module.syntaxErrorAt === undefined) return undefined;
  const before = sourceCode.text.slice(0, module.syntaxErrorAt);
  const line = before.split('\n').length;
  const column = module.syntaxErrorAt - (before.lastIndexOf('\n') + 1) + 1;
  return { ruleId: null, fatal: true, severity: 2, message: 'Parsing error: invalid syntax', line, column };
}
