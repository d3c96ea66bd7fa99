// The Python language as ESLint drives it: parsing, locations, half-typed code, suppressions.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { listSourceFiles } from '../../engine/source-files';
import { Linter } from 'eslint';
import plugin from '../../rules/index';
import { parsePython } from './parse';
import { loadPythonParser } from './tree-sitter';

before(() => loadPythonParser());

const linter = new Linter({ configType: 'flat' });
const config = [plugin.configs['recommended-python'] as Linter.Config];

function lint(code: string): Linter.LintMessage[] {
  return linter.verify(code, config, { filename: 'service.py' });
}

describe('Python language', () => {
  it('reports positions in characters, also after non-ASCII text and emoji', () => {
    const code = 'import asyncio\nasync def f():\n    label = "한글😀"; loop = asyncio.get_event_loop()\n';
    const [message] = lint(code);
    assert.equal(message?.ruleId, 'asyncwise/py-get-running-loop');
    assert.equal(message?.line, 3);
    assert.equal(message?.column, code.split('\n')[2]!.indexOf('asyncio.get_event_loop') + 1);
  });

  it('applies fixes through ESLint', () => {
    const fixed = linter.verifyAndFix('import asyncio\nasync def f():\n    return asyncio.get_event_loop()\n', config, { filename: 'a.py' });
    assert.equal(fixed.output, 'import asyncio\nasync def f():\n    return asyncio.get_running_loop()\n');
  });

  it('never throws on half-typed code, and reports nothing from the broken line', () => {
    const lines = ['import asyncio', 'async def f():', '    loop = asyncio.get_event_loop()', '    x = asyncio.get_event_loop(', '    def (', ''];
    const text = lines.join('\n');
    // Every prefix of the file, as if typed character by character.
    for (let end = 0; end <= text.length; end++) {
      const messages = lint(text.slice(0, end));
      assert.ok(messages.every((message) => !message.fatal), `no fatal error at ${end}`);
      assert.ok(messages.every((message) => message.line === 3), `findings only on the complete line at ${end}: ${JSON.stringify(messages)}`);
    }
    // An unfinished call is an ERROR region of its own: the rest of the function is still checked.
    assert.deepEqual(lint(lines.slice(0, 4).join('\n')).map((message) => message.line), [3]);
    // A line that makes the whole file unparsable is set aside: the rest is still checked.
    assert.deepEqual(lint(text).map((message) => message.line), [3]);
  });

  it('suppresses a rule on its line with "# asyncwise: ignore[rule]", and all rules with a bare ignore', () => {
    const base = 'import asyncio\nasync def f():\n    return asyncio.get_event_loop()';
    assert.equal(lint(`${base}  # asyncwise: ignore[py-get-running-loop]\n`).length, 0);
    assert.equal(lint(`${base}  # asyncwise: ignore[asyncwise/py-get-running-loop] -- 3.6 support\n`).length, 0);
    assert.equal(lint(`${base}  # asyncwise: ignore\n`).length, 0);
    assert.equal(lint(`# asyncwise: ignore-file[py-get-running-loop]\n${base}\n`).length, 0);
    // A suppression on another line, or a misspelt one, does not hide the finding.
    const elsewhere = lint(`# asyncwise: ignore[py-get-running-loop]\n${base}\n`);
    assert.deepEqual(elsewhere.map((message) => message.ruleId), [null, 'asyncwise/py-get-running-loop']);
    assert.match(elsewhere[0]!.message, /Unused eslint-disable directive/);
    const misspelt = lint(`${base}  # asyncwise: ingore[py-get-running-loop]\n`);
    assert.deepEqual(misspelt.map((message) => message.ruleId), ['asyncwise/py-get-running-loop', null]);
    assert.match(misspelt[1]!.message, /asyncwise: ignore\[rule-name\]/);
  });

  it('lets a suppression where a triple-quoted string ends cover the lines of the string, and only those', () => {
    const body = (comment: string): string => `import asyncio\nasync def f():\n    return f"""\n    {asyncio.get_event_loop()}\n    """${comment}\n`;
    assert.deepEqual(lint(body('')).map((message) => message.line), [4]);
    assert.deepEqual(lint(body('  # asyncwise: ignore[py-get-running-loop]')), []);
    assert.deepEqual(lint(body('  # noqa: E501  # asyncwise: ignore')), [], 'after another tool\'s comment too');
    // A finding after the string is not covered by an earlier suppression.
    const after = `${body('  # asyncwise: ignore[py-get-running-loop]')}async def g():\n    return asyncio.get_event_loop()\n`;
    assert.deepEqual(lint(after).map((message) => message.line), [7]);
    // A file-wide suppression of the rule stays in force after the string.
    const fileWide = `# asyncwise: ignore-file[py-get-running-loop]\n${after}`;
    assert.deepEqual(lint(fileWide).filter((message) => message.ruleId !== null), []);
  });

  it('keeps comments apart from the tree and marks broken regions', () => {
    const tree = parsePython('x = f(  # open\n');
    assert.equal(tree.comments.length, 1);
    assert.equal(tree.hasError, true);
    assert.equal(parsePython('x = f()\n').hasError, false);
  });

  it('ignores JavaScript language options that a config without `files` spreads over Python files too', () => {
    const withParser = [{ languageOptions: { sourceType: 'module', parserOptions: { ecmaVersion: 2022 } } } as Linter.Config, ...config];
    const messages = linter.verify('import asyncio\nasync def f():\n    return asyncio.get_event_loop()\n', withParser, { filename: 'a.py' });
    assert.deepEqual(messages.map((message) => message.ruleId), ['asyncwise/py-get-running-loop']);
  });

  it('lints a mixed repository in one run: the JavaScript presets leave Python files alone', () => {
    const mixed = [plugin.configs.all as Linter.Config, ...config];
    const files = listSourceFiles(path.resolve('test-fixtures'), ['.py']);
    assert.ok(files.length >= 10);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const alone = linter.verify(text, config, { filename: path.relative(process.cwd(), file) });
      const together = linter.verify(text, mixed, { filename: path.relative(process.cwd(), file) });
      assert.deepEqual(together, alone, file);
    }
  });

  it('lints an empty file and a file of only comments', () => {
    assert.deepEqual(lint(''), []);
    assert.deepEqual(lint('# nothing here\n'), []);
  });
});
