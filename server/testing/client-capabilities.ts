import type { ClientCapabilities } from 'vscode-languageserver-protocol';
import neovim07 from './neovim-0.7-capabilities.json';

/**
 * What real clients declare in `initialize`, for tests that must hold in each of them. The server
 * decides push or pull, and whether it may ask for a refresh, from these alone.
 */
export const CLIENTS: Record<'vscode' | 'neovim' | 'pullWithoutRefresh', ClientCapabilities> = {
  /** vscode-languageclient 9+: pulls diagnostics, and re-pulls when the server asks it to. */
  vscode: {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
    textDocument: { diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false }, publishDiagnostics: { relatedInformation: true } },
  },
  /**
   * Neovim 0.7.2's `vim.lsp.protocol.make_client_capabilities()`, printed by Debian's nvim: push
   * only, and no `workspace/configuration`.
   */
  neovim: neovim07 as ClientCapabilities,
  /** A client that pulls diagnostics but cannot be asked to pull again (no refreshSupport). */
  pullWithoutRefresh: {
    workspace: { configuration: true },
    textDocument: { diagnostic: { dynamicRegistration: false } },
  },
};
