/** The file kinds Asyncwise lints. No dependencies: the server's main thread imports it. */
export const JAVASCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;
export const PYTHON_EXTENSIONS = ['.py', '.pyi'] as const;
export const LINTED_EXTENSIONS = [...JAVASCRIPT_EXTENSIONS, ...PYTHON_EXTENSIONS] as const;

export function isPythonFile(filePath: string): boolean {
  return (PYTHON_EXTENSIONS as readonly string[]).some((extension) => filePath.endsWith(extension));
}
