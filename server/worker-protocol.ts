import type { Linter } from 'eslint';
import type { PythonOptions } from '../engine/lint-config';
import type { EngineMessage } from '../engine/lint-text';

/** Main thread → lint worker. */
export interface LintJob {
  id: number;
  filePath: string;
  text: string;
  rootDir: string;
  typeAware: boolean;
  ruleSeverities: Record<string, 'error' | 'warn' | 'off'>;
  python?: PythonOptions;
}

/** A rule that threw while linting a file; the file was linted again without it. */
export interface RuleCrash {
  ruleId: string;
  message: string;
}

/** Lint worker → main thread. */
export interface LintJobResult {
  id: number;
  /** With each finding's "disable for this line" edit. */
  messages: EngineMessage[];
  typed: boolean;
  parseError?: Linter.LintMessage;
  crashes: RuleCrash[];
  durationMs: number;
  /** Set when linting failed as a whole (not a single rule). */
  failure?: string;
  /**
   * An early answer from syntax alone, sent while the typed lint of the same job still runs;
   * the final result for the job follows.
   */
  partial?: boolean;
}
