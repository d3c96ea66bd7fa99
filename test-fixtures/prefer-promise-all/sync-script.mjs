// A maintenance script in plain JavaScript (no types): reads that could overlap, and ordered steps.
import { readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function loadManifests(dirs) {
  const manifests = [];
  for (const dir of dirs) { // asyncwise-expect: prefer-promise-all
    const text = await readFile(path.join(dir, 'package.json'), 'utf8');
    manifests.push(JSON.parse(text));
  }
  return manifests;
}

export async function sizes(files) {
  const result = new Array(files.length);
  for (let i = 0; i < files.length; i++) { // asyncwise-expect: prefer-promise-all
    const info = await stat(files[i]);
    result[i] = info.size;
  }
  return result;
}

export async function registerPlugins(dirs, registry) {
  // The registry is filled from the keys of this object, so their insertion order is visible.
  const plugins = {};
  for (const dir of dirs) {
    plugins[path.basename(dir)] = await readFile(path.join(dir, 'plugin.json'), 'utf8');
  }
  for (const name of Object.keys(plugins)) registry.add(name, plugins[name]);
}

export async function readConfig(root) {
  const base = await readFile(path.join(root, 'base.json'), 'utf8'); // asyncwise-expect: prefer-promise-all
  const local = await readFile(path.join(root, 'local.json'), 'utf8');
  return { ...JSON.parse(base), ...JSON.parse(local) };
}

export async function writeReport(outDir, report) {
  // The directory must exist before the file is written.
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'report.json'), JSON.stringify(report));
}

export async function newestFile(files) {
  let newest;
  for (const file of files) {
    const info = await stat(file);
    if (!newest || info.mtimeMs > newest.mtimeMs) newest = { file, mtimeMs: info.mtimeMs };
  }
  return newest;
}

export async function firstExisting(candidates) {
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => null);
    if (info) return candidate;
  }
  return null;
}
