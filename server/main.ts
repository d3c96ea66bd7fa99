// One bundle, two roles: the language server on the main thread, the lint worker in a worker
// thread started from this same file. Run standalone with `node dist/server/server.js --stdio`.
// The worker's modules (ESLint, typescript-eslint, TypeScript) load only in the worker: the main
// thread stays small and answers at once.
import { isMainThread } from 'node:worker_threads';
import { startServer } from './server';

if (isMainThread) startServer(__filename);
else void import('./lint-worker').then(({ runLintWorker }) => runLintWorker());
