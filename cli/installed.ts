// Whether this CLI runs as the installed `asyncwise` command (the npm package's bundle) or through
// `npm start` in this repository. The package build defines ASYNCWISE_INSTALLED; nothing else does.
import path from 'node:path';

declare const ASYNCWISE_INSTALLED: boolean | undefined;

export const installed = typeof ASYNCWISE_INSTALLED === 'boolean' && ASYNCWISE_INSTALLED;

/**
 * Where the user typed the command. `npm start` runs scripts from the repository root and says
 * where it was typed in INIT_CWD; the installed command runs where it is started (in a project's
 * npm script that is the project root, as for ESLint), so it never reads INIT_CWD.
 */
export const USER_CWD = installed ? process.cwd() : (process.env.INIT_CWD ?? process.cwd());

/** What is linted when no path is given: the project (installed), or the bundled demo (`npm start`). */
export const DEFAULT_FOLDER = installed ? USER_CWD : path.resolve(__dirname, '..', 'test-fixtures', 'demo');
