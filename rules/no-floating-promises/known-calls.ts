import type { CallPathPattern } from '../../analysis/js/call-path';

/**
 * Calls whose promise is safe to drop: navigation APIs whose promise only tells when the
 * navigation finished and whose failures the library reports itself. Shipped on by default
 * (`presetSafeCalls: true`), documented in the explainer, extended with `knownSafeCalls`.
 * Paths are matched against the callee: `useRouter().push` is `router.push(...)` for the
 * `router` of `const router = useRouter()`.
 */
export const FIRE_AND_FORGET_PRESET: readonly CallPathPattern[] = [
  // Next.js (pages router): `router.push/replace/prefetch` and the `Router` singleton.
  ...['useRouter().', ''].flatMap((prefix) =>
    ['push', 'replace', 'prefetch', 'reload'].map((method) => ({ module: 'next/router', path: `${prefix}${method}` })),
  ),
  ...['push', 'replace', 'prefetch', 'refresh'].map((method) => ({ module: 'next/navigation', path: `useRouter().${method}` })),
  // React Router: `const navigate = useNavigate(); navigate('/x')`, and data routers' `router.navigate`.
  ...['react-router', 'react-router-dom', 'react-router-native', '@remix-run/react', '@tanstack/react-router'].flatMap((module) => [
    { module, path: 'useNavigate()' },
    { module, path: 'useRouter().navigate' },
    ...['createBrowserRouter', 'createHashRouter', 'createMemoryRouter', 'createRouter'].map((factory) => ({
      module,
      path: `${factory}().navigate`,
    })),
  ]),
  // vue-router: `useRouter().push`, the router a file creates, and `this.$router` in the Options API.
  ...['push', 'replace', 'go', 'back', 'forward'].flatMap((method) => [
    { module: 'vue-router', path: `useRouter().${method}` },
    { module: 'vue-router', path: `createRouter().${method}` },
    { path: `this.$router.${method}` },
  ]),
  // VS Code: notifications resolve when the user dismisses them; nobody waits for that.
  { module: 'vscode', path: 'window.show*Message' },
];

/**
 * Test registrations whose promise the test runner itself tracks: `node:test`'s `describe`,
 * `it`, `test`, `suite` (and `.skip/.only/.todo`), and node-tap's top-level `test`. A subtest
 * created on a test context (`t.test()`) is not one of these: its parent ends without waiting.
 */
export const TEST_REGISTRATIONS: readonly CallPathPattern[] = [
  ...['', 'describe', 'it', 'test', 'suite'].flatMap((base) =>
    ['', '.skip', '.only', '.todo'].map((variant) => ({ module: 'test', path: `${base}${variant}`.replace(/^\./, '') })),
  ),
  ...['', 'test', 'skip', 'only', 'todo'].map((path) => ({ module: 'tap', path })),
];

/** Node's promise APIs, by module: the export paths (with `()` for the call) that return promises. */
export const PROMISE_APIS: readonly CallPathPattern[] = [
  { path: 'fetch()' },
  ...['resolve', 'reject', 'all', 'allSettled', 'race', 'any', 'try'].map((name) => ({ path: `Promise.${name}()` })),
  { module: 'fs/promises', path: '*()' },
  { module: 'fs', path: 'promises.*()' },
  { module: 'timers/promises', path: 'setTimeout()' },
  { module: 'timers/promises', path: 'setImmediate()' },
  { module: 'timers/promises', path: 'scheduler.wait()' },
  { module: 'timers/promises', path: 'scheduler.yield()' },
  { module: 'dns/promises', path: '*()' },
  { module: 'dns', path: 'promises.*()' },
  { module: 'stream/promises', path: 'pipeline()' },
  { module: 'stream/promises', path: 'finished()' },
  { module: 'readline/promises', path: 'createInterface().question()' },
  { module: 'events', path: 'once()' },
  { module: 'util', path: 'promisify()()' },
];

/** `Promise` combinators: a dropped one is reported like any other promise. */
export const PROMISE_COMBINATORS = new Set(['all', 'allSettled', 'race', 'any']);
