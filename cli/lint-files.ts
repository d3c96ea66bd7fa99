import type { ESLint } from 'eslint';
import fs from 'node:fs/promises';
import type { LintEngine } from '../engine/lint-text';
import { sizeSkipReason, skipReason, type SkipReason } from '../engine/skip-reason';
import { lintAndFix } from './fix';
import { cliText } from './messages';
import { notLintedResult, toLintResult } from './results';

export interface LintFilesOptions {
  typeAware: boolean;
  /** `write`: save the fixed files (--fix); `report`: only put the fixed text in the report. */
  fix: 'write' | 'report' | 'none';
  maxFileSize: number;
}

/**
 * Lints one file after another (linting is CPU-bound on this thread: reading ahead gains nothing).
 * Whatever goes wrong with one file (it cannot be read, vanished, a rule failed on it, its fixes
 * cannot be saved) becomes an error in the report for that file, and the others are still linted.
 */
export async function lintFiles(
  files: readonly string[],
  engine: LintEngine,
  options: LintFilesOptions,
  progress: (index: number, file: string) => void,
): Promise<ESLint.LintResult[]> {
  const results: ESLint.LintResult[] = [];
  for (const [index, file] of files.entries()) {
    progress(index, file);
    results.push(await lintFile(file, engine, options));
  }
  return results;
}

export async function lintFile(file: string, engine: LintEngine, options: LintFilesOptions): Promise<ESLint.LintResult> {
  const source = await readSource(file, options.maxFileSize);
  if ('notLinted' in source) return source.notLinted;
  return lintText(file, source.text, engine, options);
}

/** Lints text already in hand (a file's, or standard input's). */
export async function lintText(file: string, text: string, engine: LintEngine, options: LintFilesOptions): Promise<ESLint.LintResult> {
  const skipped = skipReason(text, options.maxFileSize);
  if (skipped) return notLintedResult(file, skipMessage(skipped), 1);
  const request = { filePath: file, text, typeAware: options.typeAware };
  let linted: ReturnType<typeof lintAndFix>;
  try {
    linted = options.fix === 'none' ? { outcome: engine.lint(request), output: text } : lintAndFix(engine, request);
  } catch (error) {
    return notLintedResult(file, cliText('lintFailed', messageOf(error)), 2);
  }
  if (options.fix === 'write' && linted.output !== text) {
    try {
      await fs.writeFile(file, linted.output);
    } catch (error) {
      return notLintedResult(file, cliText('fixNotSaved', messageOf(error)), 2);
    }
  }
  return toLintResult(file, text, linted.outcome, linted.output);
}

/**
 * The text of a file, or why it is not linted. Only regular files are read: a FIFO or a device
 * that happens to end in `.js` would block the run forever.
 */
async function readSource(file: string, maxFileSize: number): Promise<{ text: string } | { notLinted: ESLint.LintResult }> {
  try {
    const stats = await fs.stat(file);
    if (!stats.isFile()) return { notLinted: notLintedResult(file, cliText('unreadableFile', cliText('notRegularFile')), 2) };
    const tooLarge = sizeSkipReason(stats.size, maxFileSize);
    if (tooLarge) return { notLinted: notLintedResult(file, skipMessage(tooLarge), 1) };
    return { text: await fs.readFile(file, 'utf8') };
  } catch (error) {
    return { notLinted: notLintedResult(file, cliText('unreadableFile', messageOf(error)), 2) };
  }
}

export function skipMessage(reason: SkipReason): string {
  switch (reason.kind) {
    case 'large': return cliText('skippedLarge', reason.bytes, reason.limit);
    case 'minified': return cliText('skippedMinified', reason.averageLineLength);
    case 'generated': return cliText('skippedGenerated', reason.marker);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
