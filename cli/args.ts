import { cliText } from './messages';

export interface CliOptions {
  /** Files and folders to lint, as typed (relative to where the command was typed). */
  paths: string[];
  format: string;
  outputFile: string | undefined;
  typeAware: boolean;
  /** Apply the safe fixes (never suggestions) and write the files back. */
  fix: boolean;
  /** Work the fixes out and put them in the report (`output`), writing no file. */
  fixDryRun: boolean;
  /** Lint the text on standard input instead of files. */
  stdin: boolean;
  /** The path the text on standard input stands for: decides its language and its project. */
  stdinFilename: string | undefined;
  /** Files larger than this many bytes are skipped, as the editor skips them. */
  maxFileSize: number;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

/** The editor's `asyncwise.maxFileSize` default: a larger file is nearly always generated or bundled. */
export const DEFAULT_MAX_FILE_SIZE = 1_000_000;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    paths: [], format: 'asyncwise', outputFile: undefined, typeAware: true, fix: false, fixDryRun: false,
    stdin: false, stdinFilename: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, help: false, version: false,
  };
  let onlyPaths = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      options.paths.push(arg);
      continue;
    }
    const [flag, inlineValue] = arg.startsWith('--') ? splitOnce(arg, '=') : [arg, undefined];
    const value = (): string => {
      const next = inlineValue ?? argv[++index];
      if (next === undefined || next.startsWith('-')) throw new UsageError(cliText('needsValue', flag));
      return next;
    };
    switch (flag) {
      case '--': onlyPaths = true; break;
      case '-f': case '--format': options.format = value(); break;
      case '-o': case '--output-file': options.outputFile = value(); break;
      case '--no-type-aware': options.typeAware = false; break;
      case '--fix': options.fix = true; break;
      case '--fix-dry-run': options.fixDryRun = true; break;
      case '--stdin': options.stdin = true; break;
      case '--stdin-filename': options.stdinFilename = value(); break;
      case '--max-file-size': options.maxFileSize = byteCount(flag, value()); break;
      case '-h': case '--help': options.help = true; break;
      case '-v': case '--version': options.version = true; break;
      default: throw new UsageError(cliText('unknownOption', flag));
    }
  }
  return checkCombinations(options);
}

/** Options that make no sense together are refused before anything is read. */
function checkCombinations(options: CliOptions): CliOptions {
  if (options.stdin && options.paths.length > 0) throw new UsageError(cliText('stdinAndPaths', options.paths.join(' ')));
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError(cliText('stdinFilenameAlone'));
  // As ESLint says: there is no file to save the fixes of standard input to.
  if (options.stdin && options.fix) throw new UsageError(cliText('fixStdin'));
  if (options.fix && options.fixDryRun) throw new UsageError(cliText('fixTwice'));
  return options;
}

function byteCount(flag: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(cliText('needsBytes', flag, text));
  return Number(text);
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
