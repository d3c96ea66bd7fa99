import type { ESLint } from 'eslint';
import path from 'node:path';
import { explainerFor, firstParagraph } from '../engine/explainer';
import { docsUrl } from '../rules/create-rule';

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string): string => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);
const dim = (text: string): string => paint(2, text);
const bold = (text: string): string => paint(1, text);

/**
 * The default report: ESLint's stylish layout (file, then `line:col severity message rule`),
 * followed by what each reported rule means and where to read more.
 */
export function formatExplained(results: ESLint.LintResult[], cwd: string): string {
  const lines: string[] = [];
  const seenRules = new Set<string>();
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    lines.push('', bold(path.relative(cwd, result.filePath) || result.filePath));
    for (const message of result.messages) {
      const severity = message.severity === 2 ? paint(31, 'error') : paint(33, 'warning');
      const where = dim(`${message.line}:${message.column}`.padEnd(8));
      lines.push(`  ${where} ${severity}  ${message.message}  ${dim(message.ruleId ?? '')}`);
      if (message.ruleId) seenRules.add(message.ruleId);
    }
    errors += result.errorCount;
    warnings += result.warningCount;
  }
  if (seenRules.size > 0) {
    lines.push('', bold('What these mean'));
    for (const ruleId of seenRules) {
      const rule = ruleId.replace(/^asyncwise\//, '');
      const explainer = explainerFor(rule, 'en');
      if (!explainer) continue;
      lines.push('', `  ${bold(ruleId)}`, ...wrap(explainer.summary, 88).map((line) => `    ${line}`));
      const why = firstParagraph(explainer.sections.why);
      if (why) lines.push(...wrap(why, 88).map((line) => `    ${dim(line)}`));
      lines.push(`    ${dim(docsUrl(rule))}`);
    }
  }
  const total = errors + warnings;
  lines.push(
    '',
    total === 0
      ? paint(32, `No async problems found in ${results.length} file${results.length === 1 ? '' : 's'}.`)
      : bold(paint(errors > 0 ? 31 : 33, `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${results.length} file${results.length === 1 ? '' : 's'}`)),
    '',
  );
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && current.length + word.length + 1 > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}
