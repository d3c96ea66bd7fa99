// The pages and explainers link each other with relative paths, so they work on GitHub. In the
// panel those links become commands: a concept page opens in the panel, a demo runs in a
// terminal; anything else goes to the file on GitHub. No `vscode` import (unit-tested).
import { isRelativeLink, REPOSITORY_BLOB_URL, resolveRepositoryPath } from '../rules/docs-url';
import { isConceptSlug, type ConceptLocale } from '../rules/concepts';
import { findDemo } from './demos';

/** The commands a panel link may run (the webview allows exactly these). */
export const PANEL_COMMANDS = ['asyncwise.openConcept', 'asyncwise.runDemo'] as const;

export function commandUri(command: (typeof PANEL_COMMANDS)[number], args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/**
 * In a hover from the language server, links to concept pages on GitHub (what every editor can
 * follow) become commands that open the page in the panel, in VS Code itself.
 */
export function conceptUrlsToCommands(markdown: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    if (!target.startsWith(`${REPOSITORY_BLOB_URL}/docs/concepts/`)) return whole;
    const concept = /\/docs\/concepts\/([\w-]+?)(\.ko)?\.md$/.exec(target);
    if (!concept || !isConceptSlug(concept[1])) return whole;
    return `](${commandUri('asyncwise.openConcept', [concept[1], concept[2] ? 'ko' : 'en'])})`;
  });
}

/**
 * Rewrites the Markdown link targets of a page that lives in `baseDir` (a folder of the
 * repository, e.g. `docs/concepts` or `rules/prefer-promise-all`).
 */
export function rewriteLinks(markdown: string, baseDir: string, locale: ConceptLocale): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    const rewritten = rewriteTarget(target, baseDir, locale);
    return rewritten === undefined ? whole : `](${rewritten})`;
  });
}

function rewriteTarget(target: string, baseDir: string, locale: ConceptLocale): string | undefined {
  if (!isRelativeLink(target)) return undefined;
  const [pathPart = '', anchor] = target.split('#');
  const repoPath = resolveRepositoryPath(baseDir, pathPart);
  if (repoPath === undefined) return undefined;
  const demo = /^demos\/(.+)$/.exec(repoPath);
  if (demo && findDemo(demo[1])) return commandUri('asyncwise.runDemo', [demo[1], locale]);
  const concept = /^docs\/concepts\/([\w-]+?)(\.ko)?\.md$/.exec(repoPath);
  if (concept && isConceptSlug(concept[1])) return commandUri('asyncwise.openConcept', [concept[1], concept[2] ? 'ko' : 'en']);
  // Images are drawn inline by the panel; a relative image path would not load there.
  return `${REPOSITORY_BLOB_URL}/${repoPath}${anchor ? `#${anchor}` : ''}`;
}
