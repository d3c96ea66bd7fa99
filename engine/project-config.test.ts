import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ProjectConfigLookup } from './project-config';

describe('when typed linting is worth trying', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncwise-projects-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  fs.mkdirSync(path.join(root, 'app', 'src'), { recursive: true });
  fs.mkdirSync(path.join(root, 'loose'));
  fs.writeFileSync(path.join(root, 'app', 'tsconfig.json'), '{}');

  it('finds the nearest config above a file, and none for loose files', () => {
    const lookup = new ProjectConfigLookup(0);
    assert.equal(lookup.nearestConfig(path.join(root, 'app', 'src', 'a.ts')), path.join(root, 'app', 'tsconfig.json'));
    assert.equal(lookup.worthTyping(path.join(root, 'loose', 'script.js')), false);
  });

  it('stops asking about a file its config left out, until the config changes', () => {
    const lookup = new ProjectConfigLookup(0);
    const file = path.join(root, 'app', 'src', 'build.mjs');
    assert.equal(lookup.worthTyping(file), true);
    lookup.markLeftOut(file);
    assert.equal(lookup.worthTyping(file), false);
    const config = path.join(root, 'app', 'tsconfig.json');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(config, later, later);
    assert.equal(lookup.worthTyping(file), true);
  });

  it('sees a config created after the first look once the recheck time has passed', () => {
    const lookup = new ProjectConfigLookup(0);
    const file = path.join(root, 'loose', 'later.ts');
    assert.equal(lookup.worthTyping(file), false);
    fs.writeFileSync(path.join(root, 'loose', 'jsconfig.json'), '{}');
    assert.equal(lookup.worthTyping(file), true);
  });
});
