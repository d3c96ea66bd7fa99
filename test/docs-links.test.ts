// Every docs link Asyncwise hands out leads to a page that exists: online, the repository URL names
// a file of this repository (so it resolves once the repository is published); offline, the
// packages hold the same page under the same path, and the pages' own relative links resolve
// inside what is shipped. Links come from where users meet them: the editor's diagnostics
// (`codeDescription.href`), the plugin's `meta.docs.url`, the concept links of hovers, the SARIF
// help, the READMEs and the package manifests.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import cliManifest from '../cli/package.json';
import { explainers } from '../rules/explainers';
import { CONCEPT_SLUGS, conceptUrl } from '../rules/concepts';
import { absoluteLinks, isRelativeLink, REPOSITORY_URL } from '../rules/docs-url';
import plugin from '../rules/index';
import pluginManifest from '../rules/package.json';
import { shippedDocs } from '../scripts/lib/shipped-docs.mjs';
import { toDiagnostic } from '../server/diagnostics';
import rootManifest from '../package.json';

const root = path.resolve('.');
/** The repository's files as they will be published: tracked, plus new ones not ignored. */
const repositoryFiles = new Set(
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0').filter((file) => file && fs.existsSync(path.join(root, file))),
);
const repositoryFolders = new Set([...repositoryFiles].flatMap((file) => file.split('/').slice(0, -1).map((_, index, parts) => parts.slice(0, index + 1).join('/'))));
const shipped = new Set(shippedDocs(root));

const LINK = /\]\(([^)\s]+)\)/g;
const URL_IN_TEXT = /https:\/\/github\.com\/asyncwise\/asyncwise[^\s)"'`>\]]*/g;

/** What a repository URL names: a file (`blob`), a folder (`tree`), or a page GitHub makes (issues, the home page). */
function repositoryTarget(url: string): { kind: 'file' | 'folder' | 'page'; path: string } {
  const rest = url.slice(REPOSITORY_URL.length).replace(/#.*$/, '').replace(/\.git$/, '');
  if (rest === '' || rest === '/' || rest === '/issues') return { kind: 'page', path: rest };
  const match = /^\/(blob|tree)\/main\/(.+?)\/?$/.exec(rest);
  assert.ok(match, `${url} points into the repository but not at a file or folder of main`);
  return { kind: match[1] === 'blob' ? 'file' : 'folder', path: decodeURIComponent(match[2]!) };
}

function assertExistsOnline(url: string, where: string): void {
  const target = repositoryTarget(url);
  if (target.kind === 'file') assert.ok(repositoryFiles.has(target.path), `${where}: ${url} names ${target.path}, which the repository does not have`);
  if (target.kind === 'folder') assert.ok(repositoryFolders.has(target.path), `${where}: ${url} names the folder ${target.path}, which the repository does not have`);
}

/** The docs URL of each rule as the editor receives it, on a diagnostic made from a finding of that rule. */
function diagnosticHref(rule: string): string {
  const document = TextDocument.create('file:///a.ts', 'typescript', 1, 'x');
  const message = { ruleId: `asyncwise/${rule}`, message: 'm', line: 1, column: 1, severity: 2 as const, nodeType: null };
  const href = toDiagnostic(message, document, {})?.codeDescription?.href;
  assert.ok(href, `${rule}: the diagnostic carries a docs link`);
  return href;
}

const ruleNames = Object.keys(plugin.rules);
const ruleDocs = ruleNames.flatMap((rule) => {
  const url = (plugin.rules[rule] as { meta?: { docs?: { url?: string } } }).meta?.docs?.url ?? '';
  return [
    { where: `${rule}: meta.docs.url`, url },
    { where: `${rule}: codeDescription.href`, url: diagnosticHref(rule) },
  ];
});
const conceptDocs = CONCEPT_SLUGS.flatMap((slug) => (['en', 'ko'] as const).map((locale) => ({ where: `concept ${slug} (${locale})`, url: conceptUrl(slug, locale) })));

describe('docs links: no link leads to a 404', () => {
  it('each rule\'s docs URL (plugin meta.docs.url, editor codeDescription.href) and each concept page is a file of the repository, and of every package', () => {
    for (const { where, url } of [...ruleDocs, ...conceptDocs]) {
      assertExistsOnline(url, where);
      const { path: file } = repositoryTarget(url);
      assert.ok(shipped.has(file), `${where}: ${file} is shipped in the packages (scripts/lib/shipped-docs.mjs)`);
    }
    // The plugin's URL and the editor's are the same page.
    for (let index = 0; index < ruleDocs.length; index += 2) assert.equal(ruleDocs[index]!.url, ruleDocs[index + 1]!.url);
  });

  it('the explainers\' links, made absolute for SARIF help and hovers, name files of the repository', () => {
    for (const rule of ruleNames) {
      for (const [locale, markdown] of Object.entries(explainers[rule as keyof typeof explainers])) {
        for (const [, target] of absoluteLinks(markdown, `rules/${rule}`).matchAll(LINK)) {
          if (target!.startsWith(REPOSITORY_URL)) assertExistsOnline(target!, `${rule} (${locale})`);
        }
      }
    }
  });

  it('shipped pages\' relative links resolve inside what is shipped (offline, in node_modules)', () => {
    for (const file of shipped) {
      if (!file.endsWith('.md')) continue;
      for (const [, target] of fs.readFileSync(path.join(root, file), 'utf8').matchAll(LINK)) {
        if (!isRelativeLink(target!)) continue;
        const linked = path.posix.normalize(path.posix.join(path.posix.dirname(file), target!.split('#')[0]!));
        const folderShipped = [...shipped].some((shippedFile) => shippedFile.startsWith(`${linked}/`));
        assert.ok(shipped.has(linked) || folderShipped, `${file}: the link ${target} leads to ${linked}, which is not shipped`);
      }
    }
  });

  it('the READMEs and package manifests link only to files and folders the repository has', () => {
    const readmes = ['README.md', 'rules/README.md', 'cli/README.md', 'CONTRIBUTING.md', 'docs/README.md', 'docs/README.ko.md'];
    for (const readme of readmes) {
      const text = fs.readFileSync(path.join(root, readme), 'utf8');
      for (const url of text.match(URL_IN_TEXT) ?? []) assertExistsOnline(url, readme);
      for (const [, target] of text.matchAll(LINK)) {
        if (!isRelativeLink(target!)) continue;
        const linked = path.posix.normalize(path.posix.join(path.posix.dirname(readme), target!.split('#')[0]!)).replace(/\/$/, '');
        assert.ok(repositoryFiles.has(linked) || repositoryFolders.has(linked), `${readme}: the link ${target} leads to ${linked}, which does not exist`);
      }
    }
    for (const [name, manifest] of [['package.json', rootManifest], ['rules/package.json', pluginManifest], ['cli/package.json', cliManifest]] as const) {
      for (const url of JSON.stringify(manifest).match(URL_IN_TEXT) ?? []) assertExistsOnline(url.replace(/^git\+/, ''), name);
    }
  });

  it('catches a broken link (the check can fail)', () => {
    assert.throws(() => assertExistsOnline(`${REPOSITORY_URL}/blob/main/rules/no-such-rule/no-such-rule.md`, 'probe'), /does not have/);
    assert.throws(() => assertExistsOnline(`${REPOSITORY_URL}/wiki`, 'probe'), /not at a file or folder/);
  });
});
