/**
 * Splits a statement list into runs of two or more adjacent steps that do not depend on each
 * other. A statement that is no step (a log line, a check, an `if`) ends a run, so whatever
 * happens between two awaits keeps its place; a step that depends on one already in the run
 * starts a new run. Shared by prefer-promise-all and py-prefer-gather.
 */
export function independentRuns<Statement, Step>(
  statements: readonly Statement[],
  stepOf: (statement: Statement) => Step | undefined,
  independent: (earlier: Step, later: Step) => boolean,
): Step[][] {
  const runs: Step[][] = [];
  let current: Step[] = [];
  const flush = (): void => {
    if (current.length >= 2) runs.push(current);
    current = [];
  };
  for (const statement of statements) {
    const step = stepOf(statement);
    if (step === undefined) {
      flush();
      continue;
    }
    if (current.some((earlier) => !independent(earlier, step))) flush();
    current.push(step);
  }
  flush();
  return runs;
}
