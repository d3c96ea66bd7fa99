// GitHub Actions workflow commands: each finding becomes an `::error`/`::warning` line, which the
// Actions runner turns into an annotation on the file and line of the pull request. Parse errors
// are annotations too (nobody reads a log that passes). A summary line closes the report.
import type { ESLint, Linter } from 'eslint';
import path from 'node:path';
import { docsUrl } from '../../rules/docs-url';
import type { FormatContext } from './context';

export function formatGithub(results: readonly ESLint.LintResult[], context: FormatContext): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    // The runner resolves relative paths against the workspace, where the command runs.
    const file = path.relative(context.cwd, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      if (message.severity === 2) errors += 1;
      else warnings += 1;
      lines.push(annotation(file, message));
    }
  }
  const total = errors + warnings;
  lines.push(total === 0
    ? `Asyncwise: no async problems in ${results.length} file${results.length === 1 ? '' : 's'}.`
    : `Asyncwise: ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}).`);
  return `${lines.join('\n')}\n`;
}

function annotation(file: string, message: Linter.LintMessage): string {
  const command = message.severity === 2 ? 'error' : 'warning';
  const rule = message.ruleId?.replace(/^asyncwise\//, '');
  const properties: [string, string | number | undefined][] = [
    ['file', file],
    ['line', Math.max(1, message.line)],
    ['endLine', message.endLine],
    ['col', Math.max(1, message.column)],
    ['endColumn', message.endLine === message.line ? message.endColumn : undefined],
    ['title', message.ruleId ?? (message.message.startsWith('Parsing error') ? 'Parse error' : undefined)],
  ];
  const header = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  // The annotation's body may hold lines: the message, then where to read why.
  const body = message.ruleId?.startsWith('asyncwise/') && rule ? `${message.message}\n${docsUrl(rule)}` : message.message;
  return `::${command} ${header}::${escapeData(body)}`;
}

/** The runner's escapes for a command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also end at `,` and `:`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
