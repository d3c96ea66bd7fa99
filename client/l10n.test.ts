// Every user-facing string of the client has its Korean translation, and every setting and
// command of the manifest its English and Korean description.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('localization', () => {
  it('translates every vscode.l10n.t string of the client into Korean', () => {
    const sources = fs.readdirSync('client').filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const strings = new Set<string>();
    for (const file of sources) {
      const text = fs.readFileSync(path.join('client', file), 'utf8');
      for (const match of text.matchAll(/\bt\('((?:[^'\\]|\\.)+)'/g)) strings.add(match[1]!);
    }
    assert.ok(strings.size > 10, `found the client's strings (${strings.size})`);
    const korean = readJson('l10n/bundle.l10n.ko.json');
    const missing = [...strings].filter((text) => typeof korean[text] !== 'string');
    assert.deepEqual(missing, []);
  });

  it('describes every %placeholder% of package.json in English and Korean', () => {
    const manifest = fs.readFileSync('package.json', 'utf8');
    const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((match) => match[1]!);
    const english = readJson('package.nls.json');
    const korean = readJson('package.nls.ko.json');
    assert.deepEqual(keys.filter((key) => typeof english[key] !== 'string'), []);
    assert.deepEqual(keys.filter((key) => typeof korean[key] !== 'string'), []);
    assert.deepEqual(Object.keys(korean).sort(), Object.keys(english).sort());
  });
});
