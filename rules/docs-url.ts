// Where the docs live. No dependencies: the server's main thread imports this without loading the rules.
// Every link points into the repository's main branch, at a file the packages also ship under the
// same relative path (test/shipping/docs-links.test.ts checks both), so a link never leads to a 404.

/** The repository's home page. */
export const REPOSITORY_URL = 'https://github.com/asyncwise/asyncwise';

/** Files of the repository, by their path in it. */
export const REPOSITORY_BLOB_URL = `${REPOSITORY_URL}/blob/main`;

export const DOCS_BASE_URL = `${REPOSITORY_BLOB_URL}/rules`;

export const docsUrl = (ruleName: string): string => `${DOCS_BASE_URL}/${ruleName}/${ruleName}.md`;

/** `../../demos/js/a.mjs` seen from `docs/concepts` → `demos/js/a.mjs`; undefined when it leaves the repository. */
export function resolveRepositoryPath(baseDir: string, relative: string): string | undefined {
  const segments = baseDir.split('/').filter(Boolean);
  for (const segment of relative.split('/')) {
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else if (segment !== '.' && segment !== '') {
      segments.push(segment);
    }
  }
  return segments.join('/');
}

/** Whether a Markdown link target is relative to its page (not a URL, not an anchor on the page). */
export const isRelativeLink = (target: string): boolean => !/^[a-z][\w+.-]*:/i.test(target) && !target.startsWith('#');

/**
 * A page of the repository (in `baseDir`) made readable away from it (code scanning, a report):
 * relative link targets become links to the files in the repository.
 */
export function absoluteLinks(markdown: string, baseDir: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    if (!isRelativeLink(target)) return whole;
    const [pathPart = '', anchor] = target.split('#');
    const repoPath = resolveRepositoryPath(baseDir, pathPart);
    return repoPath === undefined ? whole : `](${REPOSITORY_BLOB_URL}/${repoPath}${anchor ? `#${anchor}` : ''})`;
  });
}
