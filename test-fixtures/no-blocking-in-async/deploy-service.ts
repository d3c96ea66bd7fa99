// Uses the fs facade: only type information shows that these calls are node's blocking ones.
import { readFileSync, saveFile, existsSync, execFileSync, renderSync, gzipSync } from './disk-io.js';
import * as io from './disk-io.js';
import { readFile } from 'node:fs/promises';

interface Release {
  name: string;
  version: string;
}

export async function deploy(release: Release, target: string): Promise<string> {
  if (!existsSync(target)) throw new Error(`no such target ${target}`); // asyncwise-expect: no-blocking-in-async
  const template = readFileSync('templates/release.txt', 'utf8'); // asyncwise-expect: no-blocking-in-async
  const notes = renderSync(template, { name: release.name, version: release.version });
  saveFile(`${target}/RELEASE.txt`, notes); // asyncwise-expect: no-blocking-in-async
  const archive = gzipSync(await readFile(`${target}/bundle.js`)); // asyncwise-expect: no-blocking-in-async
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(); // asyncwise-expect: no-blocking-in-async
  io.execSync(`scp -r ${target} deploy@host:/srv`); // asyncwise-expect: no-blocking-in-async
  return `${sha} ${archive.length}`;
}

export function dryRun(release: Release): string {
  // Synchronous: not reported.
  return renderSync(readFileSync('templates/release.txt', 'utf8'), { name: release.name, version: release.version });
}
