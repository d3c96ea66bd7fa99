import type { ESLint } from 'eslint';
import path from 'node:path';
import { isPythonFile } from '../engine/extensions';
import { LintEngine } from '../engine/lint-text';
import manifest from '../package.json';
import { parseArgs, UsageError, type CliOptions } from './args';
import { FORMATS, formatReport, isFormatName, type FormatName } from './formats/index';
import { DEFAULT_FOLDER, installed, USER_CWD } from './installed';
import { lintFiles, lintText, type LintFilesOptions } from './lint-files';
import { cliText } from './messages';
import { usage } from './usage';
import { notLintedResult } from './results';
import { outputFileProblem, toleratePipeClosed, writeOut, writeReportFile } from './report-output';
import { readStdin, stdinPath } from './stdin';
import { collectTargets } from './targets';


async function main(argv: readonly string[]): Promise<number> {
  toleratePipeClosed();
  // One pass over the files: typescript-eslint can skip re-reading every project when a file is
  // not found in one (it guesses single runs from CI=true only). The user's own choice wins.
  process.env.TSESTREE_SINGLE_RUN ??= 'true';
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return fail(`${error.message}\n\n${usage()}`);
  }
  if (options.help) return print(`${usage()}\n`);
  if (options.version) return print(`asyncwise ${manifest.version}\n`);
  // Checked before linting: a typo should not cost a whole run.
  const formatName = options.format;
  if (!isFormatName(formatName)) return fail(cliText('unknownFormat', options.format, FORMATS.join(', ')));
  const outputFile = options.outputFile && path.resolve(USER_CWD, options.outputFile);
  const outputProblem = outputFile && outputFileProblem(outputFile);
  if (outputProblem) return fail(outputProblem);

  const results = options.stdin ? await lintStdin(options) : await lintPaths(options);
  if (typeof results === 'number') return results;

  const report = formatReport(results, formatName, { cwd: USER_CWD, version: manifest.version, locale: 'en' });
  warnAboutNpmBanner(options, formatName);
  if (outputFile && !writeReportFile(outputFile, report)) return 2;
  if (!outputFile) writeOut(report);
  return results.some((result) => result.errorCount > 0) ? 1 : 0;
}

async function lintPaths(options: CliOptions): Promise<ESLint.LintResult[] | number> {
  const given = options.paths.length > 0 ? options.paths : [DEFAULT_FOLDER];
  const targets = collectTargets(given.map((entry) => path.resolve(USER_CWD, entry)));
  if (targets.missing.length > 0) return fail(targets.missing.map((missing) => cliText('noSuchPath', missing)).join('\n'));
  if (options.paths.length === 0 && !installed) process.stderr.write(`${cliText('noPathGiven', DEFAULT_FOLDER)}\n`);
  for (const folder of targets.emptyFolders) process.stderr.write(`asyncwise: ${cliText('noFilesFound', folder)}\n`);

  const engine = new LintEngine({ rootDir: commonFolder(targets.roots.length > 0 ? targets.roots : [USER_CWD]) });
  // The Python parser is WebAssembly that loads asynchronously; JavaScript-only runs skip it.
  if (targets.files.some(isPythonFile)) await LintEngine.load();
  const progress = createProgress(targets.files.length);
  const linted = await lintFiles(targets.files, engine, lintOptions(options), progress);
  progress(targets.files.length, '');
  const notLinted = targets.notLinted.map((entry) =>
    entry.reason === 'notLintable'
      ? notLintedResult(entry.path, cliText('notLintable'), 1)
      : notLintedResult(entry.path, cliText(entry.reason, entry.detail), 2),
  );
  return [...notLinted, ...linted];
}

/** `--stdin`: one text; its name (default `<text>`, linted as JavaScript) decides language and project. */
async function lintStdin(options: CliOptions): Promise<ESLint.LintResult[]> {
  const text = await readStdin();
  const filePath = stdinPath(options.stdinFilename, USER_CWD);
  const engine = new LintEngine({ rootDir: USER_CWD });
  if (isPythonFile(filePath.linted)) await LintEngine.load();
  const result = await lintText(filePath.linted, text, engine, lintOptions(options));
  return [{ ...result, filePath: filePath.reported }];
}

function lintOptions(options: CliOptions): LintFilesOptions {
  return { typeAware: options.typeAware, maxFileSize: options.maxFileSize, fix: options.fix ? 'write' : options.fixDryRun ? 'report' : 'none' };
}

/** The folder that holds every path given: where TypeScript's project service resolves from. */
function commonFolder(folders: string[]): string {
  return folders.reduce((common, folder) => {
    while (common !== path.dirname(common) && !`${folder}${path.sep}`.startsWith(`${common}${path.sep}`)) common = path.dirname(common);
    return common;
  });
}

/** Formats that tools read: one line before them breaks the whole report. */
const MACHINE_READABLE = new Set<FormatName>(['json', 'sarif', 'github']);

/**
 * `npm start` prints its own banner on stdout before the report, which breaks a JSON report
 * redirected to a file; `npm start --silent` does not. Said once, on stderr.
 */
function warnAboutNpmBanner(options: CliOptions, format: FormatName): void {
  const env = process.env;
  const bannerPrinted = !installed && env.npm_package_name === manifest.name && env.npm_lifecycle_event === 'start' && env.npm_config_loglevel !== 'silent';
  if (bannerPrinted && MACHINE_READABLE.has(format) && !options.outputFile && !process.stdout.isTTY) {
    process.stderr.write(`asyncwise: ${cliText('npmBanner', options.format)}\n`);
  }
}

/** A one-line progress counter on stderr, only for an interactive terminal. */
function createProgress(total: number): (done: number, file: string) => void {
  if (!process.stderr.isTTY || total < 20) return () => undefined;
  return (done, file) => {
    const line = done === total ? '' : `Linting ${done + 1}/${total} ${path.basename(file)}`;
    process.stderr.write(`\r\u001b[K${line.slice(0, (process.stderr.columns || 80) - 1)}`);
  };
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`asyncwise: ${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`asyncwise: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
