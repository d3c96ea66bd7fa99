// Preloaded into the CLI (node --require) by a test: deletes the file named by
// ASYNCWISE_VANISH right after its folder has been listed, as if another process removed it
// while the run was under way. The CLI itself is unchanged.
const fs = require('node:fs');
const path = require('node:path');

const target = process.env.ASYNCWISE_VANISH;
const readdirSync = fs.readdirSync;
fs.readdirSync = function readdirThenDelete(folder, ...rest) {
  const entries = readdirSync.call(this, folder, ...rest);
  if (target && path.resolve(String(folder)) === path.dirname(target) && fs.existsSync(target)) fs.rmSync(target);
  return entries;
};
