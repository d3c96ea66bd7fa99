import type { ESLint, Linter } from 'eslint';
import type { LintOutcome } from '../engine/lint-text';

/**
 * One file's outcome in ESLint's own result shape, so ESLint's formatters can print it. As
 * ESLint does: when fixes changed the text, `output` holds it (and the messages are about it),
 * otherwise `source` holds the text the messages are about.
 */
export function toLintResult(filePath: string, source: string, outcome: LintOutcome, fixed?: string): ESLint.LintResult {
  // A Python syntax error comes with the findings of the parts that parsed; JavaScript has none.
  const messages: Linter.LintMessage[] = outcome.parseError ? [outcome.parseError, ...outcome.messages] : outcome.messages;
  if (fixed !== undefined && fixed !== source) return { ...resultOf(filePath, messages), output: fixed };
  return { ...resultOf(filePath, messages), ...(messages.length > 0 ? { source } : {}) };
}

/**
 * A file (or folder) that was not linted, said in the report where its findings would be: an
 * error when it could not be read (the run did not see what it holds), a warning when it was
 * skipped on purpose. ESLint reports files it ignores the same way.
 */
export function notLintedResult(filePath: string, message: string, severity: 1 | 2): ESLint.LintResult {
  return resultOf(filePath, [{ ruleId: null, message, severity, line: 1, column: 1, ...(severity === 2 ? { fatal: true } : {}) }]);
}

function resultOf(filePath: string, messages: Linter.LintMessage[]): ESLint.LintResult {
  const count = (severity: number, fixable = false): number =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    usedDeprecatedRules: [],
  };
}
