// Editing a 500-line Python file: edit → diagnostics latency of Asyncwise's built server, side by
// side in one run with the vscode-eslint-style reference server linting the same file with the
// built plugin's `recommended-python` preset on its message loop. When bench/python's tools are
// installed (npm ci --prefix bench/python), ruff's WebAssembly build checking the same texts in
// this process is printed as a floor: no LSP round trip, native-compiled rules.
// Usage: node bench/python-edit.mjs [--edits=N] [--no-build]
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { asyncwiseServer, referenceServer } from './lib/lsp-driver.mjs';
import { describeRun, prepareServerBundle, REPO } from './lib/server-bundle.mjs';
import { fmt, loadSampler, log, median, p95, printTable, ratio, sleep } from './lib/stats.mjs';

const EDITS = Number(process.argv.find((arg) => arg.startsWith('--edits='))?.split('=')[1] ?? 40);

/** A service module of the usual shape: handlers, a repository, helpers; a few findings. */
function pythonModule(targetLines) {
  const header = [
    '"""Order service: HTTP handlers, storage and background work."""',
    'import asyncio',
    'import json',
    'import logging',
    'from dataclasses import dataclass',
    '',
    'from .db import Database',
    'from .mail import send_receipt',
    '',
    'log = logging.getLogger(__name__)',
    '',
  ];
  const block = (index) => [
    '',
    '@dataclass',
    `class Order${index}:`,
    '    id: int',
    '    total: float',
    '    items: list',
    '',
    '',
    `async def load_order_${index}(db: Database, order_id: int) -> Order${index}:`,
    '    row = await db.fetch_one("SELECT * FROM orders WHERE id = $1", order_id)',
    '    if row is None:',
    '        raise KeyError(order_id)',
    `    return Order${index}(row["id"], row["total"], json.loads(row["items"]))`,
    '',
    '',
    `async def handle_${index}(request):`,
    '    db = request.app["db"]',
    `    order = await load_order_${index}(db, int(request.match_info["id"]))`,
    '    log.info("order %s loaded", order.id)',
    ...(index % 5 === 0 ? ['    loop = asyncio.get_event_loop()', '    loop.call_soon(log.debug, "scheduled")'] : ['    total = sum(item["price"] for item in order.items)', '    log.debug("total %s", total)']),
    '    return {"id": order.id, "total": order.total}',
    '',
  ];
  const lines = [...header];
  for (let index = 0; lines.length < targetLines; index++) lines.push(...block(index));
  return `${lines.join('\n')}\n`;
}

/** Odd versions carry one more coroutine with a finding, as the JavaScript edit bench does. */
function variant(base, version) {
  return version % 2 === 1
    ? `${base}\n\nasync def bench_edit_${version}():\n    return asyncio.get_event_loop()\n`
    : base;
}

async function editLatencies(server, uri, base) {
  const latencies = [];
  let version = 1;
  for (let round = -3; round < EDITS; round++) {
    version += 1;
    const from = server.publishes.length;
    const started = performance.now();
    await server.change(uri, version, variant(base, version));
    const published = await server.waitForPublish(uri, version, { from });
    if (round >= 0) latencies.push(published.at - started);
    await sleep(30);
  }
  return latencies;
}

async function ruffFloor(base) {
  const entry = path.join(REPO, 'bench', 'python', 'node_modules', '@astral-sh', 'ruff-wasm-nodejs', 'ruff_wasm.js');
  const ruff = await import(pathToFileURL(entry).href).catch(() => undefined);
  if (!ruff) return undefined;
  const workspace = new ruff.Workspace({ 'target-version': 'py311', lint: { select: ['ASYNC', 'RUF006'] } }, ruff.PositionEncoding.Utf16);
  const times = [];
  for (let version = -3; version < EDITS; version++) {
    const started = performance.now();
    workspace.check(variant(base, version + 2));
    if (version >= 0) times.push(performance.now() - started);
  }
  return { times, version: ruff.Workspace.version() };
}

const load = loadSampler();
await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--only=plugin', '--quiet'], { cwd: REPO });
const { bundle, cleanup } = await prepareServerBundle();
const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'asyncwise-bench-python-'));
const file = path.join(folder, 'orders.py');
const base = pythonModule(500);
await fs.writeFile(file, base);
const rows = [];
const results = {};
try {
  for (const server of [asyncwiseServer(bundle, { cwd: folder }), referenceServer({ cwd: folder })]) {
    try {
      await server.initialize(folder);
      const opened = performance.now();
      const uri = await server.open(file, base, 1);
      await server.waitForPublish(uri, 1, { timeoutMs: 60_000 });
      log(`${server.name}: first diagnostics ${fmt(performance.now() - opened)} ms, ${server.diagnostics.get(uri)?.diagnostics.length} findings`);
      results[server.name] = await editLatencies(server, uri, base);
    } finally {
      await server.dispose();
    }
  }
  const ruff = await ruffFloor(base);
  const [ours, reference] = [results.asyncwise, results.reference];
  rows.push(['asyncwise (worker thread)', fmt(median(ours)), fmt(p95(ours)), '1.00×']);
  rows.push(['reference (vscode-eslint way, same rules)', fmt(median(reference)), fmt(p95(reference)), ratio(median(ours), median(reference))]);
  if (ruff) rows.push([`ruff ${ruff.version} WASM, in process (floor)`, fmt(median(ruff.times), 1), fmt(p95(ruff.times), 1), '']);
  else rows.push(['ruff floor', 'not installed', '(npm ci --prefix bench/python)', '']);
} finally {
  await fs.rm(folder, { recursive: true, force: true });
  await cleanup();
}
const lineTotal = base.split('\n').length - 1;
printTable(`Edit → diagnostics, ${lineTotal}-line Python file, ${EDITS} edits (ms)`, ['server', 'p50', 'p95', 'ours ÷ theirs (p50)'], rows);
const run = await describeRun();
const loadRange = load.stop();
console.log(`\n${run.date}, ${run.commit}, Node ${run.node}, ${run.cpus} CPUs, load ${fmt(loadRange.min, 1)}–${fmt(loadRange.max, 1)} (median ${fmt(loadRange.median, 1)})`);
