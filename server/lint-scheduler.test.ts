import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LintScheduler, type DocumentSnapshot } from './lint-scheduler';
import type { LintJob, LintJobResult } from './worker-protocol';

function setup(lintMs: number) {
  const documents = new Map<string, DocumentSnapshot>();
  const linted: string[] = [];
  const delivered: { uri: string; version: number }[] = [];
  const scheduler = new LintScheduler(
    async (job: Omit<LintJob, 'id'>): Promise<LintJobResult> => {
      linted.push(job.text);
      await new Promise((resolve) => setTimeout(resolve, lintMs));
      return { id: 0, messages: [], typed: false, crashes: [], durationMs: lintMs };
    },
    (uri) => documents.get(uri),
    () => Promise.resolve({ filePath: '/p/a.ts', rootDir: '/p', typeAware: false, ruleSeverities: {} }),
    (uri, version) => delivered.push({ uri, version }),
    () => undefined,
  );
  const settle = async (): Promise<void> => {
    while (scheduler.busy) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { documents, linted, delivered, scheduler, settle };
}

describe('lint scheduling', () => {
  it('lints a burst of edits once, with the latest text', async () => {
    const { documents, linted, delivered, scheduler, settle } = setup(5);
    for (let version = 1; version <= 10; version++) {
      documents.set('a', { version, text: `v${version}` });
      scheduler.schedule('a', 20);
    }
    await settle();
    assert.deepEqual(linted, ['v10']);
    assert.deepEqual(delivered, [{ uri: 'a', version: 10 }]);
  });

  it('drops the result of a version edited during its lint and lints the new text', async () => {
    const { documents, linted, delivered, scheduler, settle } = setup(40);
    documents.set('a', { version: 1, text: 'v1' });
    scheduler.schedule('a', 0);
    await new Promise((resolve) => setTimeout(resolve, 15));
    documents.set('a', { version: 2, text: 'v2' });
    scheduler.schedule('a', 0);
    await settle();
    assert.deepEqual(linted, ['v1', 'v2']);
    assert.deepEqual(delivered, [{ uri: 'a', version: 2 }]);
  });

  it('delivers nothing for a document closed while it was linted', async () => {
    const { documents, delivered, scheduler, settle } = setup(30);
    documents.set('a', { version: 1, text: 'v1' });
    scheduler.schedule('a', 0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    documents.delete('a');
    scheduler.forget('a');
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 40));
    assert.deepEqual(delivered, []);
  });
});
