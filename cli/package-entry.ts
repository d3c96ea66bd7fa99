// The `asyncwise` package's one file, in three roles: the command-line linter; with `--lsp`, the
// language server for editors other than VS Code (Neovim, Helix, Zed: `asyncwise --lsp --stdio`);
// and, in a worker thread started from this same file, that server's lint worker. One bundle
// holds ESLint, typescript-eslint and TypeScript once for all three.
import { isMainThread } from 'node:worker_threads';

if (!isMainThread) {
  void import('../server/lint-worker').then(({ runLintWorker }) => runLintWorker());
} else if (process.argv.includes('--lsp')) {
  void import('../server/server').then(({ startServer }) => startServer(__filename));
} else {
  // Runs the command line on import.
  void import('./main');
}
