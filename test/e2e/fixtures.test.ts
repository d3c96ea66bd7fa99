import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readExpectations } from '../../engine/fixture-expectations';
import { waitForDiagnostics } from './wait';

const LINTED = /\.(?:[mc]?[jt]sx?|py)$/;
/** Folders of the suite's own scratch files, and the typed rule tests' tsconfig. */
const NOT_FIXTURES = /^(?:e2e|e2e-typed|e2e-python|rule-tester)\//;

describe('every fixture shows exactly its marked findings in the editor', () => {
  it('matches the markers of each fixture file with findings', async function () {
    // One wait per fixture file (each with its own limit): the whole walk grows with the fixtures.
    this.timeout(10 * 60_000);
    const files = (await vscode.workspace.findFiles('**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,py}', '**/node_modules/**'))
      .filter((uri) => LINTED.test(uri.path) && !uri.path.endsWith('.d.ts') && !NOT_FIXTURES.test(vscode.workspace.asRelativePath(uri, false)))
      .sort((a, b) => a.path.localeCompare(b.path));
    let checked = 0;
    for (const uri of files) {
      const document = await vscode.workspace.openTextDocument(uri);
      const expected = readExpectations(document.getText()).map((finding) => `${finding.line} ${finding.ruleId}`).sort();
      if (expected.length === 0) continue;
      await vscode.window.showTextDocument(document, { preview: false });
      const keyOf = (diagnostic: vscode.Diagnostic): string =>
        `${diagnostic.range.start.line + 1} ${(diagnostic.code as { value: string }).value}`;
      const found = await waitForDiagnostics(uri, (diagnostics) => {
        const actual = diagnostics.map(keyOf).sort();
        return actual.length === expected.length && actual.every((key, index) => key === expected[index]);
      }).catch((error: Error) => {
        throw new Error(`${vscode.workspace.asRelativePath(uri)}: ${error.message}`);
      });
      assert.equal(found.length, expected.length);
      checked += 1;
    }
    assert.ok(checked >= 10, `checked ${checked} fixture files`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
