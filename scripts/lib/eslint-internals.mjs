// An esbuild plugin that lets a bundle import ESLint's own formatters (`eslint/lib/...`), which
// ESLint's package.json `exports` hides from ordinary resolution. The files are bundled, so the
// result runs without ESLint's package beside it and never looks up a formatter in the linted project.
import path from 'node:path';

export function eslintInternals(root) {
  return {
    name: 'eslint-internals',
    setup(build) {
      build.onResolve({ filter: /^eslint\/lib\// }, (args) => ({ path: path.join(root, 'node_modules', args.path) }));
    },
  };
}
