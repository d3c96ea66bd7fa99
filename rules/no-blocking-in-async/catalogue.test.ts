// The catalogue against the running Node: every blocking built-in is listed (or deliberately not),
// every async twin a fix writes exists, and the explainers' tables name every listed module.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { explainers } from '../explainers';
import { BLOCKING_CALLS, FS_WITH_PROMISE_TWIN, lookupBlockingCall, NOT_BLOCKING_ENOUGH, RANDOM_BYTES } from './catalogue';
import { SMALL_RANDOM_BYTES } from './resolve-call';

const load = createRequire(__filename);
const exportsOf = (module: string): Record<string, unknown> => load(`node:${module}`) as Record<string, unknown>;
const builtins = ['fs', 'child_process', 'crypto', 'zlib'];

describe('no-blocking-in-async catalogue', () => {
  for (const module of builtins) {
    it(`lists every *Sync export of ${module} (or says why not)`, () => {
      const unlisted = Object.keys(exportsOf(module))
        .filter((name) => name.endsWith('Sync'))
        .filter((name) => !lookupBlockingCall(module, name) && !NOT_BLOCKING_ENOUGH[module]?.[name]);
      assert.deepEqual(unlisted, []);
    });
  }

  it('lists fs the same way for graceful-fs and fs-extra', () => {
    for (const name of Object.keys(exportsOf('fs')).filter((key) => key.endsWith('Sync'))) {
      assert.ok(lookupBlockingCall('graceful-fs', name), `graceful-fs.${name}`);
      assert.ok(lookupBlockingCall('fs-extra', name), `fs-extra.${name}`);
    }
  });

  it('only rewrites to async functions that exist', () => {
    const promises = exportsOf('fs/promises');
    for (const name of FS_WITH_PROMISE_TWIN) assert.equal(typeof promises[name], 'function', `fs/promises.${name}`);
    for (const entry of [...BLOCKING_CALLS, RANDOM_BYTES]) {
      if (entry.fix !== 'promisify' && entry.fix !== 'exec') continue;
      const exported = exportsOf(entry.module);
      // zstd arrived in Node 22.15; older Nodes have neither the sync nor the async function.
      if (!(entry.name in exported)) continue;
      assert.equal(typeof exported[entry.asyncName ?? ''], 'function', `${entry.module}.${entry.asyncName}`);
    }
  });

  it('has an instead for every entry, and fix data where it offers a fix', () => {
    for (const entry of BLOCKING_CALLS) {
      assert.ok(entry.instead.length > 0, `${entry.module}.${entry.name}`);
      if (entry.fix && entry.fix !== 'fs-exists') assert.ok(entry.asyncName, `${entry.module}.${entry.name} names its twin`);
    }
  });

  for (const locale of ['en', 'ko'] as const) {
    it(`is documented in the ${locale} explainer: every module, the randomBytes size, the exit exemption`, () => {
      const text = explainers['no-blocking-in-async'][locale];
      const modules = new Set(BLOCKING_CALLS.map((entry) => entry.module));
      for (const module of modules) assert.ok(text.includes(`\`${module}\``), `${locale} names ${module}`);
      for (const name of ['Atomics.wait', 'Date.now()', 'randomBytes', 'hkdfSync', 'generateKeySync']) {
        assert.ok(text.includes(name), `${locale} names ${name}`);
      }
      assert.ok(text.includes(String(SMALL_RANDOM_BYTES)), `${locale} documents the randomBytes size`);
      assert.ok(text.includes("process.on('exit'"), `${locale} documents exit listeners`);
    });
  }
});
