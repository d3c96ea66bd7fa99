import type { PyComment } from './syntax-tree';

/**
 * Python-style suppressions, like `# noqa` and `# type: ignore[...]`:
 *   x = requests.get(url)  # asyncwise: ignore[py-blocking-in-async]
 *   x = requests.get(url)  # asyncwise: ignore            (every rule on this line)
 *   # asyncwise: ignore-file[py-prefer-gather]             (the whole file; at any line)
 * Rule names may be written with or without the `asyncwise/` prefix; a reason may follow ` -- `.
 * At the end of a triple-quoted string, a line suppression covers the string's lines as well
 * (see PythonSourceCode.getDisableDirectives), as ruff's `# noqa` does.
 */
const DIRECTIVE = /^#\s*asyncwise:\s*(ignore|ignore-file)\b(?:\[([^\]]*)\])?\s*(?:--\s*(.*))?$/;

export interface Suppression {
  kind: 'line' | 'file';
  /** Full rule ids (`asyncwise/...`); empty for every rule. */
  rules: string[];
  justification: string;
  comment: PyComment;
}

export interface SuppressionProblem {
  message: string;
  comment: PyComment;
}

export function readSuppressions(comments: PyComment[]): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  for (const comment of comments) {
    // Also after another tool's comment on the same line: `# noqa  # asyncwise: ignore[...]`.
    const at = /(?:^|\s)#\s*asyncwise:/.exec(comment.text);
    if (!at) continue;
    const text = comment.text.slice(at.index).trim();
    const match = DIRECTIVE.exec(text);
    if (!match) {
      problems.push({ message: `Unrecognised Asyncwise comment: write "# asyncwise: ignore[rule-name]" or "# asyncwise: ignore-file[rule-name]".`, comment });
      continue;
    }
    const names = (match[2] ?? '').split(',').map((name) => name.trim()).filter((name) => name.length > 0);
    suppressions.push({
      kind: match[1] === 'ignore-file' ? 'file' : 'line',
      rules: names.map((name) => (name.includes('/') ? name : `asyncwise/${name}`)),
      justification: match[3]?.trim() ?? '',
      comment,
    });
  }
  return { suppressions, problems };
}
