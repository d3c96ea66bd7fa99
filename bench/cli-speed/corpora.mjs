// The code bases bench/cli-speed/run.mjs lints, fetched once into a work folder:
//  generated  bench/gen-project.mjs's 300 TypeScript files (23,828 lines), linted without types;
//  undici     undici 7.30.3's lib/ from npm (111 JavaScript files, 38k lines: Node's HTTP client,
//             promise-heavy), not used by the team's other benchmarks;
//  distributed  Debian 12's python3-distributed 2022.12.1 (Dask's scheduler and workers, an asyncio
//             code base of 280 .py files and 116k lines, tests included), its .py files only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateProject } from '../gen-project.mjs';

export const UNDICI = 'undici@7.30.3';
export const DISTRIBUTED_DEB = 'python3-distributed';

export async function prepareCorpora(workdir, wanted) {
  await fs.promises.mkdir(workdir, { recursive: true });
  const corpora = [];
  if (wanted.has('js')) {
    const generated = path.join(workdir, 'generated');
    const generatedBefore = await fs.promises.access(path.join(generated, 'src')).then(() => true, () => false);
    if (!generatedBefore) await generateProject(generated);
    corpora.push({ key: 'generated', language: 'js', name: 'generated project (bench/gen-project.mjs), TypeScript', dir: path.join(generated, 'src') });
    corpora.push({ key: 'undici', language: 'js', name: `${UNDICI} lib/ (npm), JavaScript`, dir: npmPackageFolder(workdir, UNDICI, 'lib') });
  }
  if (wanted.has('python')) {
    const dir = debianPythonFolder(workdir, DISTRIBUTED_DEB);
    if (dir) corpora.push({ key: 'distributed', language: 'python', name: `${DISTRIBUTED_DEB} ${debVersion(workdir)} (Debian 12), .py files`, dir });
  }
  return corpora;
}

function npmPackageFolder(workdir, spec, subfolder) {
  const target = path.join(workdir, spec.replace(/[@/]/g, '-'));
  if (!fs.existsSync(path.join(target, 'package', subfolder))) {
    fs.mkdirSync(target, { recursive: true });
    const tarball = execFileSync('npm', ['pack', spec, '--silent'], { cwd: target, encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', tarball], { cwd: target });
  }
  return path.join(target, 'package', subfolder);
}

/** The package's .py files copied into one folder, so both linters see exactly the same files. */
function debianPythonFolder(workdir, debPackage) {
  const target = path.join(workdir, `${debPackage}-py`);
  if (fs.existsSync(target)) return target;
  const extracted = path.join(workdir, debPackage);
  try {
    fs.mkdirSync(extracted, { recursive: true });
    execFileSync('apt-get', ['download', debPackage], { cwd: workdir, stdio: 'pipe' });
    const deb = fs.readdirSync(workdir).find((file) => file.startsWith(`${debPackage}_`) && file.endsWith('.deb'));
    execFileSync('dpkg', ['-x', path.join(workdir, deb), extracted]);
  } catch (error) {
    console.error(`Skipping Python: could not fetch ${debPackage} with apt-get download (${String(error).split('\n')[0]}).`);
    return undefined;
  }
  const source = path.join(extracted, 'usr', 'lib', 'python3', 'dist-packages');
  for (const entry of fs.readdirSync(source, { recursive: true, withFileTypes: true })) {
    const from = path.join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || !entry.name.endsWith('.py') || from.includes('__pycache__')) continue;
    const to = path.join(target, path.relative(source, from));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
  return target;
}

function debVersion(workdir) {
  const deb = fs.readdirSync(workdir).find((file) => file.startsWith(`${DISTRIBUTED_DEB}_`));
  return deb ? deb.split('_')[1] : '';
}

/** Files and lines of the kind the corpus is linted for. */
export function measureCorpus(corpus) {
  const pattern = corpus.language === 'python' ? /\.py$/ : /\.(?:[mc]?[jt]sx?)$/;
  let files = 0;
  let lines = 0;
  for (const entry of fs.readdirSync(corpus.dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !pattern.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
    files++;
    lines += fs.readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8').split('\n').length;
  }
  return { files, lines };
}
