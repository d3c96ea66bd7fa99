import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, waitForDiagnostics } from './wait';

const EXTENSION_ID = 'asyncwise.asyncwise';

interface ShownConcept { slug: string; locale: string; title: string; html: string }
interface DemoRun { exitCode: number; output: string }
interface Api { explainer: { currentConcept?: ShownConcept } }

async function api(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension, 'extension is installed');
  return extension.activate();
}

/** The seconds a demo printed, as `✗` (slow way) and `✓` (better way) rows. */
function measured(output: string): { slow: number[]; fast: number[] } {
  const rows = [...output.matchAll(/^\s+([✗✓·]) .+?\s{2,}(\d+\.\d+) s/gm)];
  const seconds = (mark: string): number[] => rows.filter((row) => row[1] === mark).map((row) => Number(row[2]));
  return { slow: seconds('✗'), fast: seconds('✓') };
}

/** Resolves when a tab satisfies `accept`, woken by VS Code's tab events. */
function waitForTab(accept: (tab: vscode.Tab) => boolean, timeoutMs = 30_000): Promise<vscode.Tab> {
  const find = (): vscode.Tab | undefined => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(accept);
  return new Promise((resolve, reject) => {
    const done = (tab: vscode.Tab): void => {
      subscription.dispose();
      clearTimeout(timer);
      resolve(tab);
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = find();
      if (tab) done(tab);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      const labels = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
      reject(new Error(`no such tab; open tabs: ${labels.join(' | ')}`));
    }, timeoutMs);
    const tab = find();
    if (tab) done(tab);
  });
}

/** The walkthrough's demo file, once a test has opened it. */
let demoFile: vscode.Uri | undefined;

/**
 * The hover over the demo file's blocking call, once it matches `expected` (the server restarts
 * when the language changes; until then it may answer in the old one). Polls on diagnostics events.
 */
async function hoverOnDemoFile(expected: RegExp, timeoutMs = 60_000): Promise<string> {
  const uri = demoFile;
  assert.ok(uri, 'the demo file was opened');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const isBlocking = (d: vscode.Diagnostic): boolean => (d.code as { value: string }).value === 'asyncwise/no-blocking-in-async';
    const blocking = (await waitForDiagnostics(uri, (found) => found.some(isBlocking))).find(isBlocking);
    const position = blocking!.range.start;
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
    if (expected.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`the hover never matched ${expected}:\n${text}`);
    await new Promise<void>((resolve) => {
      const subscription = vscode.languages.onDidChangeDiagnostics(() => done());
      const timer = setTimeout(() => done(), 500);
      function done(): void {
        subscription.dispose();
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

describe('Learning async in VS Code', () => {
  before(async () => {
    await api();
  });

  it('contributes the walkthrough "Async in 10 minutes" and opens it', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: { id: string }[] } };
    assert.deepEqual(manifest.contributes.walkthroughs.map((walkthrough) => walkthrough.id), ['asyncInTenMinutes']);
    const isWalkthroughTab = (candidate: vscode.Tab): boolean => /Async in 10 minutes|^Welcome$/.test(candidate.label);
    assert.ok(!vscode.window.tabGroups.all.some((group) => group.tabs.some(isWalkthroughTab)), 'not open yet');
    await vscode.commands.executeCommand('asyncwise.openWalkthrough');
    // The walkthrough opens in VS Code's Welcome editor, whose tab carries that name.
    const tab = await waitForTab(isWalkthroughTab);
    assert.ok(tab.isActive);
    await vscode.window.tabGroups.close(tab);
  });

  it('renders a concept page in the panel, in English and in Korean, with its measured timing picture', async () => {
    const english = await vscode.commands.executeCommand<ShownConcept>('asyncwise.openConcept', 'blocking', 'en');
    assert.equal(english.title, 'Blocking vs non-blocking');
    assert.match(english.html, /<h1[^>]*>Blocking vs non-blocking<\/h1>/, 'rendered by VS Code\'s Markdown renderer');
    assert.match(english.html, /<svg [^>]*role="img"/, 'the timing picture is drawn inline');
    assert.match(english.html, /blocking calls: one after another/);
    assert.match(english.html, /href="command:asyncwise\.runDemo\?/, 'its demo links run the demo');
    assert.doesNotMatch(english.html, /asyncwise: (before|after)/, 'sample declarations stay hidden');

    const korean = await vscode.commands.executeCommand<ShownConcept>('asyncwise.openConcept', 'blocking', 'ko');
    assert.equal(korean.title, '블로킹과 논블로킹');
    assert.match(korean.html, /<h1[^>]*>블로킹과 논블로킹<\/h1>/);
    assert.match(korean.html, /밥 짓는 데 3분/);
    assert.match(korean.html, /블로킹 호출: 하나씩 차례로/, 'the picture in Korean');
    assert.equal((await api()).explainer.currentConcept?.locale, 'ko');
  });

  for (const file of ['js/js-and-python.mjs', 'python/js-and-python.py']) {
    it(`runs the ${file} demo in a terminal: together is faster than one after another`, async () => {
      const run = await vscode.commands.executeCommand<DemoRun>('asyncwise.runDemo', file, 'en');
      assert.equal(run.exitCode, 0, run.output);
      const { slow, fast } = measured(run.output);
      assert.ok(slow.length > 0 && fast.length > 0, run.output);
      assert.ok(Math.max(...fast) < Math.min(...slow), run.output);
      assert.ok(vscode.window.terminals.some((terminal) => terminal.name === `Asyncwise: ${file.split('/')[1]}`), 'in its own terminal');
    });
  }

  it('opens the walkthrough\'s demo file, outside the workspace, with its two findings and their concept links', async () => {
    await vscode.commands.executeCommand('asyncwise.openDemoFile');
    const uri = vscode.window.activeTextEditor?.document.uri;
    assert.ok(uri, 'an editor is open');
    assert.ok(uri.path.endsWith('/walkthrough/dashboard.js'), `the demo file is open: ${uri.toString()}`);
    assert.ok(!vscode.workspace.getWorkspaceFolder(uri), 'not in the user\'s project');
    demoFile = uri;
    const findings = await waitForDiagnostics(uri, (found) => found.length === 2);
    assert.ok(findings.some((finding) => (finding.code as { value: string }).value === 'asyncwise/no-blocking-in-async'));
    const text = await hoverOnDemoFile(/The idea:/);
    // The server links the page on GitHub; in VS Code the link opens it in the panel.
    const link = /The idea: \[Blocking vs non-blocking\]\(command:asyncwise\.openConcept\?([^)]+)\)/.exec(text);
    assert.ok(link?.[1], `a command link to the concept page in: ${text}`);
    await vscode.commands.executeCommand('asyncwise.openConcept', ...(JSON.parse(decodeURIComponent(link[1])) as unknown[]));
    assert.equal((await api()).explainer.currentConcept?.title, 'Blocking vs non-blocking');
  });

  it('opens a page in the extension\'s language when none is asked for (here: the display language, English)', async () => {
    // asyncwise.locale is left alone: changing it restarts the language server, which other suites need.
    const shown = await vscode.commands.executeCommand<ShownConcept>('asyncwise.learn', 'event-loop');
    assert.equal(shown.title, 'The event loop');
    assert.equal(shown.locale, vscode.env.language.startsWith('ko') ? 'ko' : 'en');
  });
});
