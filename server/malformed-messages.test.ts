// A stdio stream the server cannot read any more (a bad Content-Length header): the server says
// so on stderr and exits, so that the editor restarts it, instead of staying up and deaf.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { SERVER_BUNDLE } from './testing/lsp-test-client';

interface Ending {
  code: number | null;
  stderr: string;
  /** Every message the server wrote, decoded. */
  messages: { id?: number; method?: string; result?: unknown; params?: { message?: string } }[];
}

function frame(body: string, contentLength: string = String(Buffer.byteLength(body))): string {
  return `Content-Length: ${contentLength}\r\n\r\n${body}`;
}

const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
const hover = (id: number): string =>
  JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.js' }, position: { line: 0, character: 0 } } });

/** Sends `chunks` one after another (each once the server answered or 300 ms passed), then waits for the end. */
function converse(chunks: string[], timeoutMs = 20_000): Promise<Ending | 'still running'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const send = (index: number): void => {
      if (index >= chunks.length || child.exitCode !== null) return;
      child.stdin.write(chunks[index]!);
      setTimeout(() => send(index + 1), 300);
    };
    const timer = setTimeout(() => {
      child.kill();
      resolve('still running');
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const messages = stdout.split(/Content-Length: \d+\r\n\r\n/).filter(Boolean).map((body) => JSON.parse(body) as Ending['messages'][number]);
      resolve({ code, stderr, messages });
    });
    send(0);
  });
}

describe('a stream the server cannot read', { skip: !fs.existsSync(SERVER_BUNDLE) && 'build the server first' }, () => {
  it('answers well-formed messages (the conversation below is sound until the bad header)', async () => {
    const ending = await converse([frame(initialize), frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' })), frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' }))]);
    assert.notEqual(ending, 'still running');
    if (ending === 'still running') return;
    assert.equal(ending.code, 0);
    assert.ok(ending.messages.some((message) => message.id === 1 && message.result !== undefined));
  });

  it('a Content-Length that is not a number: says what happened and exits with an error, for the editor to restart it', async () => {
    const ending = await converse([frame(initialize), frame(hover(2), 'twelve'), frame(hover(3))]);
    assert.notEqual(ending, 'still running', 'the server exits instead of waiting forever');
    if (ending === 'still running') return;
    assert.equal(ending.code, 1);
    assert.match(ending.stderr, /cannot read.*Content-Length value must be a number/s);
  });

  it('a Content-Length larger than the message: exits once the next message shows the stream is out of step', async () => {
    const ending = await converse([frame(initialize), frame(hover(2), '400'), frame(hover(3)), frame(hover(4))]);
    assert.notEqual(ending, 'still running', 'the server exits instead of waiting forever');
    if (ending === 'still running') return;
    assert.equal(ending.code, 1);
    assert.match(ending.stderr, /cannot read/);
  });
});
