import type { ESLint, Linter } from 'eslint';
import type { LintOutcome } from '../engine/lint-text';

/** One file's outcome in ESLint's own result shape, so ESLint's formatters can print it. */
export function toLintResult(filePath: string, source: string, outcome: LintOutcome): ESLint.LintResult {
  const messages: Linter.LintMessage[] = outcome.parseError ? [outcome.parseError] : outcome.messages;
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
    ...(messages.length > 0 ? { source } : {}),
  };
}
