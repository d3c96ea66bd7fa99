import { parentPort } from 'node:worker_threads';
import { isPythonFile } from '../engine/extensions';
import type { PythonOptions } from '../engine/lint-config';
import { LintEngine } from '../engine/lint-text';
import { pythonParserLoaded } from '../languages/python/tree-sitter';
import type { LintJob, LintJobResult, RuleCrash } from './worker-protocol';

/** ESLint appends `Rule: "<id>"` to errors thrown inside a rule. */
const CRASHED_RULE = /Rule: "([^"]+)"/;

/**
 * The lint worker: owns ESLint's Linter and typescript-eslint's project service (the slow,
 * stateful part), so the server's message loop never waits on a lint.
 */
export function runLintWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('the lint worker must run in a worker thread');
  const engines = new Map<string, LintEngine>();

  const engineFor = (rootDir: string, severities: Record<string, string>, python?: PythonOptions): LintEngine => {
    const key = `${rootDir}\n${JSON.stringify(severities)}\n${JSON.stringify(python ?? {})}`;
    let engine = engines.get(key);
    if (!engine) {
      engine = new LintEngine({ rootDir, ruleSeverities: severities as LintJob['ruleSeverities'], longRunning: true, python });
      engines.set(key, engine);
    }
    return engine;
  };

  /** Files linted before: only a file's first lint waits for TypeScript to load its project. */
  const seen = new Set<string>();

  // The Python parser is WebAssembly and loads asynchronously: start at once, Python jobs wait for it.
  const pythonReady = LintEngine.load();
  pythonReady.catch(() => undefined);

  const handle = (job: LintJob): void => {
    // Python rules all work from syntax: the full lint is as quick as an early one would be.
    if (job.typeAware && !isPythonFile(job.filePath) && !seen.has(job.filePath)) {
      const early = earlyFindings(job, engineFor(job.rootDir, job.ruleSeverities, job.python));
      if (early) port.postMessage(early);
    }
    seen.add(job.filePath);
    port.postMessage(lintWithCrashIsolation(job, (root, severities) => engineFor(root, severities, job.python)));
  };

  port.on('message', (job: LintJob) => {
    if (!isPythonFile(job.filePath) || pythonParserLoaded()) {
      handle(job);
      return;
    }
    pythonReady.then(
      () => handle(job),
      (error: unknown) => {
        const failure = `the Python parser did not load: ${error instanceof Error ? error.message : String(error)}`;
        port.postMessage({ id: job.id, messages: [], typed: false, crashes: [], durationMs: 0, failure } satisfies LintJobResult);
      },
    );
  });
}

function earlyFindings(job: LintJob, engine: LintEngine): LintJobResult | undefined {
  const started = performance.now();
  try {
    const messages = engine.lintEarly({ filePath: job.filePath, text: job.text, withSuppressions: true });
    if (!messages || messages.length === 0) return undefined;
    return { id: job.id, messages, typed: false, crashes: [], durationMs: performance.now() - started, partial: true };
  } catch {
    // The full lint that follows isolates and reports rule crashes.
    return undefined;
  }
}

/** Lints a job; a rule that throws is turned off for this file and the file linted again. */
export function lintWithCrashIsolation(
  job: LintJob,
  engineFor: (rootDir: string, severities: Record<string, string>) => Pick<LintEngine, 'lint'>,
): LintJobResult {
  const started = performance.now();
  const crashes: RuleCrash[] = [];
  const severities = { ...job.ruleSeverities };
  // Each retry turns one crashing rule off; a handful of retries covers every rule we ship.
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      const outcome = engineFor(job.rootDir, severities).lint({ filePath: job.filePath, text: job.text, typeAware: job.typeAware, withSuppressions: true });
      return { id: job.id, ...outcome, crashes, durationMs: performance.now() - started };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const ruleId = CRASHED_RULE.exec(message)?.[1];
      if (!ruleId?.startsWith('asyncwise/')) {
        return { id: job.id, messages: [], typed: false, crashes, durationMs: performance.now() - started, failure: message };
      }
      crashes.push({ ruleId, message: message.split('\n')[0] ?? message });
      severities[ruleId.slice('asyncwise/'.length)] = 'off';
    }
  }
  return { id: job.id, messages: [], typed: false, crashes, durationMs: performance.now() - started, failure: 'too many rule crashes' };
}
