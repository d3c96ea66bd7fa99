import fs from 'node:fs';
import path from 'node:path';

/** `// asyncwise-expect: rule-a, rule-b` at the end of a line. */
const MARKER = /\/\/\s*asyncwise-expect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*$/;

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

/** Every lintable file below `dir`, skipping dependencies and build output. */
export function listSourceFiles(dir: string, extensions: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (extensions.includes(path.extname(entry.name)) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  visit(dir);
  return files.sort();
}
