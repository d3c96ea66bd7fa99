/** `asyncwise/status`: what the server is doing, for the client's status bar. */
export const STATUS_NOTIFICATION = 'asyncwise/status';

export interface StatusParams {
  state: 'linting' | 'idle' | 'error';
  /** The file the last lint was for. */
  uri?: string;
  /** How long the last lint took. */
  lastLintMs?: number;
  /** Whether the last file was linted with type information. */
  typed?: boolean;
  /** The folder typescript-eslint resolved the project from. */
  project?: string;
  /** A short explanation for `error` (or a skipped file). */
  message?: string;
}
