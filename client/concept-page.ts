// Reading a concept page (docs/concepts/*.md): its title, its code samples with what each one
// promises, and its links. No `vscode` import: the page tests use it too.
//
// A sample declares its promise in an HTML comment right above its fence (invisible on GitHub
// and in the panel):
//   <!-- asyncwise: before no-blocking-in-async -->   the rule reports this code
//   <!-- asyncwise: before, not reported -->          the slow way that no rule reports
//   <!-- asyncwise: after -->                         no rule reports anything here

export type SampleLanguage = 'js' | 'ts' | 'python';

export interface ConceptSample {
  expectation: 'before' | 'after';
  /** The rule that must report a `before` sample; undefined for `after` and unreported samples. */
  rule: string | undefined;
  language: SampleLanguage;
  code: string;
  /** 1-based line of the fence, for messages. */
  line: number;
}

export interface ConceptPage {
  title: string;
  summary: string;
  /** Markdown above the first `## ` heading: what the panel shows before the examples. */
  intro: string;
  headings: string[];
  samples: ConceptSample[];
  /** Fenced code blocks without a declaration above them (a test keeps this empty). */
  undeclared: { language: string; line: number }[];
  links: string[];
}

const DECLARATION = /^<!-- asyncwise: (before|after)(?: ([\w-]+))?(, not reported)? -->$/;
const LANGUAGES: Record<string, SampleLanguage> = { js: 'js', javascript: 'js', ts: 'ts', typescript: 'ts', python: 'python', py: 'python' };

export function parseConceptPage(markdown: string): ConceptPage {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const samples: ConceptSample[] = [];
  const undeclared: ConceptPage['undeclared'] = [];
  const headings: string[] = [];
  let introEnd = lines.length;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('## ')) {
      headings.push(line.slice(3).trim());
      introEnd = Math.min(introEnd, index);
    }
    const fence = /^```(\w*)$/.exec(line);
    if (!fence) continue;
    const close = lines.indexOf('```', index + 1);
    const end = close === -1 ? lines.length : close;
    const code = `${lines.slice(index + 1, end).join('\n')}\n`;
    const declaration = DECLARATION.exec(previousNonBlank(lines, index) ?? '');
    const language = LANGUAGES[fence[1] ?? ''];
    if (declaration && language) {
      samples.push({ expectation: declaration[1] as 'before' | 'after', rule: declaration[3] ? undefined : declaration[2], language, code, line: index + 1 });
    } else if (fence[1] !== 'text') {
      undeclared.push({ language: fence[1] ?? '', line: index + 1 });
    }
    index = end;
  }
  const title = (lines.find((line) => line.startsWith('# ')) ?? '').slice(2).trim();
  const summary = lines.filter((line) => line.startsWith('> ')).map((line) => line.slice(2)).join(' ').trim();
  const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  return { title, summary, intro: lines.slice(0, introEnd).join('\n'), headings, samples, undeclared, links };
}

function previousNonBlank(lines: string[], index: number): string | undefined {
  for (let at = index - 1; at >= 0; at--) {
    if (lines[at]!.trim() !== '') return lines[at]!.trim();
  }
  return undefined;
}
