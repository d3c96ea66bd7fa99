// Two pieces of CPU work of 0.3 s each. Promise.all does not help: one thread still computes
// them one after another. Two worker threads compute them at the same time, on two cores.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { clock, computeFor, measured, pieces, report } from './timing.mjs';

const WORK_MS = 300;

if (!isMainThread) {
  computeFor(workerData.ms);
  parentPort.postMessage(pieces.map((piece) => ({ ...piece, handedMs: workerData.handedMs })));
} else {
  const inWorker = (ms) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { ms, handedMs: clock() } });
    worker.once('message', (done) => {
      pieces.push(...done);
      resolve();
    });
    worker.once('error', reject);
  });

  report({
    title: { en: `Two pieces of CPU work of 0.3 s each (${availableParallelism()} cores)`, ko: `0.3초짜리 CPU 작업 두 개 (코어 ${availableParallelism()}개)` },
    rows: [
      { mark: 'slow', label: { en: 'one after another', ko: '하나씩 차례로' }, ...await measured(async () => {
        computeFor(WORK_MS);
        computeFor(WORK_MS);
      }) },
      { mark: 'note', label: { en: 'Promise.all on one thread', ko: '스레드 하나에서 Promise.all' }, ...await measured(() =>
        Promise.all([(async () => computeFor(WORK_MS))(), (async () => computeFor(WORK_MS))()])) },
      { mark: 'fast', label: { en: 'two worker threads', ko: '워커 스레드 두 개' }, ...await measured(() =>
        Promise.all([inWorker(WORK_MS), inWorker(WORK_MS)])) },
    ],
    notes: [{ en: 'A worker costs a new thread, its own memory and a copy of every message.', ko: '워커 하나마다 스레드와 별도 메모리가 들고, 주고받는 값은 복사됩니다.' }],
  });
}
