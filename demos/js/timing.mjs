// Shared by the JavaScript demos: timers stand in for the network, a sleeping thread for a
// blocking call, and each way of doing the work is printed with the seconds it took.
//   node demos/js/<demo>.mjs [--lang=ko] [--json]
import { setTimeout as wait } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';

export const lang = process.argv.includes('--lang=ko') ? 'ko' : 'en';

/** Non-blocking: the thread is free while the "network" works. */
export const sleep = (ms) => wait(ms);

/** Blocking: the thread itself sleeps, as it does inside readFileSync or execSync. */
export function blockFor(ms) {
  const startMs = clock();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  pieces.push({ thread: threadId, startMs, endMs: clock() });
}

/** CPU work: the thread is busy computing for `ms`. */
export function computeFor(ms) {
  const startMs = clock();
  const end = performance.now() + ms;
  let spins = 0;
  while (performance.now() < end) spins += 1;
  pieces.push({ thread: threadId, startMs, endMs: clock() });
  return spins;
}

/**
 * Where and when each piece of work ran (`--json` shows them): the demo's own doing, unlike the
 * seconds, which also depend on how busy the machine is.
 */
export const pieces = [];
/** Milliseconds on a clock every thread shares. */
export const clock = () => performance.timeOrigin + performance.now();

/** The seconds `run` takes, and the pieces of work it did (workers' included, once they send theirs). */
export async function measured(run) {
  pieces.length = 0;
  const elapsed = await seconds(run);
  return { seconds: elapsed, pieces: pieces.splice(0) };
}

/** Seconds `run` takes, including everything it awaits. */
export async function seconds(run) {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

/**
 * Prints the measured rows: `✗` the slow way, `✓` the better way, `·` for comparison.
 * `rows`: { mark: 'slow' | 'fast' | 'note', label: { en, ko }, seconds }.
 */
export function report({ title, rows, notes = [] }) {
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ title, rows, notes }));
    return;
  }
  const marks = { slow: '✗', fast: '✓', note: '·' };
  const width = Math.max(...rows.map((row) => columns(row.label[lang])));
  const longest = Math.max(...rows.map((row) => row.seconds));
  console.log(title[lang]);
  for (const row of rows) {
    const bar = '█'.repeat(Math.max(1, Math.round((row.seconds / longest) * 30)));
    console.log(`  ${marks[row.mark]} ${row.label[lang]}${' '.repeat(width - columns(row.label[lang]))}  ${row.seconds.toFixed(2)} s  ${bar}`);
  }
  for (const note of notes) console.log(`  ${note[lang]}`);
}

/** Terminal columns: Hangul takes two, so Korean labels line up too. */
function columns(text) {
  return [...text].reduce((sum, char) => sum + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(char) ? 2 : 1), 0);
}
