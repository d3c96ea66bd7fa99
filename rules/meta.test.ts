// Completeness: every rule has its whole set of pieces, and its explainer's examples are true.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { codeBlocks, ENGLISH_HEADINGS, EXPLAINER_SECTIONS, parseExplainer } from '../engine/explainer';
import { readExpectations } from '../engine/fixture-expectations';
import { listSourceFiles } from '../engine/source-files';
import { LINTED_EXTENSIONS } from '../engine/lint-config';
import { LintEngine } from '../engine/lint-text';
import { docsUrl } from './create-rule';
import { explainers } from './explainers';
import plugin from './index';
import { pythonRules, rules, type RuleName } from './rule-list';

const rulesDir = path.resolve('rules');
const ruleNames = Object.keys(rules) as RuleName[];
const engine = new LintEngine({ rootDir: path.resolve('.') });
before(() => LintEngine.load());

function findingsFor(rule: string, code: string, lang: string): string[] {
  const extension = lang === 'python' ? 'py' : lang === 'js' ? 'js' : 'ts';
  const outcome = engine.lint({ filePath: path.resolve(`explainer-example.${extension}`), text: code, typeAware: false });
  assert.equal(outcome.parseError, undefined, `example parses:\n${code}`);
  return outcome.messages.filter((message) => message.ruleId === `asyncwise/${rule}`).map((message) => message.message);
}

describe('rule set is complete', () => {
  it('every rule folder is registered, and every registered rule has a folder', () => {
    const folders = fs
      .readdirSync(rulesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !['fixes', 'testing', 'node_modules'].includes(entry.name))
      .map((entry) => entry.name)
      .sort();
    assert.deepEqual(folders, [...ruleNames].sort());
  });

  for (const name of ruleNames) {
    describe(name, () => {
      const rule = rules[name];
      it('has its rule, explainers, tests and fixtures', () => {
        for (const file of [`${name}.ts`, `${name}.md`, `${name}.ko.md`, `${name}.test.ts`]) {
          assert.ok(fs.existsSync(path.join(rulesDir, name, file)), `rules/${name}/${file} exists`);
        }
        const fixtureDir = path.resolve('test-fixtures', name);
        const marked = listSourceFiles(fixtureDir, LINTED_EXTENSIONS).flatMap((file) =>
          readExpectations(fs.readFileSync(file, 'utf8')).filter((finding) => finding.ruleId === `asyncwise/${name}`),
        );
        assert.ok(marked.length > 0, `test-fixtures/${name} marks at least one expected finding`);
      });

      it('has metadata, a docs URL and a place in the presets', () => {
        assert.equal(rule.meta.docs?.url, docsUrl(name));
        assert.ok((rule.meta.docs?.description?.length ?? 0) > 0);
        const preset = name in pythonRules ? 'recommended-python' : 'all';
        assert.ok(plugin.configs[preset]?.rules?.[`asyncwise/${name}`], `in configs.${preset}`);
        for (const message of Object.values<string>(rule.meta.messages ?? {})) {
          assert.ok(!message.includes('\n'), `message is one line: ${message}`);
        }
      });

      it('has English and Korean explainers with the same sections', () => {
        const english = parseExplainer(explainers[name].en);
        const korean = parseExplainer(explainers[name].ko);
        assert.equal(english.title, name);
        assert.equal(korean.title, name);
        assert.deepEqual(english.headings.slice(0, EXPLAINER_SECTIONS.length), [...ENGLISH_HEADINGS]);
        assert.equal(korean.headings.length, english.headings.length, 'Korean has every section');
        assert.ok(english.summary.length > 0 && korean.summary.length > 0, 'both have a summary');
        assert.match(korean.summary, /[\uAC00-\uD7A3]/, 'the Korean summary is in Korean');
      });

      it('reports its bad examples and not its good ones', () => {
        const { sections } = parseExplainer(explainers[name].en);
        const bad = codeBlocks(sections.bad);
        const good = codeBlocks(sections.good);
        assert.ok(bad.length > 0 && good.length > 0, 'has bad and good examples');
        for (const block of bad) assert.ok(findingsFor(name, block.code, block.lang).length > 0, `bad example reported:\n${block.code}`);
        for (const block of good) assert.deepEqual(findingsFor(name, block.code, block.lang), [], `good example clean:\n${block.code}`);
      });
    });
  }
});
