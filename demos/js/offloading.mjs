// Three blocking calls of 0.3 s each (a sleeping thread stands in for readFileSync, a zlib or
// crypto call). In async functions on the main thread they still run one after another and
// block everything else; in worker threads they run side by side and the main thread stays free.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { blockFor, clock, measured, pieces, report } from './timing.mjs';

const CALL_MS = 300;

if (!isMainThread) {
  blockFor(workerData.ms);
  parentPort.postMessage(pieces.map((piece) => ({ ...piece, handedMs: workerData.handedMs })));
} else {
  const onMainThread = async (ms) => blockFor(ms);
  const inWorker = (ms) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { ms, handedMs: clock() } });
    worker.once('message', (done) => {
      pieces.push(...done);
      resolve();
    });
    worker.once('error', reject);
  });

  report({
    title: { en: 'Three blocking calls of 0.3 s each, started with Promise.all', ko: '0.3초짜리 블로킹 호출 세 개를 Promise.all로 시작했을 때' },
    rows: [
      { mark: 'slow', label: { en: 'on the main thread', ko: '메인 스레드에서' },
        ...await measured(() => Promise.all([onMainThread(CALL_MS), onMainThread(CALL_MS), onMainThread(CALL_MS)])) },
      { mark: 'fast', label: { en: 'in worker threads', ko: '워커 스레드에서' },
        ...await measured(() => Promise.all([inWorker(CALL_MS), inWorker(CALL_MS), inWorker(CALL_MS)])) },
    ],
    notes: [{ en: 'For files, fs/promises already does this: libuv runs the call on its thread pool.', ko: '파일이라면 fs/promises가 이미 이렇게 합니다. libuv가 자기 스레드 풀에서 호출을 실행합니다.' }],
  });
}
