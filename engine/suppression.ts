import type { Linter, Rule, SourceCode } from 'eslint';
import { multiLineStrings } from '../languages/python/multi-line-strings';
import type { PyModule } from '../languages/python/syntax-tree';

/**
 * "Disable for this line": the edit that silences one finding and changes nothing else. Where it
 * goes depends on the syntax around the finding, so it is worked out here, with the parsed file at
 * hand, and carried with the finding.
 *
 * JavaScript: `// eslint-disable-next-line <rule>` on a line of its own above the finding. When
 * that line would land inside a multi-line template literal, string or comment (the finding sits
 * in `${…}` on a line of a template), it would change the text and silence nothing; then a
 * `/* eslint-disable-line <rule> *\/` goes right before the finding, in code, on its own line.
 *
 * Python: `# asyncwise: ignore[<rule>]` at the end of the line, joining one already there. Inside a
 * triple-quoted string a comment cannot be written on the finding's line; it goes at the end of
 * the line where the string ends, which covers the string's lines (as ruff's `# noqa` does).
 */
export function suppressionFor(sourceCode: SourceCode, message: Linter.LintMessage): Rule.Fix | undefined {
  if (!message.ruleId) return undefined;
  const ast = sourceCode.ast as unknown as Partial<PyModule>;
  return ast.type === 'module' && Array.isArray(ast.comments)
    ? pythonSuppression(sourceCode.text, ast as PyModule, message.line, message.ruleId)
    : javascriptSuppression(sourceCode, message);
}

type Ranged = { range: [number, number] };

function javascriptSuppression(sourceCode: SourceCode, message: Linter.LintMessage): Rule.Fix | undefined {
  const { text } = sourceCode;
  const lineStart = sourceCode.getIndexFromLoc({ line: message.line, column: 0 });
  const tokens = [...(sourceCode.ast.tokens as Ranged[]), ...(sourceCode.ast.comments as Ranged[])];
  if (!tokens.some((token) => token.range[0] < lineStart && lineStart < token.range[1])) {
    const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
    return { range: [lineStart, lineStart], text: `${indent}// eslint-disable-next-line ${message.ruleId}\n` };
  }
  // Right before the finding: a token starts there (a finding starts at a node), so a comment fits.
  const at = sourceCode.getIndexFromLoc({ line: message.line, column: message.column - 1 });
  if (!tokens.some((token) => token.range[0] === at)) return undefined;
  return { range: [at, at], text: `/* eslint-disable-line ${message.ruleId} */ ` };
}

function pythonSuppression(text: string, module: PyModule, line: number, ruleId: string): Rule.Fix | undefined {
  const target = lineEndingStringsAt(module, line);
  const lines = text.split('\n');
  const lineText = (lines[target - 1] ?? '').replace(/\r$/, '');
  const lineStart = lines.slice(0, target - 1).reduce((offset, each) => offset + each.length + 1, 0);
  const name = ruleId.replace(/^asyncwise\//, '');
  const existing = /#\s*asyncwise:\s*ignore\[([^\]]*)\]/.exec(lineText);
  if (existing) {
    const at = lineStart + existing.index + existing[0].length - 1;
    return { range: [at, at], text: `, ${name}` };
  }
  const trimmed = lineText.trimEnd();
  // After a line continuation a comment would end the statement.
  if (trimmed.endsWith('\\')) return undefined;
  return { range: [lineStart + trimmed.length, lineStart + lineText.length], text: `  # asyncwise: ignore[${name}]` };
}

/**
 * The line a suppression for `line` has to go on: the line itself, or where the triple-quoted
 * string it is in ends (the outermost one, then again if that line is inside another).
 */
function lineEndingStringsAt(module: PyModule, line: number): number {
  const strings = multiLineStrings(module);
  let target = line;
  for (let changed = true; changed; ) {
    changed = false;
    for (const string of strings) {
      // The end of `target` is inside the string: a comment there would be part of it.
      if (string.loc.start.line <= target && target < string.loc.end.line) {
        target = string.loc.end.line;
        changed = true;
      }
    }
  }
  return target;
}
