-- Asyncwise in Neovim 0.11 or later, after `npm install -g asyncwise`: copy this file to
-- ~/.config/nvim/lsp/asyncwise.lua and add `vim.lsp.enable('asyncwise')` to init.lua.
-- Diagnostics, hovers with the explanation, quick fixes (vim.lsp.buf.code_action()) and
-- "source.fixAll.asyncwise" work as in VS Code.
return {
  cmd = { 'asyncwise', '--lsp', '--stdio' },
  filetypes = { 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python' },
  root_markers = { 'package.json', 'tsconfig.json', 'jsconfig.json', 'pyproject.toml', 'setup.py', '.git' },
}
