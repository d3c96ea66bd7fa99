// Three independent requests of 0.3 s each: awaited one after another, then started together.
// The Python demo of the same name does the same with asyncio.gather.
import { report, seconds, sleep } from './timing.mjs';

const fetchPart = (name) => sleep(300).then(() => name);

async function oneAfterAnother() {
  // eslint-disable-next-line asyncwise/prefer-promise-all -- the slow way is what this demo measures
  const user = await fetchPart('user');
  const orders = await fetchPart('orders');
  const prices = await fetchPart('prices');
  return [user, orders, prices];
}

async function together() {
  return Promise.all([fetchPart('user'), fetchPart('orders'), fetchPart('prices')]);
}

report({
  title: { en: 'Three independent requests of 0.3 s each', ko: '서로 독립적인 0.3초짜리 요청 세 개' },
  rows: [
    { mark: 'slow', label: { en: 'await, await, await', ko: 'await 세 번 차례로' }, seconds: await seconds(oneAfterAnother) },
    { mark: 'fast', label: { en: 'await Promise.all([...])', ko: 'await Promise.all([...])' }, seconds: await seconds(together) },
  ],
});
