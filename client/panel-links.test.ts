import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conceptUrl } from '../rules/concepts';
import { commandUri, conceptUrlsToCommands, rewriteLinks } from './panel-links';

describe('panel links', () => {
  it('runs a linked demo in a terminal, in the page language', () => {
    assert.equal(
      rewriteLinks('[demo](../../demos/js/blocking.mjs)', 'docs/concepts', 'ko'),
      `[demo](${commandUri('asyncwise.runDemo', ['js/blocking.mjs', 'ko'])})`,
    );
  });

  it('opens a linked concept page in the panel, from a page or from a rule explainer', () => {
    assert.equal(rewriteLinks('[a](timeouts.ko.md)', 'docs/concepts', 'ko'), `[a](${commandUri('asyncwise.openConcept', ['timeouts', 'ko'])})`);
    assert.equal(
      rewriteLinks('[a](../../docs/concepts/blocking.md)', 'rules/no-blocking-in-async', 'en'),
      `[a](${commandUri('asyncwise.openConcept', ['blocking', 'en'])})`,
    );
  });

  it('sends every other relative link to the file on GitHub, and leaves absolute links alone', () => {
    assert.equal(
      rewriteLinks('[r](../../rules/README.md#rules)', 'docs/concepts', 'en'),
      '[r](https://github.com/asyncwise/asyncwise/blob/main/rules/README.md#rules)',
    );
    assert.equal(rewriteLinks('[x](https://example.com/a.md) [y](#top)', 'docs/concepts', 'en'), '[x](https://example.com/a.md) [y](#top)');
  });

  it('encodes command arguments as one JSON array', () => {
    assert.equal(commandUri('asyncwise.openConcept', ['event-loop', 'en']), 'command:asyncwise.openConcept?%5B%22event-loop%22%2C%22en%22%5D');
  });
});

describe('hover links to concept pages', () => {
  it('open the page in the panel instead of the browser, in the page\'s language', () => {
    const hover = `[Read more](${conceptUrl('blocking')}) · The idea: [블로킹](${conceptUrl('timeouts', 'ko')}) · [docs](https://example.com/x.md)`;
    assert.equal(
      conceptUrlsToCommands(hover),
      `[Read more](${commandUri('asyncwise.openConcept', ['blocking', 'en'])}) · The idea: [블로킹](${commandUri('asyncwise.openConcept', ['timeouts', 'ko'])}) · [docs](https://example.com/x.md)`,
    );
  });
});
