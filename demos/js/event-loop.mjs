// One thread runs every task. A timer is due in 0.1 s while another task works for 0.6 s:
// a task that never awaits keeps the timer waiting; one that awaits now and then lets it run.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { computeFor, report, sleep } from './timing.mjs';

/** When does a 0.1 s timer actually fire while `task` runs beside it? */
async function timerDelay(task) {
  const start = performance.now();
  const timer = sleep(100).then(() => (performance.now() - start) / 1000);
  await Promise.all([timer, task()]);
  return timer;
}

async function neverAwaits() {
  computeFor(600); // 0.6 s of work in one piece: the loop cannot switch tasks
}

async function awaitsBetweenChunks() {
  for (let chunk = 0; chunk < 30; chunk++) {
    computeFor(20);
    await yieldToLoop(); // hands the thread back: the timer gets its turn
  }
}

report({
  title: { en: 'A timer due in 0.1 s, while another task works for 0.6 s', ko: '0.1초 뒤 울릴 타이머, 그동안 다른 작업이 0.6초 일할 때' },
  rows: [
    { mark: 'slow', label: { en: 'task never awaits: timer fired after', ko: 'await 없는 작업: 타이머가 울린 시각' }, seconds: await timerDelay(neverAwaits) },
    { mark: 'fast', label: { en: 'task awaits between chunks: timer fired after', ko: '중간중간 await하는 작업: 타이머가 울린 시각' }, seconds: await timerDelay(awaitsBetweenChunks) },
  ],
});
