// The README shows the same CI workflows and pre-commit hooks as the package's own README
// (cli/README.md, whose blocks the package and pre-commit tests run): one can never drift from the other.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { it } from 'node:test';
import { CLI_README } from './readme-blocks';

it('README.md shows each workflow and pre-commit config of cli/README.md, word for word', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  const blocks = [...fs.readFileSync(CLI_README, 'utf8').matchAll(/```yaml\n[\s\S]*?```/g)].map((match) => match[0]);
  assert.ok(blocks.length >= 3, 'cli/README.md has the workflows and the hook');
  // The lighter `repo: local` hook is shown in cli/README.md only.
  const shown = blocks.filter((block) => readme.includes(block));
  assert.equal(shown.length, blocks.length - 1, `README.md lacks:\n${blocks.filter((block) => !readme.includes(block)).join('\n')}`);
});
