// The report formats of the CLI, by the name `--format` takes.
import type { ESLint } from 'eslint';
import formatEslintJson from 'eslint/lib/cli-engine/formatters/json.js';
import formatStylish from 'eslint/lib/cli-engine/formatters/stylish.js';
import { formatExplained } from '../explained-formatter';
import type { FormatContext } from './context';
import { formatGithub } from './github';
import { formatSarif } from './sarif';

export type { FormatContext } from './context';

const formatters = {
  /** Findings, then what each reported rule means (the default). */
  asyncwise: (results, context) => formatExplained(results as ESLint.LintResult[], context.cwd),
  /** ESLint's layout, for people who read ESLint's output every day. */
  stylish: (results) => formatStylish([...results], {}),
  /** ESLint's JSON results. */
  json: (results) => formatEslintJson([...results]),
  /** SARIF 2.1.0 for code scanning. */
  sarif: formatSarif,
  /** GitHub Actions annotations. */
  github: formatGithub,
} satisfies Record<string, (results: readonly ESLint.LintResult[], context: FormatContext) => string>;

export type FormatName = keyof typeof formatters;

export const FORMATS = Object.keys(formatters) as FormatName[];

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(formatters, name);

export function formatReport(results: readonly ESLint.LintResult[], name: FormatName, context: FormatContext): string {
  // Every format lists files in the same order, whatever order they were linted in.
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return formatters[name](sorted, context);
}
