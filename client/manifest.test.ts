import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { rules } from '../rules/rule-list';

interface Manifest {
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
});
