// The walkthrough "Async in 10 minutes": every step has its page in English and Korean (the
// manifest's translations may point each step at its own Markdown file), the .vsix ships what
// it shows and runs, its links run commands that exist, and its demo file has its findings.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LintEngine } from '../engine/lint-text';
import { DEMOS } from './demos';

interface Step { id: string; title: string; description: string; media: { markdown: string }; completionEvents: string[] }
interface Manifest {
  contributes: { commands: { command: string }[]; walkthroughs: { id: string; title: string; steps: Step[] }[] };
}

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as Manifest;
const nls: Record<'en' | 'ko', Record<string, string>> = {
  en: JSON.parse(fs.readFileSync('package.nls.json', 'utf8')) as Record<string, string>,
  ko: JSON.parse(fs.readFileSync('package.nls.ko.json', 'utf8')) as Record<string, string>,
};
const localized = (value: string, locale: 'en' | 'ko'): string => nls[locale][/^%(.+)%$/.exec(value)?.[1] ?? ''] ?? value;
/** The .vscodeignore allow-list as patterns of the form it uses (`!dir/*.ext`, `!dir/**`). */
const shipped = fs.readFileSync('.vscodeignore', 'utf8').split('\n').filter((line) => line.startsWith('!')).map((line) => line.slice(1));
const isShipped = (file: string): boolean =>
  shipped.some((pattern) => new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*\*/g, '.+').replace(/(?<!\.)\*/g, '[^/]+')}$`).test(file));

describe('walkthrough', () => {
  const walkthrough = manifest.contributes.walkthroughs.find((candidate) => candidate.id === 'asyncInTenMinutes');

  it('is contributed, with six steps', () => {
    assert.ok(walkthrough);
    assert.equal(walkthrough.steps.length, 6);
  });

  for (const locale of ['en', 'ko'] as const) {
    it(`has every step's title, description and page in ${locale}, and ships them`, () => {
      const media = walkthrough!.steps.map((step) => localized(step.media.markdown, locale));
      for (const step of walkthrough!.steps) {
        assert.ok(!localized(step.title, locale).startsWith('%'), step.id);
        assert.ok(!localized(step.description, locale).startsWith('%'), step.id);
      }
      for (const file of media) {
        assert.ok(fs.existsSync(file), `${file} exists`);
        assert.ok(isShipped(file), `${file} is in the .vsix`);
        if (locale === 'ko') assert.match(fs.readFileSync(file, 'utf8'), /[\uac00-\ud7a3]/, `${file} is Korean`);
      }
      assert.equal(new Set(media).size, media.length, 'one page per step');
    });
  }

  it('links only commands that exist: the extension\'s own or VS Code\'s', () => {
    const ours = new Set(manifest.contributes.commands.map((command) => command.command));
    const builtIn = new Set(['workbench.actions.view.problems', 'editor.action.quickFix']);
    for (const locale of ['en', 'ko'] as const) {
      for (const step of walkthrough!.steps) {
        for (const match of localized(step.description, locale).matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)) {
          assert.ok(ours.has(match[1]!) || builtIn.has(match[1]!), `${step.id}: ${match[1]}`);
          if (match[1] === 'asyncwise.runDemo') {
            const [file] = JSON.parse(decodeURIComponent(match[2]!)) as string[];
            assert.ok(DEMOS.some((demo) => demo.file === file), `${step.id} runs a shipped demo: ${file}`);
          }
        }
        for (const event of step.completionEvents) {
          const command = event.replace(/^onCommand:/, '');
          assert.ok(ours.has(command) || builtIn.has(command), `${step.id} completes on ${event}`);
        }
      }
    }
  });

  it('ships every demo and the walkthrough\'s demo files', () => {
    for (const demo of DEMOS) assert.ok(isShipped(`demos/${demo.file}`), demo.file);
    assert.ok(isShipped('demos/python/_timing.py') && isShipped('demos/js/timing.mjs'), 'the demos\' shared helpers');
    assert.ok(isShipped('demos/walkthrough/dashboard.js') && isShipped('demos/walkthrough/dashboard.ko.js'));
  });

  it('opens a demo file with one blocking call and one pair of sequential awaits', async () => {
    await LintEngine.load();
    const engine = new LintEngine({ rootDir: path.resolve('.') });
    const texts = await Promise.all(['dashboard.js', 'dashboard.ko.js'].map((file) => readFile(path.join('demos', 'walkthrough', file), 'utf8')));
    for (const text of texts) {
      const outcome = engine.lint({ filePath: path.resolve('walkthrough-dashboard.js'), text, typeAware: false });
      assert.deepEqual(outcome.messages.map((message) => message.ruleId).sort(), ['asyncwise/no-blocking-in-async', 'asyncwise/prefer-promise-all']);
    }
  });
});
