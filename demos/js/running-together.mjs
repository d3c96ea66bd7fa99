// Six requests of 0.15 s each: one after another, all at once, at most two at a time (what
// p-limit does), and all at once when one of them fails early (Promise.all fails fast).
import { report, seconds, sleep } from './timing.mjs';

const ids = [1, 2, 3, 4, 5, 6];
const request = (id) => sleep(150).then(() => id);

/** At most `size` calls of `task` run at once; the rest wait for a free slot. */
function limit(size) {
  let running = 0;
  const waiting = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return async (task) => {
    if (running >= size) await new Promise((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      next();
    }
  };
}

async function oneAfterAnother() {
  const results = [];
  for (const id of ids) results.push(await request(id));
  return results;
}

async function failsFast() {
  const failing = sleep(50).then(() => { throw new Error('request 3 failed'); });
  await Promise.all([...ids.map(request), failing]).catch(() => 'rejected');
}

const twoAtATime = limit(2);
report({
  title: { en: 'Six requests of 0.15 s each', ko: '0.15초짜리 요청 여섯 개' },
  rows: [
    { mark: 'slow', label: { en: 'one after another', ko: '하나씩 차례로' }, seconds: await seconds(oneAfterAnother) },
    { mark: 'fast', label: { en: 'Promise.all: all at once', ko: 'Promise.all: 한꺼번에' }, seconds: await seconds(() => Promise.all(ids.map(request))) },
    { mark: 'fast', label: { en: 'at most 2 at a time (p-limit)', ko: '최대 2개씩 (p-limit)' },
      seconds: await seconds(() => Promise.all(ids.map((id) => twoAtATime(() => request(id))))) },
    { mark: 'note', label: { en: 'one fails at 0.05 s: Promise.all rejects after', ko: '0.05초에 하나가 실패: Promise.all이 거부되는 시각' }, seconds: await seconds(failsFast) },
  ],
  notes: [{ en: 'Promise.allSettled would have waited for all six and reported each outcome.', ko: 'Promise.allSettled였다면 여섯 개가 다 끝날 때까지 기다렸다가 결과를 하나하나 알려 줍니다.' }],
});
