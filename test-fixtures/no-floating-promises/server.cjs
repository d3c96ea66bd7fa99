// A CommonJS server file: callbacks, timers and a promise chain, without types.
'use strict';
const http = require('node:http');
const fsp = require('node:fs/promises');
const { promisify } = require('node:util');
const { execFile } = require('node:child_process');

const run = promisify(execFile);

function readStatus() {
  return fsp.readFile('/tmp/status', 'utf8');
}

const server = http.createServer((req, res) => {
  readStatus() // asyncwise-expect: no-floating-promises
    .then((status) => res.end(status))
    .finally(() => console.log('served'));
});

server.on('listening', () => {
  run('git', ['rev-parse', 'HEAD']).then( // asyncwise-expect: no-floating-promises
    ({ stdout }) => console.log('version', stdout),
  );
  readStatus().then(console.log, console.error);
});

setInterval(() => {
  fsp.appendFile('/tmp/heartbeat', `${Date.now()}\n`).catch(() => {});
}, 60_000);

module.exports = { server, readStatus };
