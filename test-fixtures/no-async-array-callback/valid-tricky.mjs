// Without types: patterns that look alike but wait for their callbacks.
import asyncLib from 'async';

/** The file's own forEach awaits each callback. */
class JobList {
  constructor(jobs) {
    this.jobs = jobs;
  }

  async forEach(fn) {
    for (const job of this.jobs) await fn(job);
  }
}

export async function runJobs(jobs) {
  await new JobList(jobs).forEach(async (job) => {
    await job.run();
  });
}

// The accumulator is awaited: the calls are chained on purpose.
export async function runInOrder(steps) {
  return steps.reduce(async (previous, step) => step(await previous), Promise.resolve());
}

export async function enabled(plugins) {
  return plugins.reduce(async (result, plugin) => {
    if (await plugin.isEnabled()) (await result).push(plugin);
    return result;
  }, []);
}

// The callback is not the array method's first argument.
export function eachFile(files, handle, done) {
  asyncLib.forEach(files, async (file) => handle(file), done);
}

export async function readAll(files, read) {
  return Promise.all(files.map(async (file) => read(file)));
}
