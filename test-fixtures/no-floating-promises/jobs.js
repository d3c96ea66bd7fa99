// Background jobs in plain JavaScript, linted without type information.
import { readFile, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { saveOrder, deleteOrder, formatOrder } from './db.js';

export function onOrderPlaced(order) {
  saveOrder(order); // asyncwise-expect: no-floating-promises
  console.log('placed', formatOrder(order));
}

export function onOrderCancelled(order) {
  deleteOrder(order.id).catch((error) => console.error('cancel failed', error));
}

export async function nightlyExport(orders) {
  try {
    writeFile('/tmp/export.json', JSON.stringify(orders)); // asyncwise-expect: no-floating-promises
  } catch (error) {
    console.error('export failed', error);
  }
  orders.map(async (order) => saveOrder(order)); // asyncwise-expect: no-floating-promises
  await Promise.all(orders.map(async (order) => saveOrder(order)));
}

export async function retry(task, attempts = 3) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt === attempts) throw error;
      await sleep(100 * attempt);
    }
  }
  return undefined;
}

export function warmCache() {
  const config = readFile('config.json', 'utf8'); // asyncwise-expect: no-floating-promises
  fetch('/healthz').then((response) => console.log(response.status)); // asyncwise-expect: no-floating-promises
  fetch('/metrics').then((response) => response.text(), (error) => console.error(error));
  void fetch('/warm');
}

async function reportSafely(error) {
  try {
    await fetch('/errors', { method: 'POST', body: String(error) });
  } catch {
    // Reporting is best effort.
  }
}

export function onError(error) {
  reportSafely(error);
}

// Unknown objects are never guessed at without types.
export function notify(mailer, queue, order) {
  mailer.send(order.email, 'Thanks!');
  queue.publish('orders', order);
}
