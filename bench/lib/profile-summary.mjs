// Summarises a V8 CPU profile (`node --cpu-prof`): where the samples' time goes, by package
// (node_modules/<pkg>) or by our own source file (through the bundle's source map), as self time
// and as inclusive time (a sample counts once for every place on its stack).
// Usage: node bench/lib/profile-summary.mjs <file.cpuprofile> [--top=N] [--frames=name,name]
//   --frames: also the inclusive time of functions with these names (e.g. verify,parse).
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/lib/profile-summary.mjs <file.cpuprofile> [--top=N] [--frames=a,b]');
  process.exit(2);
}
const top = Number(rest.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 25);
const frameNames = rest.find((arg) => arg.startsWith('--frames='))?.slice(9).split(',') ?? [];

const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const maps = new Map();
/** The bundle's source map, when the profile's script has one beside it. */
function sourceMapFor(url) {
  if (!maps.has(url)) {
    let map;
    try {
      const mapFile = `${fileURLToPath(url)}.map`;
      map = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

const categories = new Map();
function categoryOf(node) {
  if (categories.has(node.id)) return categories.get(node.id);
  const { url, lineNumber, columnNumber, functionName } = node.callFrame;
  let category;
  if (!url) category = functionName === '(garbage collector)' ? '(gc)' : `(${functionName || 'native'})`;
  else if (url.startsWith('node:')) category = 'node: built-ins';
  else {
    const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (packageMatch) category = packageMatch[1];
    else {
      const map = url.startsWith('file:') ? sourceMapFor(url) : undefined;
      const entry = map?.findEntry(lineNumber, columnNumber);
      const source = entry?.originalSource;
      if (source) {
        const inner = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
        category = inner ? inner[1] : path.relative(process.cwd(), source.startsWith('file:') ? fileURLToPath(source) : source);
      } else category = url.startsWith('file:') ? path.relative(process.cwd(), fileURLToPath(url)) : url;
    }
  }
  categories.set(node.id, category);
  return category;
}

const intervals = profile.timeDeltas;
const self = new Map();
const selfByFunction = new Map();
const inclusive = new Map();
const frames = new Map(frameNames.map((name) => [name, 0]));
let total = 0;
for (const [index, sampleId] of profile.samples.entries()) {
  const ms = (intervals[index + 1] ?? intervals[index] ?? 0) / 1000;
  total += ms;
  const leaf = byId.get(sampleId);
  const leafCategory = categoryOf(leaf);
  self.set(leafCategory, (self.get(leafCategory) ?? 0) + ms);
  const leafFunction = `${leaf.callFrame.functionName || '(anonymous)'}  ${leafCategory}`;
  selfByFunction.set(leafFunction, (selfByFunction.get(leafFunction) ?? 0) + ms);
  const seen = new Set();
  const seenFrames = new Set();
  for (let id = sampleId; id !== undefined; id = parent.get(id)) {
    const node = byId.get(id);
    const category = categoryOf(node);
    if (!seen.has(category)) {
      seen.add(category);
      inclusive.set(category, (inclusive.get(category) ?? 0) + ms);
    }
    const name = node.callFrame.functionName;
    if (frames.has(name) && !seenFrames.has(name)) {
      seenFrames.add(name);
      frames.set(name, frames.get(name) + ms);
    }
  }
}

const row = (name, ms) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`;
const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`${path.basename(file)}: ${total.toFixed(0)} ms sampled`);
console.log('\nself time');
for (const [name, ms] of sorted(self)) console.log(row(name, ms));
console.log('\nself time by function');
for (const [name, ms] of sorted(selfByFunction)) console.log(row(name, ms));
console.log('\ninclusive time');
for (const [name, ms] of sorted(inclusive)) console.log(row(name, ms));
if (frames.size > 0) {
  console.log('\nfunctions (inclusive)');
  for (const [name, ms] of frames) console.log(row(name, ms));
}
