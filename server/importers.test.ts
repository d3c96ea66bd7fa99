import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importsModule } from './importers';

describe('importsModule: which open files an edit can change the types of', () => {
  const db = '/app/src/db.ts';
  for (const text of [
    `import { query } from './db';`,
    `import { query } from "../src/db.js";`,
    `export * from './db'`,
    `const db = require('./db');`,
    `const { query } = await import('./db.ts');`,
  ]) {
    it(`sees ${text}`, () => assert.equal(importsModule(text, db), true));
  }
  for (const text of [`import { query } from 'db';`, `import { query } from './dbx';`, `import x from './other/db-utils';`, `// see ./db`]) {
    it(`ignores ${text}`, () => assert.equal(importsModule(text, db), false));
  }
  it('treats index files as their folder', () => {
    assert.equal(importsModule(`import { a } from './lib';`, '/app/lib/index.ts'), true);
  });
});
