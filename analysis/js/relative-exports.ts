import fs from 'node:fs';
import path from 'node:path';

/**
 * Which exports of a relative module (`./db`, `../lib/mail.js`) are async functions, read from
 * the module's text without type information and without running it. Used where no TypeScript
 * program exists: a plain scan of declarations, so what it cannot see it does not claim.
 *
 * Names follow `CallPath`: a named export by its name, the default export (or
 * `module.exports = async …`) as `''`, the module itself.
 */
export function asyncExportsOf(fromFile: string, specifier: string): ReadonlySet<string> | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  if (!path.isAbsolute(fromFile)) return undefined;
  const file = resolveModuleFile(path.resolve(path.dirname(fromFile), specifier));
  if (!file) return undefined;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.names;
  if (stat.size > MAX_SCANNED_BYTES) return undefined;
  const names = scanAsyncExports(fs.readFileSync(file, 'utf8'));
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, names });
  return names;
}

const MAX_SCANNED_BYTES = 1024 * 1024;
const cache = new Map<string, { mtimeMs: number; size: number; names: ReadonlySet<string> }>();
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** TypeScript sources import each other as `./x.js`; the file on disk is `./x.ts`. */
const JS_TO_TS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'], '.jsx': ['.tsx'] };

function resolveModuleFile(base: string): string | undefined {
  const extension = path.extname(base);
  const candidates = [
    base,
    ...(JS_TO_TS[extension] ?? []).map((replacement) => base.slice(0, -extension.length) + replacement),
    ...EXTENSIONS.map((candidate) => base + candidate),
    ...EXTENSIONS.map((candidate) => path.join(base, `index${candidate}`)),
  ];
  return candidates.find((candidate) => EXTENSIONS.includes(path.extname(candidate)) && isFile(candidate));
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const NAME = '[A-Za-z_$][\\w$]*';

/** Exported async functions of a module's text (ES modules and CommonJS). */
export function scanAsyncExports(source: string): ReadonlySet<string> {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const names = new Set<string>();
  const local = new Set<string>();
  const each = (pattern: string, found: (match: RegExpExecArray) => void): void => {
    const regex = new RegExp(pattern, 'gm');
    for (let match = regex.exec(text); match; match = regex.exec(text)) found(match);
  };
  each(`\\bexport\\s+default\\s+async\\s+function\\b(?!\\s*\\*)`, () => names.add(''));
  each(`\\bexport\\s+default\\s+async\\s*(?:\\(|${NAME}\\s*=>)`, () => names.add(''));
  each(`\\bexport\\s+async\\s+function\\s+(${NAME})`, (match) => names.add(match[1]!));
  each(`\\bexport\\s+(?:const|let|var)\\s+(${NAME})\\s*=\\s*async\\b(?!\\s*function\\s*\\*)`, (match) => names.add(match[1]!));
  each(`(?:^|[^\\w$.])async\\s+function\\s+(${NAME})`, (match) => local.add(match[1]!));
  each(`\\b(?:const|let|var)\\s+(${NAME})\\s*=\\s*async\\b(?!\\s*function\\s*\\*)`, (match) => local.add(match[1]!));
  each(`\\bexport\\s*\\{([^}]*)\\}(?!\\s*from)`, (match) => {
    for (const item of match[1]!.split(',')) {
      const [inner, outer] = item.trim().split(/\s+as\s+/);
      if (inner && local.has(inner)) names.add(outer === 'default' ? '' : (outer ?? inner));
    }
  });
  each(`\\bexport\\s+default\\s+(${NAME})\\s*;?\\s*$`, (match) => {
    if (local.has(match[1]!)) names.add('');
  });
  each(`\\b(?:module\\.)?exports\\.(${NAME})\\s*=\\s*async\\b`, (match) => names.add(match[1]!));
  each(`\\b(?:module\\.)?exports\\.(${NAME})\\s*=\\s*(${NAME})\\s*;`, (match) => {
    if (local.has(match[2]!)) names.add(match[1]!);
  });
  each(`\\bmodule\\.exports\\s*=\\s*async\\b`, () => names.add(''));
  each(`\\bmodule\\.exports\\s*=\\s*\\{([^}]*)\\}`, (match) => {
    for (const item of match[1]!.split(',')) {
      const [key, value] = item.trim().split(/\s*:\s*/);
      const bound = value ?? key;
      if (key && bound && /^[\w$]+$/.test(key) && local.has(bound)) names.add(key);
    }
  });
  return names;
}
