'use strict';
// An HTTP API in CommonJS: every blocking call inside a request handler stalls all clients.
const http = require('node:http');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execSync, spawnSync } = require('child_process');
const cp = require('node:child_process');
const { pbkdf2Sync, randomBytes, timingSafeEqual } = require('crypto');
const bcrypt = require('bcryptjs');
const { readJsonSync } = require('fs-extra');

// Startup: read once before listening. Not reported.
const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8'));
const staticRoot = fs.realpathSync(config.staticRoot);
const revision = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();

function loadUsers() {
  // A synchronous helper: its callers decide; not reported.
  return readJsonSync(path.join(config.dataDir, 'users.json'));
}

async function authenticate(name, password) {
  const users = readJsonSync(path.join(config.dataDir, 'users.json')); // asyncwise-expect: no-blocking-in-async
  const user = users[name];
  if (!user) return false;
  const hash = pbkdf2Sync(password, user.salt, 100000, 64, 'sha512'); // asyncwise-expect: no-blocking-in-async
  return timingSafeEqual(hash, Buffer.from(user.hash, 'hex'));
}

async function register(name, password) {
  const salt = randomBytes(16).toString('hex');
  const hash = bcrypt.hashSync(password, 12); // asyncwise-expect: no-blocking-in-async
  const users = loadUsers();
  users[name] = { salt, hash };
  fs.writeFileSync(path.join(config.dataDir, 'users.json'), JSON.stringify(users)); // asyncwise-expect: no-blocking-in-async
}

async function serveStatic(req, res) {
  const file = path.join(staticRoot, path.normalize(req.url));
  if (!require('fs').existsSync(file)) { // asyncwise-expect: no-blocking-in-async
    res.statusCode = 404;
    return res.end();
  }
  const body = fs.readFileSync(file); // asyncwise-expect: no-blocking-in-async
  res.setHeader('content-encoding', 'gzip');
  res.end(zlib.gzipSync(body)); // asyncwise-expect: no-blocking-in-async
}

async function status(req, res) {
  const disk = cp.execFileSync('df', ['-h', config.dataDir]).toString(); // asyncwise-expect: no-blocking-in-async
  const uptime = spawnSync('uptime').stdout.toString(); // asyncwise-expect: no-blocking-in-async
  res.end(JSON.stringify({ revision, disk, uptime, token: randomBytes(8).toString('hex') }));
}

async function exportAll(req, res) {
  const size = Number(req.headers['x-token-size'] ?? 4096);
  const token = randomBytes(size); // asyncwise-expect: no-blocking-in-async
  const names = fs.readdirSync(config.dataDir); // asyncwise-expect: no-blocking-in-async
  const files = names.map((name) => fs.readFileSync(path.join(config.dataDir, name), 'utf8')); // asyncwise-expect: no-blocking-in-async
  res.end(JSON.stringify({ token: token.toString('base64'), files }));
}

async function slowDown(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {} // asyncwise-expect: no-blocking-in-async
}

const server = http.createServer(async (req, res) => {
  if (req.url === '/login') return res.end(String(await authenticate(req.headers.user, req.headers.pass)));
  if (req.url === '/register') return register(req.headers.user, req.headers.pass).then(() => res.end('ok'));
  if (req.url === '/status') return status(req, res);
  if (req.url === '/export') return exportAll(req, res);
  if (req.url === '/slow') await slowDown(50);
  return serveStatic(req, res);
});

// Exit handlers must be synchronous: nothing after 'exit' would run. Not reported.
process.on('exit', () => {
  fs.writeFileSync(path.join(config.dataDir, 'last-exit'), new Date().toISOString());
});
process.once('SIGTERM', () => {
  fs.rmSync(path.join(config.dataDir, '.lock'), { force: true });
  server.close();
});

server.listen(config.port);
