// One bundle, two roles: the language server on the main thread, the lint worker in a worker
// thread started from this same file. Run standalone with `node dist/server/server.js --stdio`.
import { isMainThread } from 'node:worker_threads';
import { runLintWorker } from './lint-worker';
import { startServer } from './server';

if (isMainThread) startServer(__filename);
else runLintWorker();
