// Warm editing, Asyncwise's built server against the vscode-eslint-style reference, in one run:
//  1. edit → diagnostics of a ~500-line file (one edit at a time, each waited for);
//  2. hover and code action latency while a 5,000-line file is being linted;
//  3. server memory (RSS of the process; the lint worker is a thread inside it).
// Usage: node bench/warm.mjs [--project=generated|real|both] [--edits=N] [--lint-rounds=N] [--no-build]
import fs from 'node:fs/promises';
import { asyncwiseServer, referenceServer, uriOf } from './lib/lsp-driver.mjs';
import { lineCount } from './lib/projects.mjs';
import { fmt, log, median, p95, printTable, ratio, sleep, target } from './lib/stats.mjs';
import { runBenchmark } from './lib/run-benchmark.mjs';

const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const EDITS = option('edits', 30);
const LINT_ROUNDS = option('lint-rounds', 4);
/** A hover or a code action is sent this often while the big file is linted. */
const REQUEST_EVERY_MS = 10;

/** Odd versions carry one more function with a floating promise (a finding both servers report). */
function variant(base, version) {
  return version % 2 === 1
    ? `${base}\nexport async function benchEdit${version}(): Promise<void> {\n  Promise.resolve(${version});\n}\n`
    : base;
}

async function openAndWait(server, file, text) {
  const started = performance.now();
  const uri = await server.open(file, text, 1);
  await server.waitForPublish(uri, 1, { timeoutMs: 240_000 });
  return { uri, ms: performance.now() - started };
}

async function editLatencies(servers, uri, base, edits) {
  const latencies = new Map(servers.map((server) => [server, []]));
  const versions = new Map(servers.map((server) => [server, 1]));
  for (let round = -3; round < edits; round++) {
    // Interleaved, so a burst of load elsewhere on the machine hits every server alike.
    for (const server of servers) {
      const version = versions.get(server) + 1;
      versions.set(server, version);
      const from = server.publishes.length;
      const started = performance.now();
      await server.change(uri, version, variant(base, version));
      const published = await server.waitForPublish(uri, version, { from });
      if (round >= 0) latencies.get(server).push(published.at - started);
      await sleep(30);
    }
  }
  return { latencies, versions };
}

/**
 * Edits the big file, then sends a hover or a code action on the small file's finding every
 * REQUEST_EVERY_MS until the big file's diagnostics arrive. Counted: requests sent while the lint
 * ran (Asyncwise: after its `linting` status for the big file; reference: after the change).
 */
async function requestsDuringLint(server, { bigUri, bigBase, bigVersion, smallUri, rounds }) {
  const hovers = [];
  const actions = [];
  const lints = [];
  /** Answers slower than 20 ms, and how many of them straddled the arrival of the big file's result. */
  const slow = { count: 0, straddling: 0 };
  let version = bigVersion;
  const small = server.diagnostics.get(smallUri);
  const finding = small?.diagnostics.find((diagnostic) => diagnostic.range.start.line > 0) ?? small?.diagnostics[0];
  if (!finding) throw new Error(`${server.name}: no finding in the small file to hover`);
  for (let round = 0; round < rounds; round++) {
    version += 1;
    const from = server.publishes.length;
    const statusFrom = server.statuses.length;
    const started = performance.now();
    await server.change(bigUri, version, variant(bigBase, version));
    const pending = [];
    let done;
    const finished = server.waitForPublish(bigUri, version, { from, timeoutMs: 240_000 }).then((entry) => (done = entry));
    for (let index = 0; !done; index++) {
      const request = index % 2 === 0
        ? server.hover(smallUri, finding.range.start).then((answer) => ({ kind: 'hover', ...answer }))
        : server.codeAction(smallUri, finding.range, [finding]).then((answer) => ({ kind: 'action', ...answer }));
      pending.push(request);
      await Promise.race([finished, sleep(REQUEST_EVERY_MS)]);
    }
    const answers = await Promise.all(pending);
    const lintStatus = server.statuses.slice(statusFrom).find((status) => status.uri === bigUri && status.state === 'linting');
    const windowStart = server.finalOn === 'status' ? (lintStatus?.at ?? Infinity) : started;
    const finalStatus = server.statuses.slice(statusFrom).find((status) => status.uri === bigUri && status.lastLintMs !== undefined);
    lints.push(finalStatus?.lastLintMs ?? done.at - started);
    for (const answer of answers) {
      if (answer.sentAt < windowStart || answer.sentAt > done.at) continue;
      (answer.kind === 'hover' ? hovers : actions).push(answer.ms);
      if (answer.ms > 20) {
        slow.count += 1;
        if (answer.sentAt + answer.ms >= done.at) slow.straddling += 1;
      }
      if (answer.kind === 'hover' && !answer.result) throw new Error(`${server.name}: empty hover on a finding`);
      if (answer.kind === 'action' && (!Array.isArray(answer.result) || answer.result.length === 0)) throw new Error(`${server.name}: no code actions for a finding`);
    }
    await sleep(300);
  }
  return { hovers, actions, lints, slow, idle: await idleRequests(server, smallUri, finding), version };
}

/** The same requests with no lint running: the machine's own noise floor. */
async function idleRequests(server, smallUri, finding) {
  await sleep(500);
  const pending = [];
  for (let index = 0; index < 100; index++) {
    pending.push(index % 2 === 0 ? server.hover(smallUri, finding.range.start) : server.codeAction(smallUri, finding.range, [finding]));
    await sleep(REQUEST_EVERY_MS);
  }
  return (await Promise.all(pending)).map((answer) => answer.ms);
}

function findingCounts(servers, smallUri, bigUri) {
  return new Map(servers.map((server) => [server, [smallUri, bigUri].map((uri) => server.diagnostics.get(uri)?.diagnostics.length ?? 0)]));
}

async function benchProject(project, bundle) {
  const [lines500, lines5000] = await Promise.all([lineCount(project.file500), lineCount(project.file5000)]);
  const [base500, base5000] = await Promise.all([fs.readFile(project.file500, 'utf8'), fs.readFile(project.file5000, 'utf8')]);
  const reference = referenceServer({ cwd: project.rootDir });
  const ours = asyncwiseServer(bundle, { cwd: project.rootDir });
  const oursNoDebounce = asyncwiseServer(bundle, { name: 'asyncwise (debounce 0)', settings: { debounceMs: 0 }, cwd: project.rootDir });
  const servers = [reference, ours, oursNoDebounce];
  try {
    for (const server of servers) await server.initialize(project.rootDir);
    await sleep(1_000);
    const memoryIdle = new Map();
    for (const server of [reference, ours]) memoryIdle.set(server, await server.memory());
    const smallUri = uriOf(project.file500);
    const bigUri = uriOf(project.file5000);
    const firstOpen = new Map();
    // One after another: three TypeScript projects built at once would only measure the contention.
    for (const server of servers) {
      log(`${project.key}: ${server.name} opens ${lines500}-line file`);
      firstOpen.set(server, (await openAndWait(server, project.file500, base500)).ms);
    }
    log(`${project.key}: ${EDITS} edits per server`);
    const { latencies, versions } = await editLatencies(servers, smallUri, base500, EDITS);
    // The small file must show a finding to hover: make sure its current text has the edit's one.
    for (const server of [reference, ours]) {
      if (versions.get(server) % 2 === 0) {
        const version = versions.get(server) + 1;
        const from = server.publishes.length;
        await server.change(smallUri, version, variant(base500, version));
        await server.waitForPublish(smallUri, version, { from });
      }
    }
    const memoryAfterEdits = new Map();
    for (const server of [reference, ours]) memoryAfterEdits.set(server, await server.memory());
    await oursNoDebounce.dispose();

    const duringLint = new Map();
    for (const server of [reference, ours]) {
      log(`${project.key}: ${server.name} opens the ${lines5000}-line file, then ${LINT_ROUNDS} lints of it with hovers and code actions`);
      await openAndWait(server, project.file5000, base5000);
      duringLint.set(server, await requestsDuringLint(server, { bigUri, bigBase: base5000, bigVersion: 1, smallUri, rounds: LINT_ROUNDS }));
    }
    const memoryAfterAll = new Map();
    for (const server of [reference, ours]) memoryAfterAll.set(server, await server.memory());
    return { project, lines500, lines5000, reference, ours, oursNoDebounce, latencies, firstOpen, duringLint, memoryIdle, memoryAfterEdits, memoryAfterAll, findings: findingCounts([reference, ours], smallUri, bigUri) };
  } finally {
    await Promise.all(servers.map((server) => server.dispose()));
  }
}

function report(results, run, load) {
  console.log(`\nAsyncwise warm benchmark · ${run.date} UTC · ${run.commit} · Node ${run.node} · ${run.cpus} CPUs`);
  console.log(`load average (1 min) during the run: min ${fmt(load.min, 1)}, median ${fmt(load.median, 1)}, max ${fmt(load.max, 1)}`);
  for (const result of results) {
    const { project, reference, ours, oursNoDebounce, latencies } = result;
    const ref = latencies.get(reference);
    const rows = [
      [reference.name, fmt(median(ref)), fmt(p95(ref)), '1.00×', '1.00×', ''],
      ...[ours, oursNoDebounce].map((server) => {
        const values = latencies.get(server);
        return [server.name, fmt(median(values)), fmt(p95(values)), ratio(median(values), median(ref)), ratio(p95(values), p95(ref)),
          `p50 ${target(median(values), 60)}, p95 ${target(p95(values), 150)}`];
      }),
    ];
    printTable(`[${project.name}] edit → diagnostics, ${result.lines500}-line file, warm, ${ref.length} edits each (ms)`,
      ['server', 'p50', 'p95', 'p50 ratio', 'p95 ratio', 'target'], rows);

    const lintRows = [];
    for (const server of [reference, ours]) {
      const { hovers, actions, lints, idle, slow } = result.duringLint.get(server);
      lintRows.push([`${server.name} hover`, hovers.length, fmt(median(hovers), 1), fmt(p95(hovers), 1), server === ours ? target(p95(hovers), 20) : '(blocks)']);
      lintRows.push([`${server.name} code action`, actions.length, fmt(median(actions), 1), fmt(p95(actions), 1), server === ours ? target(p95(actions), 20) : '(blocks)']);
      lintRows.push([`${server.name}: lint of the big file`, lints.length, fmt(median(lints)), fmt(p95(lints)), '']);
      lintRows.push([`${server.name}: same requests, no lint running`, idle.length, fmt(median(idle), 1), fmt(p95(idle), 1), '(noise floor)']);
      if (server === ours) lintRows.push([`${server.name}: answers > 20 ms (of them waiting on the result's arrival)`, `${slow.count} (${slow.straddling})`, '', '', '']);
    }
    const ratioRow = (kind) => {
      const get = (server) => result.duringLint.get(server)[kind];
      return [`ratio ${kind === 'hovers' ? 'hover' : 'code action'} p95 asyncwise/reference`, '', ratio(median(get(ours)), median(get(reference))), ratio(p95(get(ours)), p95(get(reference))), ''];
    };
    lintRows.push(ratioRow('hovers'), ratioRow('actions'));
    printTable(`[${project.name}] requests on the ${result.lines500}-line file while the ${result.lines5000}-line file is linted (ms)`,
      ['', 'n', 'p50', 'p95', 'target'], lintRows);

    const memoryRows = [reference, ours].map((server) => {
      const idle = result.memoryIdle.get(server);
      const edits = result.memoryAfterEdits.get(server);
      const all = result.memoryAfterAll.get(server);
      return [server.name, fmt(idle.rssMb), fmt(edits.rssMb), fmt(all.rssMb), fmt(all.peakMb), all.threads];
    });
    memoryRows.push(['ratio asyncwise/reference', ratio(result.memoryIdle.get(ours).rssMb, result.memoryIdle.get(reference).rssMb),
      ratio(result.memoryAfterEdits.get(ours).rssMb, result.memoryAfterEdits.get(reference).rssMb),
      ratio(result.memoryAfterAll.get(ours).rssMb, result.memoryAfterAll.get(reference).rssMb),
      ratio(result.memoryAfterAll.get(ours).peakMb, result.memoryAfterAll.get(reference).peakMb), '']);
    printTable(`[${project.name}] server memory (MB; RSS covers the lint worker thread)`,
      ['server', 'RSS idle after initialize', `RSS, ${result.lines500}-line file open`, '+ big file open, after its lints', 'peak RSS', 'threads'], memoryRows);
    printTable(`[${project.name}] first open of the ${result.lines500}-line file in this run (one sample; see cold.mjs) and findings shown`,
      ['server', 'open → final diagnostics (ms)', `findings, ${result.lines500}-line file`, `findings, ${result.lines5000}-line file`],
      [reference, ours, oursNoDebounce].map((server) => [server.name, fmt(result.firstOpen.get(server)), ...(result.findings.get(server) ?? ['', ''])]));
  }
}

await runBenchmark(benchProject, report);
