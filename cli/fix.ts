import type { Linter } from 'eslint';
import type { LintEngine, LintOutcome, LintRequest } from '../engine/lint-text';

/** As ESLint's --fix: a fix can make room for another, so lint again, but not forever. */
const MAX_PASSES = 10;
const BOM = '\uFEFF';

/**
 * `--fix`: the safe fixes only (a rule's `fix`, never a suggestion: those change behaviour and wait
 * for a person), the same set the editor applies on save. Returns the last lint and the fixed text.
 */
export function lintAndFix(engine: LintEngine, request: LintRequest): { outcome: LintOutcome; output: string } {
  let text = request.text;
  let outcome = engine.lint(request);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixed = applyFixes(text, outcome.messages);
    if (fixed === text) break;
    text = fixed;
    outcome = engine.lint({ ...request, text });
  }
  return { outcome, output: text };
}

/**
 * Applies the fixes that do not overlap one taken before, in order. Ranges count from after a
 * byte order mark, as ESLint reports them.
 */
export function applyFixes(text: string, messages: Linter.LintMessage[]): string {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = bom ? text.slice(1) : text;
  const fixes = messages.flatMap((message) => message.fix ?? []).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  /** Where the last fix taken ends; a fix that starts there or before would touch its text. */
  let last = -1;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start <= last || start > end) continue;
    output += body.slice(Math.max(0, last), start) + fix.text;
    last = end;
  }
  return last === -1 ? text : bom + output + body.slice(last);
}
