// The documentation every package ships, under the same paths as in the repository: the rules'
// explainers, the concept pages, and whatever those link to (pictures, demos), followed link by
// link. A docs URL of the repository (`…/blob/main/<path>`) then names a file of the installed
// package too, and the pages' relative links keep working offline.
import fs from 'node:fs';
import path from 'node:path';

const LINK = /\]\(([^)\s]+)\)/g;

/** Repository-relative paths (with `/`), sorted. */
export function shippedDocs(root) {
  const seeds = [
    ...fs.readdirSync(path.join(root, 'rules'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => fs.readdirSync(path.join(root, 'rules', entry.name))
        .filter((name) => name.startsWith(`${entry.name}.`) && name.endsWith('.md'))
        .map((name) => `rules/${entry.name}/${name}`)),
    ...fs.readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  ];
  const found = new Set();
  const visit = (file) => {
    if (found.has(file) || !fs.existsSync(path.join(root, file))) return;
    // A link to a folder (the demos) ships the folder.
    if (fs.statSync(path.join(root, file)).isDirectory()) {
      for (const name of fs.readdirSync(path.join(root, file))) visit(`${file}/${name}`);
      return;
    }
    found.add(file);
    for (const target of referencesOf(file, fs.readFileSync(path.join(root, file), 'utf8'))) {
      if (/^[a-z][\w+.-]*:/i.test(target) || target.startsWith('#')) continue;
      const linked = path.posix.normalize(path.posix.join(path.posix.dirname(file), target.split('#')[0]));
      if (!linked.startsWith('..')) visit(linked);
    }
  };
  seeds.forEach(visit);
  return [...found].sort();
}

/** Files a file points at: a page's links, a demo's local imports (so a shipped demo runs). */
function referencesOf(file, text) {
  if (file.endsWith('.md')) return [...text.matchAll(LINK)].map((match) => match[1]);
  if (/\.[mc]?js$/.test(file)) return [...text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)].map((match) => match[1]);
  if (file.endsWith('.py')) return [...text.matchAll(/^(?:from|import)\s+(_?\w+)/gm)].map((match) => `${match[1]}.py`);
  return [];
}

/** Copies the shipped docs into a package folder. */
export async function copyShippedDocs(root, outdir) {
  await Promise.all(shippedDocs(root).map(async (file) => {
    await fs.promises.mkdir(path.join(outdir, path.dirname(file)), { recursive: true });
    await fs.promises.copyFile(path.join(root, file), path.join(outdir, file));
  }));
}
