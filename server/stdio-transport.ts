import { StreamMessageReader, StreamMessageWriter, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

/**
 * The stdio transport, read by a reader of our own so that its errors are heard. LSP frames each
 * message with a Content-Length header; one wrong header (not a number, missing, larger or smaller
 * than the body) puts every later message out of step, and nothing can tell where the next one
 * starts. vscode-jsonrpc reports that to nobody and keeps reading garbage: the server stays up but
 * deaf. A real client restarts a server that exits (VS Code's client does; Neovim logs it), so
 * `onUnreadable` is called once, to say so and exit.
 *
 * Returns undefined for the other transports (VS Code uses node IPC, which has no headers).
 */
export function stdioTransport(onUnreadable: (reason: string) => void): { reader: MessageReader; writer: MessageWriter } | undefined {
  if (!process.argv.includes('--stdio')) return undefined;
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  let told = false;
  const unreadable = (reason: string): void => {
    if (told) return;
    told = true;
    onUnreadable(reason);
  };
  reader.onError((error) => unreadable(error.message));
  // A body that never completes: the header promised more than was sent.
  reader.onPartialMessage(({ waitingTime }) => unreadable(`a message is still incomplete after ${waitingTime} ms`));
  keepStdoutForMessages();
  return { reader, writer };
}

/**
 * What vscode-languageserver does for its own stdio transport, done here for ours: stdout carries
 * the protocol, so console output goes to stderr (where editors show it in the server's log).
 */
function keepStdoutForMessages(): void {
  const toStderr = (...args: unknown[]): void => console.error(...args);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}
