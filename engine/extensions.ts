/** The file kinds Asyncwise lints. No dependencies: the server's main thread imports it. */
export const LINTED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;
