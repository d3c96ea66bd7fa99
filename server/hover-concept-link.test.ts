import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl } from '../rules/docs-url';
import type { AsyncwiseDiagnostic } from './diagnostics';
import { hoverMarkdown } from './hover-content';

const document = TextDocument.create('file:///a.js', 'javascript', 1, "const fs = require('fs');\nasync function f() { fs.readFileSync('x'); }\n");
const finding: AsyncwiseDiagnostic = {
  range: { start: { line: 1, character: 21 }, end: { line: 1, character: 40 } },
  message: 'fs.readFileSync blocks the event loop',
  codeDescription: { href: docsUrl('no-blocking-in-async') },
  data: { ruleId: 'asyncwise/no-blocking-in-async', version: 1, suggestions: [] },
};

describe('hover: the concept behind the rule', () => {
  it('links the concept page on GitHub, in the hover\'s language', () => {
    assert.match(hoverMarkdown(finding, document, 'en'),
      /The idea: \[Blocking vs non-blocking\]\(https:\/\/github\.com\/asyncwise\/asyncwise\/blob\/main\/docs\/concepts\/blocking\.md\)/);
    assert.match(hoverMarkdown(finding, document, 'ko'),
      /바탕 개념: \[블로킹과 논블로킹\]\(https:\/\/github\.com\/asyncwise\/asyncwise\/blob\/main\/docs\/concepts\/blocking\.ko\.md\)/);
  });
});
