// A person's clicks in the real VS Code (code-server in headless Chromium) with the installed
// .vsix: open a file from the explorer, see the squiggle, hover it, Ctrl+. and apply the fix, open
// the explainer panel, open a concept page and switch it to Korean, open the walkthrough. Screenshots land in .test-artifacts/screenshots (the README's come from
// here: `--update-images` copies them to images/).
// Usage: node scripts/ui-check.mjs <extensions-dir> <workspace> [--update-images]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, startCodeServer } from './lib/code-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [extensionsDir, workspace] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const updateImages = process.argv.includes('--update-images');
const shots = path.join(root, '.test-artifacts', 'screenshots');
fs.mkdirSync(shots, { recursive: true });
const started = Date.now();
const step = (message) => console.log(`[ui-check ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-ui-'));
const server = await startCodeServer({ scratch, userDataDir: path.join(scratch, 'user-data'), extensionsDir,
  settings: { 'workbench.colorTheme': 'Default Dark Modern', 'editor.fontSize': 14 } });
const browser = await launchChromium(scratch);
const page = browser.pages()[0] ?? (await browser.newPage());
const shot = async (name) => {
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
  step(`screenshot ${name}.png`);
};
const token = (text) => page.locator('.monaco-editor .view-line span span', { hasText: text }).first();
/** The step pages of a walkthrough render in webviews nested below the page: look in every frame. */
const waitForTextInAnyFrame = async (text, timeout) => {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.getByText(text).count().catch(() => 0)) return;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no frame shows "${text}"`);
};
/** Runs a command from the palette: types `query`, picks the entry labelled `entry`. */
const runCommand = async (query, entry) => {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 30_000 });
  await page.keyboard.type(query);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: entry }).first().click({ timeout: 30_000 });
};

let passed = false;
try {
  await page.goto(`http://${server.authority}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  step('workbench rendered');
  await page.getByRole('treeitem', { name: 'demo' }).click({ timeout: 60_000 });
  await page.getByRole('treeitem', { name: 'report-service.js' }).click({ timeout: 30_000 });
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 90_000 });
  step('squiggles under the blocking calls');

  await token('readdirSync').hover();
  await page.locator('.monaco-hover', { hasText: 'asyncwise/no-blocking-in-async' }).first().waitFor({ timeout: 30_000 });
  await page.locator('.monaco-hover', { hasText: 'one thread' }).first().waitFor({ timeout: 10_000 });
  step('hover explains the finding');
  await shot('hover');

  await page.keyboard.press('Escape');
  await token('readdirSync').click();
  await page.mouse.move(1200, 800); // a hover left open swallows Ctrl+.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Period');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'fs.promises.readdir' }).first();
  await fix.waitFor({ timeout: 30_000 });
  await shot('quick-fix');
  await fix.click();
  await page.locator('.monaco-editor .view-line', { hasText: 'await fs.promises.readdir(dir)' }).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-error').length === 1, undefined, { timeout: 30_000 });
  step('quick fix applied, one finding left');

  await token('readFileSync').first().click();
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 30_000 });
  await page.keyboard.type('Asyncwise: Explain');
  const command = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Explain the Problem at the Cursor' }).first();
  await command.waitFor({ timeout: 30_000 });
  await shot('command-palette');
  await page.keyboard.press('Enter');
  const panel = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
  await panel.locator('figure svg').first().waitFor({ timeout: 30_000 });
  await panel.getByText('readFileSync: the event loop is blocked').waitFor({ timeout: 10_000 });
  step('explainer panel shows the timeline');
  await shot('explainer-panel');

  await runCommand('Asyncwise: Learn Async', 'Learn Async: Concept Pages');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Blocking vs non-blocking' }).first().click({ timeout: 30_000 });
  await panel.getByRole('heading', { name: 'Blocking vs non-blocking' }).waitFor({ timeout: 30_000 });
  await panel.getByRole('link', { name: '한국어' }).click();
  await panel.getByRole('heading', { name: '블로킹과 논블로킹' }).waitFor({ timeout: 30_000 });
  await panel.locator('svg[role="img"]', { hasText: '블로킹 호출: 하나씩 차례로' }).waitFor({ timeout: 10_000 });
  step('a concept page in Korean, switched from English by its link');
  await shot('concept-page-ko');

  // The walkthrough shows each step's page beside the steps only when it has the room.
  await runCommand('View: Close All Editors', 'View: Close All Editors');
  await page.keyboard.press('Control+B'); // the side bar away
  await runCommand('Asyncwise: Open the Walkthrough', 'Open the Walkthrough: Async in 10 Minutes');
  await page.locator('.gettingStartedContainer', { hasText: 'Async in 10 minutes' }).waitFor({ timeout: 30_000 });
  await page.locator('.getting-started-step', { hasText: 'Run the before/after demo' }).first().click({ timeout: 30_000 });
  await page.locator('.getting-started-step.expanded', { hasText: 'Run the JavaScript demo' }).waitFor({ timeout: 10_000 });
  await waitForTextInAnyFrame('0.9 s becomes 0.3 s', 30_000);
  step('the walkthrough, at its demo step, with its page');
  await shot('walkthrough');
  passed = true;
} catch (error) {
  console.error(`[ui-check] FAILED: ${error.message.split('\n')[0]}`);
  await shot('ui-check-failure').catch(() => undefined);
} finally {
  await browser.close().catch(() => undefined);
  server.stop();
}
if (passed && updateImages) {
  fs.mkdirSync(path.join(root, 'images'), { recursive: true });
  for (const name of ['hover', 'quick-fix', 'explainer-panel', 'concept-page-ko', 'walkthrough']) {
    fs.copyFileSync(path.join(shots, `${name}.png`), path.join(root, 'images', `${name}.png`));
  }
}
if (passed) fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
else console.error(`[ui-check] logs in ${scratch}`);
console.log(passed ? 'ui-check: 1 passing' : 'ui-check: 0 passing\nui-check: 1 failing');
process.exit(passed ? 0 : 1);
