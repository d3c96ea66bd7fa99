// The shipped demos (demos/ in the extension, never in the user's project): one JavaScript and
// one Python script per concept page, each timing the slow way against the better one. No
// `vscode` import: the demo tests and the timing recorder use this too.
import { CONCEPT_SLUGS, type ConceptLocale, type ConceptSlug } from '../rules/concepts';

export type DemoLanguage = 'js' | 'python';

export interface Demo {
  concept: ConceptSlug;
  language: DemoLanguage;
  /** Path below demos/, with forward slashes: `js/blocking.mjs`. */
  file: string;
}

export const DEMOS: readonly Demo[] = CONCEPT_SLUGS.flatMap((concept): Demo[] => [
  { concept, language: 'js', file: `js/${concept}.mjs` },
  { concept, language: 'python', file: `python/${concept}.py` },
]);

export function findDemo(file: unknown): Demo | undefined {
  return DEMOS.find((demo) => demo.file === file);
}

/** `✗` the slow way, `✓` the better way, `·` shown for comparison. */
export type RowMark = 'slow' | 'fast' | 'note';

export interface DemoRow {
  mark: RowMark;
  label: Record<ConceptLocale, string>;
  seconds: number;
  /** The pieces of CPU work of the row, for demos that compute: where and when each ran. */
  pieces?: DemoPiece[];
}

/** One piece of CPU work: the thread (JavaScript) or process (Python) it ran in, and when. */
export interface DemoPiece {
  thread?: number;
  process?: number;
  /** When the piece was handed to its thread or process; milliseconds on a clock all share. */
  handedMs?: number;
  startMs: number;
  endMs: number;
}

/** What a demo prints with `--json`. */
export interface DemoReport {
  title: Record<ConceptLocale, string>;
  rows: DemoRow[];
  notes: Record<ConceptLocale, string>[];
}

const MARKS: Record<string, RowMark> = { '✗': 'slow', '✓': 'fast', '·': 'note' };
const ROW_LINE = /^\s+([✗✓·]) (.+?)\s{2,}(\d+\.\d+) s\b/;

/** The measured rows of a demo's terminal output (labels in the language it printed). */
export function parseDemoOutput(output: string): { mark: RowMark; label: string; seconds: number }[] {
  return output.split(/\r?\n/).flatMap((line) => {
    const match = ROW_LINE.exec(line);
    return match ? [{ mark: MARKS[match[1]!]!, label: match[2]!, seconds: Number(match[3]) }] : [];
  });
}

/**
 * The claim every demo makes: each better way finished before every slow way. Returns what is
 * wrong, or undefined when the figures show it.
 */
export function claimProblem(rows: readonly { mark: RowMark; seconds: number }[]): string | undefined {
  const slow = rows.filter((row) => row.mark === 'slow').map((row) => row.seconds);
  const fast = rows.filter((row) => row.mark === 'fast').map((row) => row.seconds);
  if (slow.length === 0 || fast.length === 0) return 'no slow or no fast row';
  if (Math.max(...fast) >= Math.min(...slow)) return `fast ${Math.max(...fast)} s is not below slow ${Math.min(...slow)} s`;
  return undefined;
}
