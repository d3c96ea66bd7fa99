import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { rules } from '../rules/rule-list';

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  license: string;
  icon: string;
  repository: { url: string };
  homepage: string;
  bugs: { url: string };
  contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } };
  capabilities: { untrustedWorkspaces: { supported: boolean } };
  activationEvents: string[];
}

describe('extension manifest', () => {
  const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as Manifest;

  it('offers a severity setting for every rule', () => {
    const perRule = manifest.contributes.configuration.properties['asyncwise.rules']?.properties ?? {};
    assert.deepEqual(Object.keys(perRule).sort(), Object.keys(rules).sort());
  });

  it('runs fully in untrusted workspaces (it runs no project code)', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });

  it('activates for JavaScript and TypeScript, with and without JSX', () => {
    for (const language of ['javascript', 'javascriptreact', 'typescript', 'typescriptreact']) {
      assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
    }
  });

  it('carries what the Marketplace and Open VSX both need and show: publisher, license with its file, repository, homepage, issues, icon', () => {
    assert.match(`${manifest.publisher}.${manifest.name}@${manifest.version}`, /^[a-z\d-]+\.[a-z\d-]+@\d+\.\d+\.\d+$/);
    assert.equal(manifest.license, 'MIT');
    assert.match(manifest.repository.url, /^https:\/\/github\.com\/asyncwise\/asyncwise(\.git)?$/);
    assert.match(manifest.homepage, /^https:\/\/github\.com\/asyncwise\/asyncwise/);
    assert.match(manifest.bugs.url, /^https:\/\/github\.com\/asyncwise\/asyncwise\/issues$/);
    // Open VSX warns about, and the Marketplace shows, the license file of the package.
    const packaged = fs.readFileSync('.vscodeignore', 'utf8').split('\n');
    for (const file of ['LICENSE', 'README.md', manifest.icon]) {
      assert.ok(fs.existsSync(file), `${file} exists`);
      assert.ok(packaged.includes(`!${file}`), `.vscodeignore lets ${file} into the .vsix`);
    }
  });
});
