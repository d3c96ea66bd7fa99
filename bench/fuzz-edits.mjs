// Fuzzes the built server over LSP: 10,000 random edits (inserts of real fixture text, deletes,
// truncations, whole-text replacements) to open fixture documents, sent as incremental changes in
// bursts and pauses, interleaved with hovers, quick-fix and fix-all code actions, saves, and
// close/reopen. Asserts: the process stays alive, every request is answered, lints keep
// completing (a checkpoint every 1,000 edits waits for the current text's diagnostics), nothing
// unhandled on stderr, no worker crash or lint failure logged, memory flat (RSS sampled every
// 1,000 edits). Seeded: the same run every time. Stops by itself (hard limit 290 s).
// Usage: node bench/fuzz-edits.mjs [--edits=10000] [--seed=N] [--no-build]
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { random } from './gen-project.mjs';
import { asyncwiseServer, languageIdOf, uriOf } from './lib/lsp-driver.mjs';
import { listFiles } from './lib/projects.mjs';
import { describeRun, prepareServerBundle, REPO } from './lib/server-bundle.mjs';
import { fmt, loadSampler, log, median, p95, printTable, sleep } from './lib/stats.mjs';

const require = createRequire(import.meta.url);
const { TextDocument } = require('vscode-languageserver-textdocument');

const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const EDITS = option('edits', 10_000);
const SEED = option('seed', 7);
const OPEN_DOCUMENTS = 8;
const HARD_LIMIT_MS = 290_000;
/** Edits stop here, leaving time to check and report. */
const EDIT_BUDGET_MS = 240_000;
const REQUEST_TIMEOUT_MS = 20_000;
const CHECKPOINT_TIMEOUT_MS = 60_000;

const started = performance.now();
// The watchdog: whatever happens, this script ends.
const watchdog = setTimeout(() => {
  console.error(`fuzz: hard limit of ${HARD_LIMIT_MS / 1000} s reached; stopping`);
  process.exit(2);
}, HARD_LIMIT_MS);
watchdog.unref();

const rng = random(SEED);
const pick = (list) => list[Math.floor(rng() * list.length)];
const between = (low, high) => low + Math.floor(rng() * (high - low + 1));

const load = loadSampler();
const fixturesRoot = path.join(REPO, 'test-fixtures');
const fixtureFiles = (await listFiles(fixturesRoot, /\.(?:[mc]?[jt]sx?)$/)).filter((file) => !file.endsWith('.d.ts'));
const corpus = await Promise.all(fixtureFiles.map((file) => fs.readFile(file, 'utf8')));
const { bundle, cleanup } = await prepareServerBundle();
const server = asyncwiseServer(bundle, { cwd: fixturesRoot });

/** The client's copy of each open document, kept in step with the server by the same edits. */
const open = new Map();
const counts = { insert: 0, delete: 0, truncate: 0, replace: 0, save: 0, reopen: 0, hover: 0, quickfix: 0, fixAll: 0 };
const requests = [];
const memory = [];
const failures = [];
let timeouts = 0;
let checkpoints = 0;

/** The request's round trip in ms, or Infinity (counted as a time-out) after REQUEST_TIMEOUT_MS. */
function timed(promise) {
  let timer;
  const expired = new Promise((resolve) => {
    timer = setTimeout(() => {
      timeouts += 1;
      resolve(Infinity);
    }, REQUEST_TIMEOUT_MS);
  });
  const answered = promise.then(
    (answer) => answer.ms,
    () => Infinity,
  );
  return Promise.race([answered, expired]).finally(() => clearTimeout(timer));
}

async function openDocument(file) {
  const text = corpus[fixtureFiles.indexOf(file)];
  const version = (open.get(file)?.version ?? 0) + 1;
  const uri = await server.open(file, text, version);
  open.set(file, TextDocument.create(uri, languageIdOf(file), version, text));
}

function snippet() {
  const text = pick(corpus);
  const from = between(0, Math.max(0, text.length - 1));
  return text.slice(from, from + between(1, 160));
}

/** One random edit to one open document, sent as an incremental change. */
async function edit(file) {
  const document = open.get(file);
  const text = document.getText();
  const roll = rng();
  let change;
  if (text.length < 40 || roll < 0.02) {
    counts.replace += 1;
    change = { text: pick(corpus) };
  } else if (roll < 0.06 || text.length > 20_000) {
    counts.truncate += 1;
    const at = between(0, text.length);
    change = { range: { start: document.positionAt(at), end: document.positionAt(text.length) }, text: '' };
  } else if (roll < 0.5) {
    counts.insert += 1;
    const at = between(0, text.length);
    const position = document.positionAt(at);
    change = { range: { start: position, end: position }, text: snippet() };
  } else {
    counts.delete += 1;
    const from = between(0, text.length - 1);
    const to = Math.min(text.length, from + between(1, 120));
    change = { range: { start: document.positionAt(from), end: document.positionAt(to) }, text: '' };
  }
  const version = document.version + 1;
  open.set(file, TextDocument.update(document, [change], version));
  await server.change(document.uri, version, [change]);
}

function randomRequest(file) {
  const document = open.get(file);
  const position = document.positionAt(between(0, document.getText().length));
  const published = server.diagnostics.get(document.uri)?.diagnostics ?? [];
  const roll = rng();
  if (roll < 0.5) {
    counts.hover += 1;
    requests.push(timed(server.hover(document.uri, position)));
  } else if (roll < 0.9) {
    counts.quickfix += 1;
    // Often the published diagnostics are for an older version: the server must cope.
    const diagnostics = published.length > 0 && rng() < 0.7 ? [pick(published)] : [];
    const range = diagnostics[0]?.range ?? { start: position, end: position };
    requests.push(timed(server.codeAction(document.uri, range, diagnostics)));
  } else {
    counts.fixAll += 1;
    requests.push(timed(server.timedRequest('textDocument/codeAction', {
      textDocument: { uri: document.uri },
      range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) },
      context: { diagnostics: [], only: ['source.fixAll.asyncwise'] },
    })));
  }
}

/** Waits until the server has published the final diagnostics of the document's current text. */
async function checkpoint(file) {
  const document = open.get(file);
  const entry = server.findPublish(document.uri, document.version);
  if (!entry) await server.waitForPublish(document.uri, document.version, { timeoutMs: CHECKPOINT_TIMEOUT_MS });
  checkpoints += 1;
}

let done = 0;
let outcome = 'completed';
try {
  await server.initialize(fixturesRoot);
  const chosen = [...fixtureFiles].sort(() => rng() - 0.5).slice(0, OPEN_DOCUMENTS);
  for (const file of chosen) await openDocument(file);
  for (const file of chosen) await server.waitForPublish(open.get(file).uri, 1, { timeoutMs: 120_000 });
  memory.push({ edits: 0, ...(await server.memory()) });
  log(`fuzz: ${chosen.length} documents open (${chosen.map((file) => path.relative(fixturesRoot, file)).join(', ')}), ${EDITS} edits to go`);
  let current = pick(chosen);
  while (done < EDITS) {
    if (!server.alive) throw new Error(`server exited: ${JSON.stringify(server.exited)}`);
    if (performance.now() - started > EDIT_BUDGET_MS) {
      outcome = `stopped by the time budget after ${done} edits`;
      break;
    }
    // Mostly one document at a time, as people type; sometimes another one.
    if (rng() < 0.05) current = pick(chosen);
    const burst = between(1, 25);
    for (let index = 0; index < burst && done < EDITS; index++) {
      await edit(current);
      done += 1;
      if (rng() < 0.15) randomRequest(current);
      if (done % 1_000 === 0) {
        await checkpoint(current);
        memory.push({ edits: done, ...(await server.memory()) });
        log(`fuzz: ${done} edits, RSS ${fmt(memory.at(-1).rssMb)} MB, ${server.publishes.length} publishes`);
      }
    }
    const roll = rng();
    if (roll < 0.01) {
      counts.save += 1;
      await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: open.get(current).uri } });
    } else if (roll < 0.02) {
      counts.reopen += 1;
      await server.close(open.get(current).uri);
      await openDocument(current);
    }
    // Pauses: mostly shorter than the debounce (typing), sometimes long enough for a lint.
    await sleep(rng() < 0.3 ? between(150, 400) : between(0, 12));
  }
  await checkpoint(current);
  if (memory.at(-1).edits !== done) memory.push({ edits: done, ...(await server.memory()) });
} catch (error) {
  outcome = `FAILED after ${done} edits: ${error instanceof Error ? error.message : String(error)}`;
  failures.push(outcome);
} finally {
  const latencies = await Promise.all(requests);
  const alive = server.alive;
  // A last request proves the message loop still answers.
  const probe = alive ? await timed(server.hover(uriOf(fixtureFiles[0]), { line: 0, character: 0 })) : Infinity;
  const elapsed = (performance.now() - started) / 1000;
  await server.dispose();
  await cleanup();
  const runInfo = await describeRun();
  const loadSeen = load.stop();

  const stderrProblems = server.stderr.split('\n').filter((line) => /unhandled|uncaught|rejection|Error|FATAL|heap out of memory/i.test(line));
  const loggedErrors = server.logs.filter((entry) => entry.type === 1).map((entry) => entry.message.split('\n')[0]);
  const grouped = new Map();
  for (const message of loggedErrors) {
    const key = message.replace(/file:\/\/\S+/g, '<uri>').slice(0, 140);
    grouped.set(key, (grouped.get(key) ?? 0) + 1);
  }
  const finite = latencies.filter(Number.isFinite);
  const rss = memory.map((sample) => sample.rssMb);
  const afterWarmup = memory.find((sample) => sample.edits >= 2_000)?.rssMb ?? rss[0];
  const maxRss = Math.max(...rss);
  const flat = rss.at(-1) <= afterWarmup * 1.25 + 50;
  const lints = server.statuses.filter((status) => status.lastLintMs !== undefined);

  console.log(`\nAsyncwise fuzz · ${runInfo.date} UTC · ${runInfo.commit} · Node ${runInfo.node} · seed ${SEED}`);
  console.log(`load average (1 min) during the run: min ${fmt(loadSeen.min, 1)}, median ${fmt(loadSeen.median, 1)}, max ${fmt(loadSeen.max, 1)}`);
  printTable('Work done', ['', 'count'], [
    ['edits sent', done],
    ...Object.entries(counts).map(([kind, count]) => [`  ${kind}`, count]),
    ['diagnostics published', server.publishes.length],
    ['lints completed (status with lastLintMs)', lints.length],
    ['  median / p95 lint ms', `${fmt(median(lints.map((status) => status.lastLintMs)))} / ${fmt(p95(lints.map((status) => status.lastLintMs)))}`],
    ['checkpoints passed (current text linted)', checkpoints],
    ['requests answered / sent', `${finite.length} / ${latencies.length}`],
    ['  request p50 / p95 / max ms', `${fmt(median(finite), 1)} / ${fmt(p95(finite), 1)} / ${fmt(Math.max(...finite, 0), 1)}`],
    ['elapsed s', fmt(elapsed, 1)],
  ]);
  printTable('Memory (RSS, MB)', ['after edits', 'RSS', 'peak RSS'], memory.map((sample) => [sample.edits, fmt(sample.rssMb), fmt(sample.peakMb)]));
  console.log(`RSS first ${fmt(rss[0])} MB, after 2,000 edits ${fmt(afterWarmup)}, last ${fmt(rss.at(-1))}, max ${fmt(maxRss)}`);
  const slowest = [...lints].sort((a, b) => b.lastLintMs - a.lastLintMs).slice(0, 5);
  printTable('Slowest lints', ['ms', 'typed', 'file'], slowest.map((status) => [fmt(status.lastLintMs), String(status.typed), path.relative(fixturesRoot, new URL(status.uri).pathname)]));
  if (grouped.size > 0) printTable('Errors the server logged (window/logMessage, type error)', ['count', 'message'], [...grouped].map(([message, count]) => [count, message]));
  if (stderrProblems.length > 0) console.log(`\nServer stderr (problems):\n${stderrProblems.slice(0, 20).join('\n')}`);

  const checks = [
    ['process alive at the end', alive],
    ['every request answered within 20 s', timeouts === 0 && latencies.length === finite.length],
    ['message loop answers after the run', Number.isFinite(probe)],
    ['no unhandled rejection/exception on stderr', stderrProblems.length === 0],
    ['no worker crash or lint failure logged', loggedErrors.length === 0],
    [`memory flat (last ≤ 1.25 × RSS after 2,000 edits + 50 MB)`, flat],
    [`all ${EDITS} edits within ${EDIT_BUDGET_MS / 1000} s`, outcome === 'completed' && done === EDITS],
  ];
  printTable('Checks', ['check', 'result'], checks.map(([name, ok]) => [name, ok ? 'PASS' : 'FAIL']));
  for (const failure of failures) console.log(failure);
  const passed = checks.filter(([, ok]) => ok).length;
  console.log(`${passed} passed, ${checks.length - passed} failed`);
  clearTimeout(watchdog);
  process.exitCode = passed === checks.length ? 0 : 1;
}
