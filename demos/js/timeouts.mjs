// A request that would take 1 s, and a timeout of 0.3 s. Promise.race gives up at 0.3 s but
// nobody tells the request: it keeps running (and holding its socket) until 1 s. An
// AbortSignal handed to the request stops it at 0.3 s.
import { setTimeout as wait } from 'node:timers/promises';
import { report } from './timing.mjs';

const REQUEST_MS = 1000;
const TIMEOUT_MS = 300;

/** The request: a timer that stops early when its signal aborts, like fetch(url, { signal }). */
const slowRequest = (signal) => wait(REQUEST_MS, 'done', signal ? { signal } : undefined);

/** Seconds until the request itself has settled (not when the caller gave up on it). */
async function requestRanFor(start, request) {
  await request.catch(() => undefined);
  return (performance.now() - start) / 1000;
}

async function withRace() {
  const start = performance.now();
  const request = slowRequest();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS);
  });
  await Promise.race([request, timeout]).catch(() => 'gave up');
  clearTimeout(timer); // without this, a request that wins still leaves the timer holding the process
  return requestRanFor(start, request);
}

async function withAbortSignal() {
  const start = performance.now();
  const request = slowRequest(AbortSignal.timeout(TIMEOUT_MS));
  await request.catch(() => 'gave up');
  return requestRanFor(start, request);
}

report({
  title: { en: 'A 1 s request with a 0.3 s timeout: how long the request really ran', ko: '1초 걸리는 요청에 0.3초 타임아웃: 요청이 실제로 돈 시간' },
  rows: [
    { mark: 'slow', label: { en: 'Promise.race with a timer', ko: '타이머와 Promise.race' }, seconds: await withRace() },
    { mark: 'fast', label: { en: 'AbortSignal.timeout passed to the request', ko: '요청에 AbortSignal.timeout 전달' }, seconds: await withAbortSignal() },
  ],
  notes: [{ en: 'Both callers got their timeout at 0.3 s; only the signal stopped the work.', ko: '호출한 쪽은 둘 다 0.3초에 타임아웃을 받았지만, 작업을 멈춘 것은 시그널뿐입니다.' }],
});
