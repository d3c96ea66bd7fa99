/** `// asyncwise-expect: rule-a, rule-b` at the end of a line (`#` in Python). */
const MARKER = /(?:\/\/|#)\s*asyncwise-expect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*$/;

export interface ExpectedFinding {
  line: number;
  ruleId: string;
}

/** The findings a fixture file declares, as `asyncwise/<rule>` ids by 1-based line. */
export function readExpectations(text: string): ExpectedFinding[] {
  return text.split('\n').flatMap((line, index) => {
    const match = MARKER.exec(line);
    if (!match?.[1]) return [];
    return match[1].split(',').map((rule) => ({ line: index + 1, ruleId: `asyncwise/${rule.trim()}` }));
  });
}
