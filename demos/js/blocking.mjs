// Rice takes 0.6 s, soup 0.4 s. Both are started "together" with Promise.all. Cooked with a
// blocking call, the thread stands at the stove and they cook one after another; cooked with
// an awaited timer, they cook side by side.
import { blockFor, report, seconds, sleep } from './timing.mjs';

const RICE_MS = 600;
const SOUP_MS = 400;

async function cookBlocking(ms) {
  blockFor(ms); // like readFileSync: nothing else runs until it returns
}

async function cookNonBlocking(ms) {
  await sleep(ms); // like await readFile: the thread is free meanwhile
}

report({
  title: { en: 'Rice (0.6 s) and soup (0.4 s), both started with Promise.all', ko: '밥(0.6초)과 국(0.4초)을 Promise.all로 같이 시작했을 때' },
  rows: [
    { mark: 'slow', label: { en: 'blocking calls: one after another', ko: '블로킹 호출: 하나씩 차례로' },
      seconds: await seconds(() => Promise.all([cookBlocking(RICE_MS), cookBlocking(SOUP_MS)])) },
    { mark: 'fast', label: { en: 'non-blocking: side by side', ko: '논블로킹: 나란히' },
      seconds: await seconds(() => Promise.all([cookNonBlocking(RICE_MS), cookNonBlocking(SOUP_MS)])) },
  ],
});
