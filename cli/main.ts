import type { ESLint } from 'eslint';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isPythonFile } from '../engine/extensions';
import { LINTED_EXTENSIONS } from '../engine/lint-config';
import { LintEngine } from '../engine/lint-text';
import { listSourceFiles } from '../engine/source-files';
import manifest from '../package.json';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { FORMATS, formatReport, isFormatName } from './formats/index';
import { DEFAULT_FOLDER, installed, USER_CWD } from './installed';
import { toLintResult } from './results';


async function main(argv: readonly string[]): Promise<number> {
  // One pass over the files: typescript-eslint can skip re-reading every project when a file is
  // not found in one (it guesses single runs from CI=true only). The user's own choice wins.
  process.env.TSESTREE_SINGLE_RUN ??= 'true';
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`asyncwise: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) return print(`${USAGE}\n`);
  if (options.version) return print(`asyncwise ${manifest.version}\n`);
  // Checked before linting: a typo should not cost a whole run.
  const formatName = options.format;
  if (!isFormatName(formatName)) {
    process.stderr.write(`asyncwise: unknown format "${options.format}" (use ${FORMATS.join(', ')})\n`);
    return 2;
  }

  const folder = path.resolve(USER_CWD, options.folder ?? DEFAULT_FOLDER);
  const stats = await fs.stat(folder).catch(() => undefined);
  if (!stats?.isDirectory()) {
    process.stderr.write(`asyncwise: ${folder} is not a folder\n`);
    return 2;
  }
  if (options.folder === undefined && !installed) process.stderr.write(`No folder given: linting the demo in ${folder}\n`);

  const files = listSourceFiles(folder, LINTED_EXTENSIONS);
  const engine = new LintEngine({ rootDir: folder });
  // The Python parser is WebAssembly that loads asynchronously; JavaScript-only folders skip it.
  if (files.some(isPythonFile)) await LintEngine.load();
  const progress = createProgress(files.length);
  const results: ESLint.LintResult[] = [];
  // One file at a time: linting is CPU-bound on this thread, so reading ahead would gain nothing.
  for (const [index, file] of files.entries()) {
    progress(index, file);
    const text = await fs.readFile(file, 'utf8');
    results.push(toLintResult(file, text, engine.lint({ filePath: file, text, typeAware: options.typeAware })));
  }
  progress(files.length, '');

  const report = formatReport(results, formatName, { cwd: USER_CWD, version: manifest.version, locale: 'en' });
  if (options.outputFile) await fs.writeFile(path.resolve(USER_CWD, options.outputFile), report);
  else process.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
  return results.some((result) => result.errorCount > 0) ? 1 : 0;
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`asyncwise: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
