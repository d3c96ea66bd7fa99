// Writes a deterministic 300-file TypeScript project for the benchmarks: modules importing each
// other (a DAG), async functions and classes, some floating promises, synchronous fs calls inside
// async functions, independent awaits in a row, async forEach callbacks, and a tsconfig with
// @types/node. src/big500.ts has exactly 500 lines and src/big5000.ts exactly 5,000; neither
// imports the other and nothing imports them (so editing one does not re-lint the other).
// Also writes the same modules transpiled to plain JavaScript into `<dir>-js/` (no jsconfig).
// Usage: node bench/gen-project.mjs [dir]   (default: a new temp folder; prints the path)
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const MODULES = 298;
const SEED = 20_251_124;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (index) => String(index).padStart(3, '0');

/** One block of code using module `self`'s own record type and the modules in `deps`. */
function block(kind, self, deps, k, rng) {
  const dep = deps.length > 0 ? deps[Math.floor(rng() * deps.length)] : self;
  const other = deps.length > 1 ? deps[Math.floor(rng() * deps.length)] : self;
  const name = `${k}_${self}`;
  switch (kind) {
    case 0: // clean: ordered awaits in a loop (each depends on the running total)
      return [
        `export async function total${name}(ids: string[]): Promise<number> {`,
        `  let total = 0;`,
        `  for (const id of ids) {`,
        `    const record = await fetchRecord${dep}(id + total);`,
        `    total += record.score;`,
        `  }`,
        `  return total;`,
        `}`,
      ];
    case 1: // floating promise in a sync function
      return [
        `export function notify${name}(id: string): void {`,
        `  fetchRecord${dep}(id);`,
        `  console.log('notified', id);`,
        `}`,
      ];
    case 2: // blocking fs call inside an async function
      return [
        `export async function readConfig${name}(file: string): Promise<string> {`,
        `  const text = fs.readFileSync(file, 'utf8');`,
        `  await fetchRecord${dep}(text.slice(0, 4));`,
        `  return text.trim();`,
        `}`,
      ];
    case 3: // independent awaits one after another
      return [
        `export async function summary${name}(a: string, b: string): Promise<number> {`,
        `  const first = await fetchRecord${dep}(a);`,
        `  const second = await fetchRecord${other}(b);`,
        `  return first.score + second.score;`,
        `}`,
      ];
    case 4: // a class with async methods and an async forEach callback
      return [
        `export class Service${name} {`,
        `  private readonly cache = new Map<string, Record${self}>();`,
        ``,
        `  async get(id: string): Promise<Record${self}> {`,
        `    const hit = this.cache.get(id);`,
        `    if (hit) return hit;`,
        `    const record = await fetchRecord${self}(id);`,
        `    this.cache.set(id, record);`,
        `    return record;`,
        `  }`,
        ``,
        `  refresh(ids: string[]): void {`,
        `    ids.forEach(async (id) => {`,
        `      await this.get(id);`,
        `    });`,
        `  }`,
        `}`,
      ];
    case 5: // clean: awaited, handled, and the async fs API
      return [
        `export async function save${name}(file: string, id: string): Promise<void> {`,
        `  const record = await fetchRecord${dep}(id);`,
        `  await fsp.writeFile(file, JSON.stringify(record));`,
        `  void fetchRecord${other}(id).catch((error: unknown) => console.error(error));`,
        `}`,
      ];
    default: // plain synchronous helper
      return [
        `export function format${name}(record: Record${self}): string {`,
        `  return \`\${record.id}:\${record.name}:\${record.score.toFixed(2)}\`;`,
        `}`,
      ];
  }
}

function header(self, deps) {
  return [
    `import fs from 'node:fs';`,
    `import fsp from 'node:fs/promises';`,
    ...deps.map((dep) => `import { fetchRecord${dep}, type Record${dep} } from './mod${pad(dep)}';`),
    ``,
    `export interface Record${self} {`,
    `  id: string;`,
    `  name: string;`,
    `  score: number;`,
    `}`,
    ``,
    `export async function fetchRecord${self}(id: string): Promise<Record${self}> {`,
    `  await new Promise<void>((resolve) => setTimeout(resolve, 1));`,
    `  return { id, name: \`record \${id}\`, score: id.length };`,
    `}`,
  ];
}

/** A module of blocks; with `lines`, exactly that many lines (blocks until full, then padding). */
function moduleText(self, deps, rng, lines) {
  const out = header(self, deps);
  const blocks = lines ? Infinity : 4 + Math.floor(rng() * 5);
  for (let k = 0; k < blocks; k++) {
    const next = block(Math.floor(rng() * 7), self, deps, k, rng);
    if (lines && out.length + next.length + 1 > lines - 1) break;
    out.push('', ...next);
  }
  if (lines) {
    out.push('', '// bench: padding to an exact line count');
    while (out.length < lines) out.push(`// filler ${out.length + 1}`);
  }
  return out.join('\n') + '\n';
}

/** The files of the project, by path relative to its root. */
export function projectFiles() {
  const rng = random(SEED);
  const files = new Map();
  for (let index = 0; index < MODULES; index++) {
    const count = index === 0 ? 0 : 1 + Math.floor(rng() * 3);
    const deps = [...new Set(Array.from({ length: count }, () => Math.floor(rng() * index)))].sort((a, b) => a - b);
    files.set(`src/mod${pad(index)}.ts`, moduleText(index, deps, rng));
  }
  // The two big files import from modules spread over the graph; nobody imports them.
  files.set('src/big500.ts', moduleText(500, [3, 77, 150, 296], rng, 500));
  files.set('src/big5000.ts', moduleText(5000, [5, 60, 120, 200, 297], rng, 5000));
  files.set(
    'tsconfig.json',
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2022'],
          strict: true,
          esModuleInterop: true,
          skipLibCheck: true,
          noEmit: true,
          // @types/node from the Asyncwise checkout, as a real Node project has it.
          typeRoots: [path.join(REPO, 'node_modules', '@types')],
          types: ['node'],
        },
        include: ['src'],
      },
      null,
      2,
    ) + '\n',
  );
  return files;
}

/** Writes the project into `dir` and its plain-JS twin into `<dir>-js`; returns both paths. */
export async function generateProject(dir) {
  const ts = require('typescript');
  const files = projectFiles();
  const jsDir = `${dir}-js`;
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(jsDir, { recursive: true, force: true });
  await fs.mkdir(path.join(dir, 'src'), { recursive: true });
  await fs.mkdir(path.join(jsDir, 'src'), { recursive: true });
  await Promise.all(
    [...files].map(async ([relative, text]) => {
      await fs.writeFile(path.join(dir, relative), text);
      if (!relative.endsWith('.ts')) return;
      const js = ts.transpileModule(text, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
      await fs.writeFile(path.join(jsDir, relative.replace(/\.ts$/, '.js')), js);
    }),
  );
  return { dir, jsDir, fileCount: [...files.keys()].filter((file) => file.endsWith('.ts')).length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'asyncwise-gen-')), 'project');
  const result = await generateProject(dir);
  console.log(`${result.fileCount} TypeScript files in ${result.dir}; plain JS in ${result.jsDir}`);
}
