// The rule table of the plugin's README is generated from the rules' metadata and presets; this
// fails when a rule, its description, its fixes or a preset changed and the table did not.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { it } from 'node:test';

it('rules/README.md: the rule table matches the rules (node scripts/generate-rule-table.mjs)', () => {
  assert.doesNotThrow(
    () => execFileSync(process.execPath, ['scripts/generate-rule-table.mjs', '--check'], { stdio: 'pipe' }),
    'the rule table is stale: run `node scripts/generate-rule-table.mjs`',
  );
});
