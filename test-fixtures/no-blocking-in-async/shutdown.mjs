// Exit handlers and startup code must be synchronous; a CLI's sync steps block nobody.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const pkg = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// 'exit' listeners cannot wait for promises: synchronous calls are the only ones that run.
process.on('exit', async (code) => {
  fs.appendFileSync('shutdown.log', `${pkg.name} exited with ${code}\n`);
});
process.once('exit', () => fs.rmSync('.pid', { force: true }));

export function publish(tag) {
  execFileSync('npm', ['publish', '--tag', tag], { stdio: 'inherit' });
}

const deasync = { loopWhile() {} };
export async function notReallyDeasync(check) {
  // A local object that only shares a package's name.
  deasync.loopWhile(check);
}

export async function userWrappers(store) {
  // Methods of other objects that only share fs's names.
  store.readFileSync('x');
  store.fs.existsSync('y');
  store.child.execSync('z');
}
