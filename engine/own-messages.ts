import type { Linter } from 'eslint';
import { isPythonFile } from './extensions';

/** ESLint's text for a file its parser could not read; rules did not run. */
export function isParseError(message: Linter.LintMessage): boolean {
  return message.fatal === true && message.ruleId === null && message.message.startsWith('Parsing error');
}

/**
 * What Asyncwise has to say about a file: its own findings and parse errors. ESLint also reads
 * the comments a project wrote for its own ESLint setup: `/* eslint-env node *\/` (refused by
 * ESLint 10 as a "fatal" message, though every rule still ran), `// eslint-disable-next-line
 * some-plugin/rule` ("Definition for rule … was not found", as only our plugin is loaded),
 * `/* global *\/` and `/* eslint *\/` settings of other rules. Those are the project's business
 * with its own linter, not findings: the editor and the command line both leave them out.
 * In Python every comment ESLint reads is an `# asyncwise:` one, so its problems are ours.
 */
export function ownMessages(messages: Linter.LintMessage[], filePath: string): Linter.LintMessage[] {
  if (isPythonFile(filePath)) return messages;
  return messages.filter((message) => message.ruleId?.startsWith('asyncwise/') === true || isParseError(message));
}
