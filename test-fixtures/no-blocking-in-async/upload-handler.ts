import fs from 'node:fs';
import { execSync } from 'node:child_process';
import * as zlib from 'node:zlib';
import { scryptSync, randomBytes } from 'node:crypto';

interface Request {
  body: { name: string; content: string; password: string };
}

export async function handleUpload(req: Request): Promise<{ id: string; size: number }> {
  const id = randomBytes(8).toString('hex');
  const dir = `/var/uploads/${id}`;
  if (!fs.existsSync(dir)) { // asyncwise-expect: no-blocking-in-async
    fs.mkdirSync(dir, { recursive: true }); // asyncwise-expect: no-blocking-in-async
  }
  const packed = zlib.gzipSync(req.body.content); // asyncwise-expect: no-blocking-in-async
  fs.writeFileSync(`${dir}/${req.body.name}.gz`, packed); // asyncwise-expect: no-blocking-in-async
  const key = scryptSync(req.body.password, id, 64); // asyncwise-expect: no-blocking-in-async
  const revision = execSync('git rev-parse HEAD').toString().trim(); // asyncwise-expect: no-blocking-in-async
  await notify(id, key.toString('base64'), revision);
  return { id, size: packed.length };
}

async function notify(id: string, key: string, revision: string): Promise<void> {
  await fetch('http://localhost:9000/hooks', { method: 'POST', body: JSON.stringify({ id, key, revision }) });
}
