// Every code sample of every concept page tells the truth: a `before` sample is reported by the
// rule it names, an `after` sample by no rule, and every Python sample is valid Python. Python
// samples are checked against a rule only once that rule is in rules/rule-list.ts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { parseConceptPage, type ConceptSample } from '../client/concept-page';
import { LintEngine } from '../engine/lint-text';
import { CONCEPT_SLUGS, conceptFileName, RULE_CONCEPTS, type ConceptLocale } from './concepts';
import { rules } from './rule-list';

const engine = new LintEngine({ rootDir: path.resolve('.') });
before(() => LintEngine.load());

const EXTENSIONS = { js: 'js', ts: 'ts', python: 'py' } as const;

function findings(sample: ConceptSample): string[] {
  const filePath = path.resolve(`concept-sample.${EXTENSIONS[sample.language]}`);
  const outcome = engine.lint({ filePath, text: sample.code, typeAware: false });
  assert.equal(outcome.parseError?.message, undefined, `the sample parses:\n${sample.code}`);
  return outcome.messages.map((message) => message.ruleId ?? '');
}

/**
 * Python's own compiler, without running anything, in one python3 process for every sample:
 * `ast.parse` for all; a full `compile` for `after` samples (it also rejects `await` outside
 * `async def`, which a `before` sample may show on purpose). One problem (or null) per sample.
 */
function pythonProblems(samples: ConceptSample[]): (string | null)[] {
  const script = [
    'import ast, json, sys',
    'problems = []',
    'for sample in json.load(sys.stdin):',
    '    try:',
    '        compile(sample["code"], "sample.py", "exec") if sample["full"] else ast.parse(sample["code"])',
    '        problems.append(None)',
    '    except SyntaxError as error:',
    '        problems.append(f"{error.msg} (line {error.lineno})")',
    'print(json.dumps(problems))',
  ].join('\n');
  const input = JSON.stringify(samples.map((sample) => ({ code: sample.code, full: sample.expectation === 'after' })));
  return JSON.parse(execFileSync('python3', ['-c', script], { input, encoding: 'utf8' })) as (string | null)[];
}

const pages = CONCEPT_SLUGS.flatMap((slug) => (['en', 'ko'] as ConceptLocale[]).map((locale) => {
  const file = path.join('docs', 'concepts', conceptFileName(slug, locale));
  return { file, page: parseConceptPage(fs.readFileSync(file, 'utf8')) };
}));
const pythonSamples = pages.flatMap(({ page }) => page.samples.filter((sample) => sample.language === 'python'));
const pythonVerdicts = new Map(pythonProblems(pythonSamples).map((problem, index) => [pythonSamples[index]!, problem]));

for (const { file, page } of pages) {
  describe(file, () => {
    it('declares what every code sample shows', () => {
      assert.deepEqual(page.undeclared, [], 'each fence has an <!-- asyncwise: before|after --> line above it');
      assert.ok(page.samples.some((sample) => sample.expectation === 'before'), 'has a before sample');
      assert.ok(page.samples.some((sample) => sample.expectation === 'after'), 'has an after sample');
    });

    for (const sample of page.samples) {
      const name = `line ${sample.line}: ${sample.language} ${sample.expectation}${sample.rule ? ` (${sample.rule})` : ''}`;
      it(name, (context) => {
        if (sample.language === 'python') {
          assert.equal(pythonVerdicts.get(sample), null, `valid Python:\n${sample.code}`);
          if (sample.rule && !(sample.rule in rules)) {
            context.skip(`${sample.rule} is not in rules/rule-list.ts yet; the sample is checked as Python only`);
            return;
          }
        }
        const reported = findings(sample);
        if (sample.expectation === 'after') {
          assert.deepEqual(reported, [], `no rule reports:\n${sample.code}`);
        } else if (sample.rule) {
          assert.ok(sample.rule in RULE_CONCEPTS, `${sample.rule} is a rule named in rules/concepts.ts`);
          assert.ok(reported.includes(`asyncwise/${sample.rule}`), `${sample.rule} reports:\n${sample.code}\n(reported: ${reported.join(', ') || 'nothing'})`);
        }
      });
    }
  });
}
