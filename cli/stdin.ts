import path from 'node:path';

/** All of standard input, as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The path standard input is linted as, and the one the report shows. With `--stdin-filename` both
 * are that file (it need not exist: its extension picks the language, its folder the project);
 * without, ESLint's `<text>`, linted as JavaScript.
 */
export function stdinPath(stdinFilename: string | undefined, cwd: string): { linted: string; reported: string } {
  if (stdinFilename !== undefined) {
    const resolved = path.resolve(cwd, stdinFilename);
    return { linted: resolved, reported: resolved };
  }
  return { linted: path.join(cwd, '<text>.js'), reported: '<text>' };
}
