import { DEFAULT_MAX_FILE_SIZE } from './args';
import { installed } from './installed';
import { cliText } from './messages';

/** `--help`: how the command is typed and what it lints by default differ between the installed package and `npm start`. */
export function usage(): string {
  return cliText(
    'usage',
    cliText(installed ? 'usageInstalled' : 'usageRepository'),
    cliText(installed ? 'defaultInstalled' : 'defaultRepository'),
    DEFAULT_MAX_FILE_SIZE,
    installed ? '' : cliText('npmNote'),
  );
}
