export interface CliOptions {
  folder: string | undefined;
  format: string;
  outputFile: string | undefined;
  typeAware: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm start -- [folder] [options]

Lints the JavaScript and TypeScript files in <folder> (default: the bundled demo) with
Asyncwise's rules, typed where a tsconfig.json or jsconfig.json covers a file.

Options:
  -f, --format <name>      asyncwise (default: findings and what they mean), stylish, json,
                           sarif (SARIF 2.1.0 for code scanning), github (GitHub Actions annotations)
  -o, --output-file <file> write the report to a file instead of the terminal
      --no-type-aware      lint from syntax only, without building TypeScript programs
  -h, --help               show this help
  -v, --version            show the version

Exit code: 0 no errors, 1 errors found, 2 bad usage or unreadable folder.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    folder: undefined, format: 'asyncwise', outputFile: undefined, typeAware: true, help: false, version: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const [flag, inlineValue] = arg.startsWith('--') ? splitOnce(arg, '=') : [arg, undefined];
    const value = (): string => {
      const next = inlineValue ?? argv[++index];
      if (next === undefined || next.startsWith('-')) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '-f': case '--format': options.format = value(); break;
      case '-o': case '--output-file': options.outputFile = value(); break;
      case '--no-type-aware': options.typeAware = false; break;
      case '-h': case '--help': options.help = true; break;
      case '-v': case '--version': options.version = true; break;
      default:
        if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
        if (options.folder !== undefined) throw new UsageError(`one folder at a time (got ${options.folder} and ${arg})`);
        options.folder = arg;
    }
  }
  return options;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
