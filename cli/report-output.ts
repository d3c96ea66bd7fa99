import fs from 'node:fs';
import path from 'node:path';
import { cliText } from './messages';

/**
 * Why the report cannot go to `file`, found before linting: a typo in `--output-file` should not
 * cost a whole run. Missing folders on the way are created, as ESLint creates them.
 */
export function outputFileProblem(file: string): string | undefined {
  try {
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) return cliText('outputIsFolder', file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const existing = fs.existsSync(file);
    fs.accessSync(existing ? file : path.dirname(file), fs.constants.W_OK);
    return undefined;
  } catch (error) {
    return cliText('outputUnwritable', file, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Writes the report to `file`; if that fails after all (the disk filled up meanwhile), the report
 * goes to the terminal after a one-line error instead of being lost. False when it did.
 */
export function writeReportFile(file: string, report: string): boolean {
  try {
    fs.writeFileSync(file, report);
    return true;
  } catch (error) {
    process.stderr.write(`asyncwise: ${cliText('outputFailedShownHere', file, error instanceof Error ? error.message : String(error))}\n`);
    writeOut(report);
    return false;
  }
}

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * A reader that stops early (`asyncwise | head`) closes the pipe: the rest of the report has
 * nowhere to go, which is no error of ours. Anything else still fails loudly.
 */
export function toleratePipeClosed(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}
