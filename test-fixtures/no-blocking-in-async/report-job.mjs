// A background job runner in ES modules: renamed imports, namespace imports, aliases, classes.
import * as nodeFs from 'node:fs';
import { readFileSync as read, statSync } from 'fs';
import { execSync as run } from 'node:child_process';
import { scryptSync, randomFillSync } from 'node:crypto';
import { brotliCompressSync } from 'node:zlib';
import readlineSync from 'readline-sync';
import { globSync } from 'glob';

const disk = nodeFs;
const writeOut = disk.writeFileSync;

export class ReportJob {
  // A field initializer runs at construction, not in async code. Not reported.
  template = read(new URL('./report.html', import.meta.url), 'utf8');

  static {
    // Static blocks run once when the class is defined. Not reported.
    disk.mkdirSync('reports', { recursive: true });
  }

  // An async class-property arrow.
  collect = async (pattern) => {
    const files = globSync(pattern); // asyncwise-expect: no-blocking-in-async
    return files.filter((file) => statSync(file).size > 0); // asyncwise-expect: no-blocking-in-async
  };

  async render(files) {
    const parts = [];
    for (const file of files) {
      parts.push(read(file, 'utf8')); // asyncwise-expect: no-blocking-in-async
    }
    const html = this.template.replace('{{body}}', parts.join('\n'));
    // Two blocking calls on one line: the write and the compression.
    writeOut(`reports/${Date.now()}.html.br`, brotliCompressSync(html)); // asyncwise-expect: no-blocking-in-async, no-blocking-in-async
    return html.length;
  }

  async *lines(file) {
    for (const line of disk.readFileSync(file, 'utf8').split('\n')) { // asyncwise-expect: no-blocking-in-async
      yield line;
    }
  }

  async sign(secret, salt) {
    const key = scryptSync(secret, salt, 32); // asyncwise-expect: no-blocking-in-async
    const nonce = randomFillSync(Buffer.alloc(12)); // asyncwise-expect: no-blocking-in-async
    return { key, nonce };
  }

  async confirm() {
    const answer = readlineSync.question('Publish? [y/N] '); // asyncwise-expect: no-blocking-in-async
    if (answer !== 'y') return false;
    run('git push --tags', { stdio: 'inherit' }); // asyncwise-expect: no-blocking-in-async
    return true;
  }

  async schedule(delay) {
    // The timer callback runs later, on its own turn. Not reported.
    setTimeout(() => writeOut('reports/.heartbeat', String(Date.now())), delay);
    return new Promise((resolve) => {
      resolve(read('reports/index.json', 'utf8')); // asyncwise-expect: no-blocking-in-async
    });
  }

  parseSync(text) {
    return text.split('\n');
  }

  async summarize(file) {
    // A method of our own named *Sync is never reported.
    return this.parseSync(await nodeFs.promises.readFile(file, 'utf8')).length;
  }
}

export async function waitForWorker(shared, ms) {
  return Atomics.wait(shared, 0, 0, ms); // asyncwise-expect: no-blocking-in-async
}

export async function pause(ms) {
  const start = performance.now();
  while (performance.now() - start < ms); // asyncwise-expect: no-blocking-in-async
}
